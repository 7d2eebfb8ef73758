package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lkjip.model.Report;

/**
 * A report read from a workbook, with where each published figure came from.
 *
 * @param report the report, the same as the JSON reader would give for the same content
 * @param figureCells for each of {@code report.published()}, in order, the cell of its printed
 *     text, e.g. {@code 'Angka Terbit'!D12}
 * @since 0.2
 */
public record WorkbookReport(Report report, ImmutableList<String> figureCells) {
  /** The cell of the published figure at {@code index}, if known. */
  public Optional<String> figureCell(int index) {
    return index >= 0 && index < figureCells.size()
        ? Optional.of(figureCells.get(index))
        : Optional.empty();
  }
}
