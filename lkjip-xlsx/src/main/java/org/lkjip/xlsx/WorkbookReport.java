package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.lkjip.model.Report;

/**
 * A report read from a workbook, with where each published figure came from.
 *
 * @param report the report, the same as the JSON reader would give for the same content
 * @param figureCells for each of {@code report.published()}, in order, the cell of its printed
 *     text, e.g. {@code 'Angka Terbit'!D12}
 * @param valueCells by {@link ValueCells} key, the cell of each value read, when the reader was
 *     {@link ReportWorkbookReader#locatingValues() locating values} (since 0.4); else empty
 * @since 0.2
 */
public record WorkbookReport(
    Report report, ImmutableList<String> figureCells, ImmutableMap<String, String> valueCells) {
  /** A report with the cells of its published figures only. */
  public WorkbookReport(Report report, ImmutableList<String> figureCells) {
    this(report, figureCells, ImmutableMap.of());
  }

  /**
   * The cell a value was read from, e.g. {@code Target!E7}, by its {@link ValueCells} key; empty
   * when not located.
   *
   * @since 0.4
   */
  public Optional<String> valueCell(String key) {
    return Optional.ofNullable(valueCells.get(key));
  }

  /** The cell of the published figure at {@code index}, if known. */
  public Optional<String> figureCell(int index) {
    return index >= 0 && index < figureCells.size()
        ? Optional.of(figureCells.get(index))
        : Optional.empty();
  }
}
