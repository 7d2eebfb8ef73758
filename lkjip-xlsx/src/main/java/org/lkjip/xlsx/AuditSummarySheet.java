package org.lkjip.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.PublishedFigure;
import org.lkjip.xlsx.AuditStyles.Fill;

/**
 * The summary sheet of the audit workbook: the report and the verdict, the counts per status and
 * per severity, the largest differences and the tables with a link to their sheets.
 */
final class AuditSummarySheet {
  /** At most this many mismatched figures are listed on the summary. */
  static final int LARGEST = 10;

  private final Verification v;
  private final SXSSFWorkbook wb;
  private final AuditLabels labels;
  private final AuditStyles styles;
  private final AuditCells cells;
  private final AuditFigureCells figureCells;

  /** Source of each figure ("" for none); empty when no figure has one (no column). */
  private final String[] sources;

  private final boolean hasSources;

  AuditSummarySheet(
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

  /** Writes the summary as the sheet {@code name}, titled {@code title}. */
  void write(String name, String title, List<AuditTable> tables) {
    Sheet sh = wb.createSheet(name);
    AuditCells.widths(sh, 38, 22, 24, 20, 20, 18, 50, 16);
    int r = 0;
    cells.text(sh.createRow(r++), 0, title, styles.title());
    cells.headers(sh, r++, List.of("summary.item", "summary.value"));
    r = item(sh, r, "summary.agency", v.agency());
    if (v.region().isPresent()) {
      r = item(sh, r, "summary.region", v.region().get());
    }
    Row year = sh.createRow(r++);
    cells.text(year, 0, labels.get("summary.fiscalYear"));
    Cell y = year.createCell(1);
    y.setCellValue(v.fiscalYear());
    y.setCellStyle(styles.year());
    r = item(sh, r, "summary.ruleSet", v.ruleSetId());
    r = item(sh, r, "summary.ruleSetVersion", v.ruleSetVersion());
    r =
        item(
            sh,
            r,
            "summary.inputHash",
            v.inputHash().orElse(labels.get("summary.inputHashAbsent")));
    Row verdict = sh.createRow(r++);
    cells.text(verdict, 0, labels.get("summary.verdict"));
    cells.text(
        verdict,
        1,
        labels.get(v.passed() ? "verdict.passed" : "verdict.failed"),
        styles.boldFill(v.passed()));
    r = item(sh, r, "summary.verdictRule", labels.get("summary.verdictRuleText"));
    r = item(sh, r, "summary.note", labels.get("summary.noteText"));

    r++;
    cells.headers(sh, r++, List.of("summary.statuses", "summary.count"));
    for (Map.Entry<ReconciliationStatus, Integer> e : v.countsByStatus().entrySet()) {
      Row row = sh.createRow(r++);
      cells.text(row, 0, labels.status(e.getKey()), styles.fill(Fill.of(e.getKey())));
      cells.count(row, 1, e.getValue());
    }
    Row figures = sh.createRow(r++);
    cells.text(figures, 0, labels.get("summary.figuresTotal"), styles.header());
    cells.count(figures, 1, v.figures().size());

    r++;
    cells.headers(sh, r++, List.of("summary.severities", "summary.count"));
    for (Map.Entry<Severity, Integer> e : v.countsBySeverity().entrySet()) {
      Row row = sh.createRow(r++);
      cells.text(row, 0, labels.severity(e.getKey()), styles.fill(Fill.of(e.getKey())));
      cells.count(row, 1, e.getValue());
    }
    Row findings = sh.createRow(r++);
    cells.text(findings, 0, labels.get("summary.findingsTotal"), styles.header());
    cells.count(findings, 1, v.findings().size());

    r++;
    r = largest(sh, r);

    r++;
    cells.text(sh.createRow(r++), 0, labels.get("summary.tables"), styles.title());
    int header = r;
    List<String> keys =
        new ArrayList<>(List.of("column.table", "summary.sheet", "summary.figures"));
    Row h = sh.createRow(r++);
    for (int i = 0; i < keys.size(); i++) {
      cells.text(h, i, labels.get(keys.get(i)), styles.header());
    }
    int col = keys.size();
    for (ReconciliationStatus s : ReconciliationStatus.values()) {
      cells.text(h, col++, labels.status(s), styles.header());
    }
    for (AuditTable t : tables) {
      Row row = sh.createRow(r++);
      cells.text(row, 0, t.name);
      Cell link = row.createCell(1);
      link.setCellValue(AuditCells.cellText(t.sheet));
      Hyperlink target = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      target.setAddress("'" + t.sheet.replace("'", "''") + "'!A1");
      link.setHyperlink(target);
      link.setCellStyle(styles.link());
      cells.count(row, 2, t.total());
      int c = 3;
      for (ReconciliationStatus s : ReconciliationStatus.values()) {
        cells.count(row, c++, t.counts.getOrDefault(s, 0));
      }
    }
    sh.createFreezePane(0, 1);
    sh.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, col - 1));
  }

  private int item(Sheet sh, int r, String key, String value) {
    Row row = sh.createRow(r);
    cells.text(row, 0, labels.get(key));
    cells.text(row, 1, value);
    return r + 1;
  }

  /** The mismatches with the largest differences; returns the next free row. */
  private int largest(Sheet sh, int r) {
    List<Integer> mismatches = v.largestDifferences(LARGEST);
    int next = r;
    cells.text(sh.createRow(next++), 0, labels.format("summary.largest", LARGEST), styles.title());
    if (mismatches.isEmpty()) {
      cells.text(sh.createRow(next++), 0, labels.get("summary.largestNone"));
      return next;
    }
    List<String> keys =
        new ArrayList<>(
            List.of(
                "column.table",
                "column.row",
                "column.column",
                "column.printed",
                "column.recomputed",
                "column.difference",
                "column.cause"));
    if (hasSources) {
      keys.add("column.source");
    }
    cells.headers(sh, next++, keys);
    for (int i : mismatches.subList(0, Math.min(LARGEST, mismatches.size()))) {
      FigureReconciliation f = v.figures().get(i);
      PublishedFigure p = f.published();
      Row row = sh.createRow(next++);
      cells.text(row, 0, p.table());
      cells.text(row, 1, p.row());
      cells.text(row, 2, p.column());
      cells.text(row, 3, p.printed());
      figureCells.recomputed(row, 4, f);
      cells.number(row, 5, f.difference().orElseThrow());
      cells.text(row, 6, figureCells.cause(f), styles.wrapped());
      if (hasSources) {
        cells.text(row, 7, sources[i]);
      }
    }
    return next;
  }
}
