package org.lkjip.examples.report;

import java.util.List;
import java.util.Map;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.Report;

/**
 * The verification as Markdown (GitHub flavour), verdict first: the verdict and why, the summary
 * with the largest differences, contents with links, one pipe table per report table (nothing cut),
 * then the findings by severity. Report text is escaped, so a name cannot inject markup or HTML.
 *
 * @since 0.1
 */
public final class MarkdownReport {
  /** The fragment id of the findings section. */
  static final String FINDINGS_ANCHOR = "findings";

  private MarkdownReport() {}

  /** The report as Markdown; lines end with {@code "\n"}. */
  public static String render(Verification v, Report report, RenderOptions options) {
    AuditView view = AuditView.of(v, report, options);
    Labels l = view.labels;
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(view.title())).append("\n\n");
    out.append("**")
        .append(escape(l.get("verdict.label") + ": " + view.verdict()))
        .append("** \u2014 ")
        .append(escape(view.verdictReason()))
        .append("\n\n");
    for (String line : view.headerLines()) {
      out.append("- ").append(escape(line)).append('\n');
    }
    out.append("\n## ").append(escape(l.get("summary.title"))).append("\n\n");
    out.append("- ").append(escape(view.figureCounts())).append('\n');
    out.append("- ").append(escape(view.findingCounts())).append('\n');
    view.onlyLine().ifPresent(m -> out.append("- ").append(escape(m)).append('\n'));
    view.cleanLine().ifPresent(m -> out.append("- ").append(escape(m)).append('\n'));
    out.append("\n### ").append(escape(l.get("summary.largest"))).append("\n\n");
    if (view.largest.isEmpty()) {
      out.append(escape(l.get("summary.largestNone"))).append('\n');
    } else {
      table(out, view.headers(AuditView.LARGEST_COLUMNS), AuditView.LARGEST_COLUMNS);
      for (AuditView.Row r : view.largest) {
        row(out, view.largestCells(r));
      }
      view.moreMismatches().ifPresent(m -> out.append('\n').append(escape(m)).append('\n'));
    }
    out.append('\n').append(escape(l.get("status.legend"))).append(' ');
    out.append(escape(l.get("verdict.rule"))).append('\n');
    out.append("\n## ").append(escape(l.get("contents"))).append("\n\n");
    for (AuditView.Table t : view.tables) {
      out.append("- [")
          .append(escape(t.name()))
          .append("](#")
          .append(t.anchor())
          .append(") \u2014 ")
          .append(escape(view.tableCount(t)))
          .append('\n');
    }
    out.append("- [")
        .append(escape(l.get("findings.title")))
        .append("](#")
        .append(FINDINGS_ANCHOR)
        .append(")\n");
    for (AuditView.Table t : view.tables) {
      out.append("\n<a id=\"").append(t.anchor()).append("\"></a>\n\n## ");
      out.append(escape(t.name())).append("\n\n");
      out.append(escape(view.tableCount(t))).append("\n\n");
      table(out, view.headers(AuditView.ROW_COLUMNS), AuditView.ROW_COLUMNS);
      for (AuditView.Row r : t.rows()) {
        row(out, view.cells(r));
      }
    }
    out.append("\n<a id=\"").append(FINDINGS_ANCHOR).append("\"></a>\n\n## ");
    out.append(escape(l.get("findings.title")))
        .append(" (")
        .append(l.count(v.findings().size()))
        .append(")\n");
    for (Map.Entry<Severity, List<AuditView.Item>> e : view.findings.entrySet()) {
      out.append("\n### ")
          .append(escape(l.severity(e.getKey())))
          .append(" (")
          .append(l.count(e.getValue().size()))
          .append(")\n\n");
      if (e.getValue().isEmpty()) {
        out.append(escape(l.get("findings.none"))).append('\n');
      }
      for (AuditView.Item f : e.getValue()) {
        out.append("- `").append(code(f.check())).append("`: ").append(escape(f.sentence()));
        if (!f.where().isEmpty()) {
          out.append(" \u2014 *").append(escape(l.format("findings.at", f.where()))).append('*');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** A table's header row and its alignment row (numbers right-aligned). */
  private static void table(StringBuilder out, List<String> heads, List<AuditView.Column> columns) {
    row(out, heads);
    out.append('|');
    for (AuditView.Column c : columns) {
      out.append(c.number() ? "---:|" : "---|");
    }
    out.append('\n');
  }

  /** A table row of escaped cells. */
  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(escape(c)).append(" |");
    }
    out.append('\n');
  }

  /**
   * Text safe inside a Markdown table cell or paragraph: control characters replaced, Markdown
   * punctuation and HTML-significant characters escaped, pipes escaped.
   */
  static String escape(String s) {
    String clean = Texts.clean(s);
    StringBuilder b = new StringBuilder(clean.length() + 8);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '!' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Text inside a code span: backticks cannot close it early. */
  private static String code(String s) {
    return Texts.clean(s).replace('`', '\'');
  }
}
