package org.lkjip.evaluation.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lkjip.formulas.Figure;

/**
 * The sentences of findings and causes in Bahasa Indonesia (the default) or English, worded from
 * resource bundles: {@code org/lkjip/evaluation/audit/AuditMessages.properties} (Indonesian, used
 * for every locale but English) and {@code AuditMessages_en.properties} (English, the same keys).
 * Numbers are written in the locale's convention: {@code 1.234,56} in Indonesian, {@code 1,234.56}
 * in English. {@link Finding#message()} and {@link FigureReconciliation#cause()} are the English
 * sentences with Indonesian numbers, as lkjip has always printed them.
 *
 * <p>The bundles are read once, as UTF-8, from this module; the choice between them depends only on
 * the locale asked for ({@link Locale#getLanguage()} {@code "en"} or not), never on the JVM's
 * default locale, so output is the same on every machine.
 *
 * <h2>Templates</h2>
 *
 * A template is text with placeholders {@code {name}} or {@code {name,type}} filled from named
 * values: for a finding, its {@linkplain Finding#facts() facts} and its {@code table}, {@code row},
 * {@code column}, {@code subject} and {@code check}; for a cause, the {@linkplain Message#args()
 * arguments} of each part. Types:
 *
 * <ul>
 *   <li>none: a numeric fact as a number in the locale (scale kept), a text as it is;
 *   <li>{@code amount}: a number without trailing zero decimals (money);
 *   <li>{@code plain}: the value as it is (years, counts, codes);
 *   <li>{@code number}: a text that holds a plain decimal, written as a number;
 *   <li>{@code select} or {@code select=base}: the template {@code base.<value>} (base defaults to
 *       {@code <key>.<name>}, key being the template's own key), filled from the same values;
 *   <li>{@code if} or {@code if=key}: the template {@code key} (default {@code <key>.if.<name>})
 *       when the value is present and not empty, else nothing;
 *   <li>{@code list=part}: the value is items separated by {@code "; "}, each of parts separated by
 *       {@code " › "}; each item is worded by the template {@code part.<part>.<number of parts>},
 *       whose placeholders {@code {0}}, {@code {1}}, … are the parts, and the items are joined by
 *       {@code part.<part>.separator}.
 * </ul>
 *
 * <p>A placeholder with no value, or a key with no template, is left as {@code {name}}: tests find
 * it (every finding and cause of the seed and of every planted defect is rendered in both locales).
 *
 * <h2>Adding a message</h2>
 *
 * A check author (1) gives the finding a {@linkplain Finding#messageKey() message key}, by
 * convention {@code <check id>.<variant>}, and the facts its sentence quotes (text that the
 * sentence composes, such as a list of places, goes in a fact as language-neutral parts: {@code
 * "Tabel 9 › 1 › Tingkat Kemajuan; Tabel 5 › 1 › % Capaian"}); (2) adds the key to both bundles,
 * with the same placeholders; {@code AuditMessagesBundleTests} fails until both have it. Causes of
 * figures are {@link Message}s with keys {@code cause.*}; reasons of figures that could not be
 * computed have keys {@code reason.<code>} ({@code Figure#reasonCode()}), with a fallback per
 * status ({@code status.<STATUS>}) for reasons without a code.
 *
 * @since 0.3
 */
public final class AuditMessages {
  private static final Properties ID = load("AuditMessages.properties");
  private static final Properties EN = load("AuditMessages_en.properties");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{([A-Za-z0-9]+)(?:,([a-z]+)(?:=([A-Za-z0-9.\\-]+))?)?}");

  /** The separator of the items of a list in a fact. */
  static final String ITEMS = "; ";

  /** The separator of the parts of an item in a fact: "Tabel 9 › 1 › Tingkat Kemajuan". */
  static final String PARTS = " › ";

  private AuditMessages() {}

  /** How numbers are written. */
  enum Numbers {
    /** 1.234,56 */
    ID,
    /** 1,234.56 */
    EN
  }

