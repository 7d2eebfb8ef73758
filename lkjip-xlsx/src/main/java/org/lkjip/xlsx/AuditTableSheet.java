package org.lkjip.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.PublishedFigure;
import org.lkjip.xlsx.AuditStyles.Fill;

/** The sheets of the published tables in the audit workbook: one row per figure. */
final class AuditTableSheet {
  private final Verification v;
  private final SXSSFWorkbook wb;
  private final AuditLabels labels;
  private final AuditStyles styles;
  private final AuditCells cells;
  private final AuditFigureCells figureCells;

  /** Source of each figure ("" for none); empty when no figure has one (no column). */
  private final String[] sources;

  private final boolean hasSources;

  AuditTableSheet(
      Verification v,
      SXSSFWorkbook wb,
      AuditLabels labels,
      AuditStyles styles,
      AuditCells cells,
      AuditFigureCells figureCells,
      String[] sources) {
    this.v = v;
    this.wb = wb;
    this.labels = labels;
    this.styles = styles;
    this.cells = cells;
    this.figureCells = figureCells;
    this.sources = sources;
    this.hasSources = sources.length > 0;
  }

  /** Writes the sheet of the table {@code t}. */
  void write(AuditTable t) {
    Sheet sh = wb.createSheet(t.sheet);
    List<String> keys =
        new ArrayList<>(
            List.of(
                "column.row",
                "column.column",
                "column.subject",
                "column.year",
                "column.measure",
                "column.printed",
                "column.publishedValue",
                "column.recomputed",
                "column.difference",
                "column.status",
                "column.cause",
                "column.rule"));
    if (hasSources) {
      keys.add("column.source");
    }
    AuditCells.widths(sh, 14, 24, 16, 7, 22, 22, 17, 17, 14, 24, 60, 24, 16);
    cells.text(sh.createRow(0), 0, labels.format("table.title", t.name, t.total()), styles.title());
    cells.headers(sh, 1, keys);
    int r = 2;
    for (int i : t.figures) {
      FigureReconciliation f = v.figures().get(i);
      PublishedFigure p = f.published();
      Row row = sh.createRow(r++);
      cells.text(row, 0, p.row());
      cells.text(row, 1, p.column());
      cells.text(row, 2, p.subject().orElse(null));
      Cell year = row.createCell(3);
      year.setCellValue(p.year().orElse(v.fiscalYear()));
      year.setCellStyle(styles.year());
      cells.text(row, 4, measure(p));
      cells.text(row, 5, p.printed());
      p.value().ifPresent(x -> cells.number(row, 6, x));
      figureCells.recomputed(row, 7, f);
      f.difference().ifPresent(x -> cells.number(row, 8, x));
      cells.text(row, 9, labels.status(f.status()), styles.fill(Fill.of(f.status())));
      cells.text(row, 10, figureCells.cause(f), styles.wrapped());
      cells.text(row, 11, f.rule());
      if (hasSources) {
        cells.text(row, 12, sources[i]);
      }
    }
    sh.createFreezePane(0, 2);
    sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, keys.size() - 1));
  }

  private String measure(PublishedFigure p) {
    String m = labels.measure(p.measure());
    if (p.fromQuarter().isPresent() && p.toQuarter().isPresent()) {
      return labels.format("measure.quarters", m, p.fromQuarter().get(), p.toQuarter().get());
    }
    return m;
  }
}
