package org.lkjip.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang id|en}: the language of what a person reads; Bahasa Indonesia by default. */
final class Languages {
  /** The default language of human output. */
  static final String DEFAULT = "id";

  private Languages() {}

  /** The {@code --lang id|en} option (a picocli mixin). */
  static final class LangOption {
    @Option(
        names = "--lang",
        paramLabel = "id|en",
        defaultValue = DEFAULT,
        converter = Converter.class,
        description =
            "Language of what a person reads (text, md, html, xlsx, the template): id (Bahasa"
                + " Indonesia) or en. Default: ${DEFAULT-VALUE}.")
    Locale locale = Locale.forLanguageTag(DEFAULT);
  }

  /** Converts "id" and "en" to their locales. */
  static final class Converter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return switch (value) {
        case "id" -> Locale.forLanguageTag("id");
        case "en" -> Locale.ENGLISH;
        default -> throw new TypeConversionException("expected id or en but was '" + value + "'");
      };
    }
  }
}
