package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;

/**
 * The verification as a plain-text report for a terminal of {@value #WIDTH} columns: one table per
 * report table (row, column, published, recomputed, status, cause), then the findings grouped by
 * severity, then a summary of counts per status and per severity.
 *
 * <p>Long cells are cut with a trailing "…" and causes wrap onto at most {@value #CAUSE_LINES}
 * lines; the JSON output has every text in full. Control characters in report text are replaced, so
 * a report cannot drive the terminal.
 *
 * @since 0.1
 */
public final class TextReport {
  /** Width of the output in columns. */
  public static final int WIDTH = 120;

  /** Most lines a cause wraps onto. */
  public static final int CAUSE_LINES = 6;

  private static final String GAP = "  ";
  private static final String[] HEADERS = {
    "Row", "Column", "Published", "Recomputed", "Status", "Cause"
  };
  private static final int[] CAPS = {15, 18, 19, 16, 14};
  private static final int MIN_CAUSE = 24;

  private TextReport() {}

  /**
   * The report as text; lines end with {@code "\n"}.
   *
   * @param timestamp a line "Generated: ..." to include, or empty for byte-identical output
   */
  public static String render(Verification v, Optional<String> timestamp) {
    StringBuilder out = new StringBuilder();
    for (String line : Headers.lines(v, timestamp)) {
      wrapInto(out, line, "", "  ");
    }
    ImmutableList<Groups.Table> tables = Groups.byTable(v);
    int[] widths = widths(v);
    for (Groups.Table t : tables) {
      out.append('\n');
      out.append(Texts.clean(t.name()))
          .append(" (")
          .append(t.figures().size())
          .append(t.figures().size() == 1 ? " figure" : " figures")
          .append(")\n");
      row(out, widths, HEADERS);
      String[] rules = new String[HEADERS.length];
      for (int i = 0; i < rules.length; i++) {
        rules[i] = "-".repeat(widths[i]);
      }
      row(out, widths, rules);
      for (FigureReconciliation f : t.figures()) {
        row(
            out,
            widths,
            new String[] {
              f.published().row(),
              f.published().column(),
              f.published().printed(),
              Cells.recomputed(f),
              Cells.shortStatus(f.status()),
              Cells.cause(f)
            });
      }
    }
    out.append('\n').append("Findings (").append(v.findings().size()).append(")\n");
    for (Map.Entry<Severity, List<Finding>> e : Groups.bySeverity(v).entrySet()) {
      out.append(e.getKey().name()).append(" (").append(e.getValue().size()).append(")\n");
      for (Finding f : e.getValue()) {
        wrapInto(out, "- " + findingLine(f), "", "    ");
      }
    }
    out.append('\n');
    wrapInto(
        out,
        "Status labels: MATCH ROUNDING = MATCH_WITH_OTHER_ROUNDING (reproduced by another"
            + " rounding), NOT RECOMPUTED = NOT_RECOMPUTABLE.",
        "",
        "  ");
    wrapInto(out, "Summary: " + Groups.summary(v), "", "  ");
    return out.toString();
  }

  /** "check-id: message (where)" with the location added when the message does not name it. */
  static String findingLine(Finding f) {
    String where = Groups.where(f);
    String line = f.check() + ": " + f.message();
    boolean named = f.table().map(t -> f.message().contains(t)).orElse(true);
    return where.isEmpty() || named ? line : line + " (" + where + ")";
  }

  private static int[] widths(Verification v) {
    int[] w = new int[HEADERS.length];
    for (int i = 0; i < CAPS.length; i++) {
      w[i] = Texts.width(HEADERS[i]);
    }
    for (FigureReconciliation f : v.figures()) {
      String[] cells = {
        f.published().row(),
        f.published().column(),
        f.published().printed(),
        Cells.recomputed(f),
        Cells.shortStatus(f.status())
      };
      for (int i = 0; i < cells.length; i++) {
        w[i] = Math.max(w[i], Math.min(CAPS[i], Texts.width(Texts.clean(cells[i]))));
      }
    }
    int used = 0;
    for (int i = 0; i < CAPS.length; i++) {
      used += w[i] + GAP.length();
    }
    w[CAPS.length] = Math.max(MIN_CAUSE, WIDTH - used);
    return w;
  }

  private static void row(StringBuilder out, int[] widths, String[] cells) {
    int last = cells.length - 1;
    List<String> cause = Texts.wrap(Texts.clean(cells[last]), widths[last], CAUSE_LINES);
    for (int line = 0; line < cause.size(); line++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < last; i++) {
        String cell = line == 0 ? Texts.fit(Texts.clean(cells[i]), widths[i]) : "";
        b.append(Texts.pad(cell, widths[i])).append(GAP);
      }
      b.append(cause.get(line));
      out.append(b.toString().stripTrailing()).append('\n');
    }
  }

  private static void wrapInto(StringBuilder out, String text, String first, String indent) {
    int room = WIDTH - Math.max(Texts.width(first), Texts.width(indent));
    List<String> lines = Texts.wrap(Texts.clean(text), room, Integer.MAX_VALUE);
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? first : indent).append(lines.get(i)).append('\n');
    }
  }
}
