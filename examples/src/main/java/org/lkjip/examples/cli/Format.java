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
  XLSX,
  /** A SARIF 2.1.0 log for code-scanning dashboards: one log for every report of the run. */
  SARIF,
  /** JUnit XML for CI test reports: one document for every report of the run. */
  JUNIT,
  /** A GitLab Code Quality report: one JSON array for every report of the run. */
  CODEQUALITY;

  /** Whether the format is for CI systems and wants the place of each figure in its file. */
  boolean locatesFigures() {
    return this == SARIF || this == JUNIT || this == CODEQUALITY;
  }

  /** Whether the format holds one report only ({@code json}, {@code html}, {@code xlsx}). */
  boolean singleReport() {
    return this == JSON || this == HTML || this == XLSX;
  }

  /** The name on the command line. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Converts "text", "json", "md", "html", "xlsx", "sarif", "junit", "codequality". */
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
