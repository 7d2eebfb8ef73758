package org.lkjip.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The {@code WorkbookText} bundles: Bahasa Indonesia ({@code WorkbookText.properties}, the default)
 * and English ({@code WorkbookText_en.properties}), both complete. They are loaded as UTF-8
 * resources of this module directly, which works on the class path and on the module path alike.
 */
final class WorkbookTexts {
  private WorkbookTexts() {}

  /** The bundle for {@code locale}: English for {@code en}, Bahasa Indonesia otherwise. */
  static ResourceBundle bundle(Locale locale) {
    return load(locale.getLanguage().equals("en") ? "WorkbookText_en" : "WorkbookText");
  }

  static ResourceBundle load(String name) {
    try (InputStream in = WorkbookTexts.class.getResourceAsStream(name + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("bug: resource " + name + ".properties is missing");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
