package org.lkjip.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.model.Measure;

/**
 * The labels of the audit workbook in one language: its {@code AuditWorkbook} properties file over
 * the Indonesian default.
 */
final class AuditLabels {
  private static final String BUNDLE = "AuditWorkbook";

  private final Locale locale;
  private final Map<String, String> texts;

  private AuditLabels(Locale locale, Map<String, String> texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /**
   * The labels for {@code locale}: the default (Indonesian) file, overlaid by {@code
   * AuditWorkbook_lang} and then {@code AuditWorkbook_lang_COUNTRY} where they exist. This is
   * {@code ResourceBundle.getBundle} with a no-fallback control done by hand: that method does not
   * accept a control in a named module, and without one it would fall back to the JVM's default
   * locale before the default file.
   */
  static AuditLabels of(Locale locale) {
    Map<String, String> texts = new HashMap<>();
    load(BUNDLE, texts, true);
    if (!locale.getLanguage().isEmpty()) {
      load(BUNDLE + "_" + locale.getLanguage(), texts, false);
      if (!locale.getCountry().isEmpty()) {
        load(BUNDLE + "_" + locale.getLanguage() + "_" + locale.getCountry(), texts, false);
      }
    }
    return new AuditLabels(locale, texts);
  }

  private static void load(String name, Map<String, String> into, boolean required) {
    try (InputStream in = AuditLabels.class.getResourceAsStream(name + ".properties")) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing resource " + name + ".properties");
        }
        return;
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      for (String key : p.stringPropertyNames()) {
        into.put(key, p.getProperty(key));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The language of the labels, for the audit's own sentences. */
  Locale locale() {
    return locale;
  }

  String get(String key) {
    String s = texts.get(key);
    if (s == null) {
      throw new IllegalStateException("no label " + key + " in " + BUNDLE);
    }
    return s;
  }

  String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  String status(ReconciliationStatus s) {
    return get("status." + s.name());
  }

  String severity(Severity s) {
    return get("severity." + s.name());
  }

  String measure(Measure m) {
    String s = texts.get("measure." + m.name());
    return s == null ? m.name() : s;
  }
}
