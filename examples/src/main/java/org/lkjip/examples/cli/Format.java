package org.lkjip.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats of {@code verify}. */
enum Format {
  /** Text tables for a 120-column terminal. */
  TEXT,
  /** The {@code lkjip-verification/1} JSON document. */
  JSON,
  /** Markdown. */
  MD,
  /** A self-contained HTML page. */
  HTML,
  /** An Excel workbook for auditors (needs {@code --output}). */
  XLSX;

  /** The name on the command line. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Converts "text", "json", "md", "html". */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : values()) {
        if (f.cliName().equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "expected one of "
              + Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", "))
              + " but was '"
              + value
              + "'");
    }
  }

  /** The candidates for help. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(values()).map(Format::cliName).iterator();
    }
  }
}
