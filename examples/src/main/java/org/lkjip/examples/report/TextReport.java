package org.lkjip.examples.report;

import java.util.List;
import java.util.Map;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.Report;

/**
 * The verification as plain text for a terminal of {@value #WIDTH} columns, verdict first: the
 * verdict and why, the summary (counts per status and per severity, the largest differences), then
 * one table per report table and the findings by severity.
 *
 * <p>Each row says what it is (row, indicator or budget line code and name, year, column); long
 * cells of the row are cut with "…", but a cause is never cut: it follows its row, wrapped, in
 * full. Control characters in report text are replaced, so a report cannot drive the terminal.
 *
 * @since 0.1
 */
public final class TextReport {
  /** Width of the output in columns. */
  public static final int WIDTH = 120;

  private static final String GAP = "  ";
  private static final String CAUSE_INDENT = "    ";

  /** The columns of a row: all of {@link AuditView#ROW_COLUMNS} but the cause, which follows. */
  private static final int CELLS = AuditView.ROW_COLUMNS.size() - 1;

  private static final int SUBJECT = 1;
  private static final int COLUMN = 3;
  private static final int[] CAPS = {12, 44, 5, 24, 18, 22, 28};
  private static final int[] MINIMA = {5, 16, 5, 10, 12, 12, 6};

  private TextReport() {}

  /** The report as text; lines end with {@code "\n"}. */
  public static String render(Verification v, Report report, RenderOptions options) {
    AuditView view = AuditView.of(v, report, options);
    Labels l = view.labels;
    StringBuilder out = new StringBuilder();
    wrapInto(out, view.title(), "", "  ");
    wrapInto(out, view.verdictLine(), "", "  ");
    for (String line : view.headerLines()) {
      wrapInto(out, line, "", "  ");
    }
    out.append('\n').append(l.get("summary.title")).append('\n');
    wrapInto(out, view.figureCounts(), "  ", "    ");
    wrapInto(out, view.findingCounts(), "  ", "    ");
    wrapInto(out, l.get("summary.largest") + ":", "  ", "    ");
    if (view.largest.isEmpty()) {
      wrapInto(out, l.get("summary.largestNone"), "    ", "      ");
    }
    for (AuditView.Row r : view.largest) {
      wrapInto(out, Labels.icon(r.status()) + " " + view.largestLine(r), "    ", "      ");
    }
    view.moreMismatches().ifPresent(m -> wrapInto(out, m, "    ", "      "));
    view.onlyLine().ifPresent(m -> wrapInto(out, m, "  ", "    "));
    view.cleanLine().ifPresent(m -> wrapInto(out, m, "  ", "    "));
    wrapInto(out, l.get("status.legend"), "  ", "    ");
    wrapInto(out, l.get("verdict.rule"), "  ", "    ");
    for (AuditView.Table t : view.tables) {
      out.append('\n');
      wrapInto(out, t.name() + " \u2014 " + view.tableCount(t), "", "  ");
      String[] headers =
          view.headers(AuditView.ROW_COLUMNS).subList(0, CELLS).toArray(new String[0]);
      int[] widths = widths(headers, t, view);
      row(out, widths, headers);
      String[] rules = new String[headers.length];
      for (int i = 0; i < rules.length; i++) {
        rules[i] = "-".repeat(widths[i]);
      }
      row(out, widths, rules);
      for (AuditView.Row r : t.rows()) {
        row(out, widths, cells(r, view));
        if (!r.cause().isEmpty()) {
          wrapInto(out, l.format("cause.label", r.cause()), CAUSE_INDENT, CAUSE_INDENT + "  ");
        }
      }
    }
    out.append('\n')
        .append(l.get("findings.title"))
        .append(" (")
        .append(l.count(v.findings().size()))
        .append(")\n");
    for (Map.Entry<Severity, List<AuditView.Item>> e : view.findings.entrySet()) {
      out.append(l.severity(e.getKey()))
          .append(" (")
          .append(l.count(e.getValue().size()))
          .append(")\n");
      for (AuditView.Item f : e.getValue()) {
        wrapInto(out, "- " + f.check() + ": " + f.sentence(), "", "    ");
        if (!f.where().isEmpty()) {
          wrapInto(out, l.format("findings.at", f.where()), "    ", "      ");
        }
      }
    }
    return out.toString();
  }

  /** The line that names the file before its report when a run has several, e.g. "Berkas: x". */
  public static String fileLine(String file, RenderOptions options) {
    return Labels.of(options.locale()).format("header.file", file);
  }

  private static String[] cells(AuditView.Row r, AuditView view) {
    return view.cells(r).subList(0, CELLS).toArray(new String[0]);
  }

  /**
   * Each column as wide as its widest cell up to its cap; when the row is wider than the page the
   * subject, then the column name, give way down to their minima (the cut cells end with "…").
   */
  private static int[] widths(String[] headers, AuditView.Table t, AuditView view) {
    int[] w = new int[headers.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.max(MINIMA[i], Math.min(CAPS[i], Texts.width(headers[i])));
    }
    for (AuditView.Row r : t.rows()) {
      String[] cells = cells(r, view);
      for (int i = 0; i < cells.length; i++) {
        w[i] = Math.max(w[i], Math.min(CAPS[i], Texts.width(Texts.clean(cells[i]))));
      }
    }
    int over = total(w) - WIDTH;
    for (int i : new int[] {SUBJECT, COLUMN}) {
      if (over > 0) {
        int give = Math.min(over, w[i] - MINIMA[i]);
        w[i] -= Math.max(0, give);
        over = total(w) - WIDTH;
      }
    }
    return w;
  }

  private static int total(int[] widths) {
    int sum = 0;
    for (int x : widths) {
      sum += x;
    }
    return sum + GAP.length() * (widths.length - 1);
  }

  private static void row(StringBuilder out, int[] widths, String[] cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = Texts.fit(Texts.clean(cells[i]), widths[i]);
      b.append(i == cells.length - 1 ? cell : Texts.pad(cell, widths[i]) + GAP);
    }
    out.append(b.toString().stripTrailing()).append('\n');
  }

  private static void wrapInto(StringBuilder out, String text, String first, String indent) {
    int room = WIDTH - Math.max(Texts.width(first), Texts.width(indent));
    List<String> lines = Texts.wrap(Texts.clean(text), room, Integer.MAX_VALUE);
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? first : indent).append(lines.get(i)).append('\n');
    }
  }
}