  /**
   * The finding's sentence in {@code locale}: English for English locales, Bahasa Indonesia for
   * every other. A finding without a {@linkplain Finding#messageKey() message key} (from a check
   * that words its own message) gives its {@link Finding#message()}. Never null.
   */
  public static String finding(Finding f, Locale locale) {
    if (f.messageKey().isEmpty()) {
      return f.message();
    }
    boolean en = isEnglish(locale);
    return render(en ? EN : ID, f.messageKey().get(), args(f), en ? Numbers.EN : Numbers.ID);
  }

  /**
   * The figure's cause in {@code locale}, when it has one (same presence as {@code r.cause()}): its
   * {@linkplain FigureReconciliation#causeMessages() parts} worded and joined by "; ", or the cause
   * as it is when it has no parts.
   */
  public static Optional<String> cause(FigureReconciliation r, Locale locale) {
    if (r.cause().isEmpty()) {
      return Optional.empty();
    }
    if (r.causeMessages().isEmpty()) {
      return r.cause();
    }
    boolean en = isEnglish(locale);
    return Optional.of(join(r.causeMessages(), en ? EN : ID, en ? Numbers.EN : Numbers.ID));
  }

  /**
   * Why {@code f} has no value, in {@code locale}, from its reason code (the same words a cause
   * uses); empty for a computed figure.
   *
   * @since 0.4
   */
  public static Optional<String> reason(Figure f, Locale locale) {
    if (f.isComputed()) {
      return Optional.empty();
    }
    boolean en = isEnglish(locale);
    return Optional.of(
        join(
            List.of(Reconciler.reason("cause.reason", f)),
            en ? EN : ID,
            en ? Numbers.EN : Numbers.ID));
  }

  /**
   * One message (a part of a cause, or a {@linkplain Candidate#message() candidate's}) worded in
   * {@code locale}, with the locale's numbers. Never null.
   *
   * @since 0.4
   */
  public static String message(Message m, Locale locale) {
    boolean en = isEnglish(locale);
    return render(en ? EN : ID, m.key(), byKey(m.args()), en ? Numbers.EN : Numbers.ID);
  }

  /** The English sentence of a finding with Indonesian numbers: {@link Finding#message()}. */
  static String english(Finding f) {
    return f.messageKey()
        .map(k -> render(EN, k, args(f), Numbers.ID))
        .orElseThrow(() -> new IllegalStateException("bug: a finding without message or key"));
  }

  /** The English cause with Indonesian numbers: {@link FigureReconciliation#cause()}. */
  static String english(List<Message> parts) {
    return join(parts, EN, Numbers.ID);
  }

  private static String join(List<Message> parts, Properties bundle, Numbers numbers) {
    List<String> out = new ArrayList<>();
    for (Message m : parts) {
      String text = render(bundle, m.key(), byKey(m.args()), numbers);
      if (!out.contains(text)) {
        out.add(text);
      }
    }
    return String.join("; ", out);
  }

  private static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** The values a finding's template may use: its facts, then its place and check. */
  static Map<String, Fact> args(Finding f) {
    Map<String, Fact> args = byKey(f.facts());
    f.table().ifPresent(t -> args.putIfAbsent("table", Fact.of("table", t)));
    f.row().ifPresent(t -> args.putIfAbsent("row", Fact.of("row", t)));
    f.column().ifPresent(t -> args.putIfAbsent("column", Fact.of("column", t)));
    f.subject().ifPresent(t -> args.putIfAbsent("subject", Fact.of("subject", t)));
    args.putIfAbsent("check", Fact.of("check", f.check()));
    return args;
  }

  private static Map<String, Fact> byKey(List<Fact> facts) {
    Map<String, Fact> out = new LinkedHashMap<>();
    for (Fact x : facts) {
      out.put(x.key(), x);
    }
    return out;
  }

  /** The keys of a bundle: "" for the Indonesian one, "en" for the English one. */
  static Set<String> keys(String language) {
    return new TreeSet<>(("en".equals(language) ? EN : ID).stringPropertyNames());
  }

