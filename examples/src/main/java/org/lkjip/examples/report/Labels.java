package org.lkjip.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.io.IndonesianNumbers;
import org.lkjip.io.IndonesianNumbers.Convention;

/**
 * What a person reads in the human renderings, in one language: the {@code Audit} properties file
 * (Bahasa Indonesia, the default) overlaid by {@code Audit_en} for English; and numbers in that
 * language's convention (id {@code 1.234,56}, en {@code 1,234.56}), so that one sentence never
 * mixes two.
 *
 * <p>The files are read directly rather than through {@code ResourceBundle.getBundle}, which would
 * fall back to the JVM's default locale: the output must be the same on every machine.
 */
final class Labels {
  static final String BUNDLE = "Audit";

  private final Locale locale;
  private final Convention convention;
  private final Map<String, String> texts;

  private Labels(Locale locale, Map<String, String> texts) {
    this.locale = locale;
    this.convention =
        locale.getLanguage().equals("en") ? Convention.ENGLISH : Convention.INDONESIAN;
    this.texts = texts;
  }

  /** The labels for {@code locale}: English for English, Bahasa Indonesia for every other. */
  static Labels of(Locale locale) {
    Map<String, String> texts = new HashMap<>(load(BUNDLE, true));
    if (locale.getLanguage().equals("en")) {
      texts.putAll(load(BUNDLE + "_en", true));
    }
    return new Labels(locale, texts);
  }

  /** The keys and patterns of one properties file of the bundle, e.g. {@code "Audit_en"}. */
  static Map<String, String> load(String name, boolean required) {
    Map<String, String> into = new HashMap<>();
    try (InputStream in = Labels.class.getResourceAsStream(name + ".properties")) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing resource " + name + ".properties");
        }
        return into;
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      for (String key : p.stringPropertyNames()) {
        into.put(key, p.getProperty(key));
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The language, as a BCP 47 tag ("id", "en") for {@code lang} attributes. */
  String language() {
    return convention == Convention.ENGLISH ? "en" : "id";
  }

  /** The text of {@code key}. */
  String get(String key) {
    String s = texts.get(key);
    if (s == null) {
      throw new IllegalStateException("bug: no text " + key + " in " + BUNDLE);
    }
    return s;
  }

  /** The pattern of {@code key} with {@code args} (texts, already formatted) filled in. */
  String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  /** A count in this language's convention: {@code 1234 → "1.234"} (id) or {@code "1,234"} (en). */
  String count(long n) {
    return number(BigDecimal.valueOf(n));
  }

  /**
   * A number in this language's convention with the value's own decimals (a negative scale shows
   * none): {@code 52.73 → "52,73"} (id) or {@code "52.73"} (en).
   */
  String number(BigDecimal value) {
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    return IndonesianNumbers.format(v, v.scale(), RoundingMode.UNNECESSARY, convention);
  }

  /** The name of a status, e.g. "Tidak sesuai". */
  String status(ReconciliationStatus s) {
    return get("status." + s.name());
  }

  /** The icon of a status, readable without colour: ✓ ≈ ✗ ?. */
  static String icon(ReconciliationStatus s) {
    return switch (s) {
      case MATCH -> "\u2713";
      case MATCH_WITH_OTHER_ROUNDING -> "\u2248";
      case MISMATCH -> "\u2717";
      case NOT_RECOMPUTABLE -> "?";
    };
  }

  /** Icon and name of a status, e.g. "✗ Tidak sesuai". */
  String statusWithIcon(ReconciliationStatus s) {
    return icon(s) + " " + status(s);
  }

  /** The name of a severity, e.g. "Kesalahan". */
  String severity(Severity s) {
    return get("severity." + s.name());
  }
}
