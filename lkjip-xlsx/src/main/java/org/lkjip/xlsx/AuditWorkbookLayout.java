package org.lkjip.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Verification;

/**
 * The writing of one audit workbook: its sheet names, its tables, its document properties and its
 * sheets in order (the summary, one sheet per table, the findings).
 */
final class AuditWorkbookLayout {
  private final Verification v;
  private final SXSSFWorkbook wb;
  private final AuditLabels labels;

  /** Source of each figure ("" for none); empty when no figure has one (no column). */
  private final String[] sources;

  private final AuditStyles styles;
  private final String summarySheet;
  private final String findingsSheet;
  private final List<AuditTable> tables = new ArrayList<>();

  /**
   * @param onlyProblems each table sheet lists only the figures that are not a plain match; the
   *     summary still counts every figure, and every table keeps its sheet
   */
  AuditWorkbookLayout(
      Verification v,
      SXSSFWorkbook wb,
      AuditLabels labels,
      String[] sources,
      boolean onlyProblems) {
    this.v = v;
    this.wb = wb;
    this.labels = labels;
    this.sources = sources;
    this.styles = new AuditStyles(wb);
    SheetNames names = new SheetNames();
    String fallback = labels.get("sheet.tableFallback");
    this.summarySheet = names.claim(labels.get("sheet.summary"), fallback);
    this.findingsSheet = names.claim(labels.get("sheet.findings"), fallback);
    Map<String, AuditTable> byName = new LinkedHashMap<>();
    for (int i = 0; i < v.figures().size(); i++) {
      FigureReconciliation f = v.figures().get(i);
      String name = f.published().table();
      AuditTable t = byName.get(name);
      if (t == null) {
        t = new AuditTable(name, names.claim(name, fallback));
        byName.put(name, t);
        tables.add(t);
      }
      if (!onlyProblems || f.status() != ReconciliationStatus.MATCH) {
        t.figures.add(i);
      }
      t.counts.merge(f.status(), 1, Integer::sum);
    }
  }

  void write() {
    POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setCreated(Optional.empty());
    core.setCreator("lkjip");
    core.setTitle(AuditCells.clean(title()));
    AuditCells cells = new AuditCells(labels, styles);
    AuditFigureCells figureCells = new AuditFigureCells(labels, cells);
    new AuditSummarySheet(v, wb, labels, styles, cells, figureCells, sources)
        .write(summarySheet, title(), tables);
    AuditTableSheet tableSheet =
        new AuditTableSheet(v, wb, labels, styles, cells, figureCells, sources);
    for (AuditTable t : tables) {
      tableSheet.write(t);
    }
    new AuditFindingsSheet(v, wb, labels, styles, cells, sources).write(findingsSheet);
  }

  private String title() {
    return labels.format(
        "summary.title", v.agency() + v.region().map(r -> ", " + r).orElse(""), v.fiscalYear());
  }
}