  /** The template of {@code key} in a bundle ("" or "en"), if any. */
  static Optional<String> template(String language, String key) {
    return Optional.ofNullable(("en".equals(language) ? EN : ID).getProperty(key));
  }

  /** The placeholders of a template, as written between the braces, sorted. */
  static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group().substring(1, m.group().length() - 1));
    }
    return out;
  }

  private static String render(
      Properties bundle, String key, Map<String, Fact> args, Numbers numbers) {
    String template = bundle.getProperty(key);
    if (template == null) {
      return "{" + key + "}";
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(template, last, m.start());
      last = m.end();
      String name = m.group(1);
      @Nullable String type = m.group(2);
      @Nullable String param = m.group(3);
      @Nullable Fact value = args.get(name);
      if (type != null && type.equals("if")) {
        if (value != null && !value.value().isEmpty()) {
          out.append(render(bundle, param != null ? param : key + ".if." + name, args, numbers));
        }
        continue;
      }
      if (type != null && type.equals("else")) {
        if (value == null || value.value().isEmpty()) {
          out.append(render(bundle, param != null ? param : key + ".else." + name, args, numbers));
        }
        continue;
      }
      if (value == null) {
        out.append(m.group());
        continue;
      }
      out.append(fill(bundle, key, name, type, param, value, args, numbers));
    }
    return out.append(template, last, template.length()).toString();
  }

  private static String fill(
      Properties bundle,
      String key,
      String name,
      @Nullable String type,
      @Nullable String param,
      Fact value,
      Map<String, Fact> args,
      Numbers numbers) {
    if (type == null) {
      return value.numeric() ? number(new BigDecimal(value.value()), numbers) : value.value();
    }
    return switch (type) {
      case "plain" -> value.value();
      case "amount" -> amount(new BigDecimal(value.value()), numbers);
      case "number" -> asNumber(value.value(), numbers);
      case "select" ->
          render(
              bundle,
              (param != null ? param : key + "." + name) + "." + value.value(),
              args,
              numbers);
      case "key" -> render(bundle, value.value(), args, numbers);
      case "list" -> list(bundle, param == null ? name : param, value.value(), numbers);
      default -> "{" + name + "," + type + "}";
    };
  }

  private static String list(Properties bundle, String part, String items, Numbers numbers) {
    if (items.isEmpty()) {
      return render(bundle, "part." + part + ".none", Map.of(), numbers);
    }
    List<String> out = new ArrayList<>();
    for (String item : items.split(ITEMS, -1)) {
      String[] parts = item.split(PARTS, -1);
      Map<String, Fact> positional = new LinkedHashMap<>();
      for (int i = 0; i < parts.length; i++) {
        positional.put(Integer.toString(i), new Fact("p" + i, parts[i], false));
      }
      out.add(render(bundle, "part." + part + "." + parts.length, positional, numbers));
    }
    String separator = bundle.getProperty("part." + part + ".separator", ", ");
    return String.join(separator, out);
  }

  private static String asNumber(String text, Numbers numbers) {
    try {
      return number(new BigDecimal(text), numbers);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /** A number in the convention, its scale kept: 245594044 → "245.594.044" / "245,594,044". */
  static String number(BigDecimal value, Numbers numbers) {
    String id = Texts.id(value);
    if (numbers == Numbers.ID) {
      return id;
    }
    StringBuilder en = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      en.append(c == '.' ? ',' : c == ',' ? '.' : c);
    }
    return en.toString();
  }

  /** An amount of money: like {@link #number} without trailing zero decimals. */
  static String amount(BigDecimal value, Numbers numbers) {
    BigDecimal v = value.stripTrailingZeros();
    return number(v.scale() < 0 ? v.setScale(0) : v, numbers);
  }

  /** The part of a fact's item list: "a › b › c". */
  static String item(String... parts) {
    return String.join(PARTS, parts);
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = AuditMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bug: resource " + name + " is missing");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bug: cannot read " + name, e);
    }
    return p;
  }
}
