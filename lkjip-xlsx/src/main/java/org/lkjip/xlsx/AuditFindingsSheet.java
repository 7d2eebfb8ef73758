package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.Fact;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.PublishedFigure;
import org.lkjip.xlsx.AuditStyles.Fill;

/** The findings sheet of the audit workbook: one row per finding of the consistency checks. */
final class AuditFindingsSheet {
  private final Verification v;
  private final SXSSFWorkbook wb;
  private final AuditLabels labels;
  private final AuditStyles styles;
  private final AuditCells cells;
  private final String[] sources;

  /**
   * @param sources the input cell of each figure, or no element when the input has none; a finding
   *     about a printed figure (same table, row and column) shows that figure's cell
   */
  AuditFindingsSheet(
      Verification v,
      SXSSFWorkbook wb,
      AuditLabels labels,
      AuditStyles styles,
      AuditCells cells,
      String[] sources) {
    this.sources = sources;
    this.v = v;
    this.wb = wb;
    this.labels = labels;
    this.styles = styles;
    this.cells = cells;
  }

  private static String place(String table, String row, String column) {
    return table + "\u0000" + row + "\u0000" + column;
  }

  /** Writes the findings as the sheet {@code name}. */
  void write(String name) {
    Sheet sh = wb.createSheet(name);
    AuditCells.widths(sh, 14, 30, 16, 14, 24, 16, 100, 18, 18, 14, 50, 20);
    cells.text(
        sh.createRow(0), 0, labels.format("findings.title", v.findings().size()), styles.title());
    List<String> keys =
        new ArrayList<>(
            List.of(
                "column.severity",
                "column.check",
                "column.table",
                "column.row",
                "column.column",
                "column.subject",
                "column.message",
                "column.printed",
                "column.expected",
                "column.difference",
                "column.facts"));
    Map<String, String> cellOf = new HashMap<>();
    if (sources.length > 0) {
      keys.add("column.source");
      for (int i = 0; i < v.figures().size(); i++) {
        PublishedFigure p = v.figures().get(i).published();
        cellOf.putIfAbsent(place(p.table(), p.row(), p.column()), sources[i]);
      }
    }
    cells.headers(sh, 1, keys);
    int r = 2;
    for (Finding f : v.findings()) {
      Row row = sh.createRow(r++);
      cells.text(row, 0, labels.severity(f.severity()), styles.fill(Fill.of(f.severity())));
      cells.text(row, 1, f.check());
      cells.text(row, 2, f.table().orElse(null));
      cells.text(row, 3, f.row().orElse(null));
      cells.text(row, 4, f.column().orElse(null));
      cells.text(row, 5, f.subject().orElse(null));
      cells.text(row, 6, AuditMessages.finding(f, labels.locale()), styles.wrapped());
      fact(row, 7, f.fact(Fact.PRINTED));
      fact(row, 8, f.fact(Fact.EXPECTED));
      fact(row, 9, f.fact(Fact.DIFFERENCE));
      cells.text(row, 10, facts(f), styles.wrapped());
      if (sources.length > 0
          && f.table().isPresent()
          && f.row().isPresent()
          && f.column().isPresent()) {
        cells.text(row, 11, cellOf.get(place(f.table().get(), f.row().get(), f.column().get())));
      }
    }
    sh.createFreezePane(0, 2);
    sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, keys.size() - 1));
  }

  /** A fact's value: a number cell when it is a number, else a text cell; nothing when absent. */
  private void fact(Row row, int col, Optional<Fact> fact) {
    if (fact.isEmpty()) {
      return;
    }
    Optional<BigDecimal> n = fact.get().number();
    if (n.isPresent()) {
      cells.number(row, col, n.get());
    } else {
      cells.text(row, col, fact.get().value());
    }
  }

  /** Every fact of the finding, one "key: value" per line, in its order. */
  private static @Nullable String facts(Finding f) {
    if (f.facts().isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (Fact x : f.facts()) {
      b.append(b.length() == 0 ? "" : "\n").append(x.key()).append(": ").append(x.value());
    }
    return b.toString();
  }
}
