package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lkjip.evaluation.audit.Verification;

/**
 * One audited report file, as the CI formats (SARIF, JUnit) take it: the file as named on the
 * command line, its verification, and where each published figure is in the file.
 *
 * @param file the report file as the user named it (a relative path stays relative)
 * @param verification its verification
 * @param figureLocations for each of {@code verification.figures()}, in order, where its printed
 *     text is in the file; may be shorter (then unknown)
 * @since 0.2
 */
public record AuditedReport(
    String file, Verification verification, ImmutableList<SourceLocation> figureLocations) {
  /** Where the figure at {@code index} is, if known. */
  public Optional<SourceLocation> figureLocation(int index) {
    return index < figureLocations.size()
        ? Optional.of(figureLocations.get(index))
        : Optional.empty();
  }

  /**
   * A place in a report file: a line and column of a JSON document, or a workbook cell.
   *
   * @param line 1-based line of a JSON document, 0 when not JSON
   * @param column 1-based column of a JSON document, 0 when not JSON
   * @param cell a workbook cell such as {@code 'Angka Terbit'!D12}, or empty
   */
  public record SourceLocation(int line, int column, Optional<String> cell) {
    /** A place in a JSON document. */
    public static SourceLocation json(int line, int column) {
      return new SourceLocation(line, column, Optional.empty());
    }

    /** A workbook cell. */
    public static SourceLocation cell(String cell) {
      return new SourceLocation(0, 0, Optional.of(cell));
    }
  }
}
