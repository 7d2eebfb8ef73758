package org.lkjip.examples.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;

/**
 * The verification as Markdown (GitHub flavour): the same content as {@link TextReport}, with one
 * pipe table per report table and nothing cut. Report text is escaped, so a name cannot inject
 * markup or HTML.
 *
 * @since 0.1
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * The report as Markdown; lines end with {@code "\n"}.
   *
   * @param timestamp a "Generated" line to include, or empty for byte-identical output
   */
  public static String render(Verification v, Optional<String> timestamp) {
    StringBuilder out = new StringBuilder();
    List<String> header = Headers.lines(v, timestamp);
    out.append("# ").append(escape(header.get(0))).append("\n\n");
    for (String line : header.subList(1, header.size())) {
      out.append("- ").append(escape(line)).append('\n');
    }
    out.append("\n**Summary:** ").append(escape(Groups.summary(v))).append("\n");
    for (Groups.Table t : Groups.byTable(v)) {
      out.append("\n## ").append(escape(t.name())).append("\n\n");
      out.append("| Row | Column | Published | Recomputed | Status | Cause |\n");
      out.append("|---|---|---:|---:|---|---|\n");
      for (FigureReconciliation f : t.figures()) {
        out.append("| ")
            .append(escape(f.published().row()))
            .append(" | ")
            .append(escape(f.published().column()))
            .append(" | ")
            .append(escape(f.published().printed()))
            .append(" | ")
            .append(escape(Cells.recomputed(f)))
            .append(" | ")
            .append(escape(f.status().name()))
            .append(" | ")
            .append(escape(Cells.cause(f)))
            .append(" |\n");
      }
    }
    out.append("\n## Findings (").append(v.findings().size()).append(")\n");
    for (Map.Entry<Severity, List<Finding>> e : Groups.bySeverity(v).entrySet()) {
      out.append("\n### ")
          .append(e.getKey().name())
          .append(" (")
          .append(e.getValue().size())
          .append(")\n\n");
      if (e.getValue().isEmpty()) {
        out.append("None.\n");
      }
      for (Finding f : e.getValue()) {
        out.append("- `").append(code(f.check())).append("`: ").append(escape(f.message()));
        String where = Groups.where(f);
        if (!where.isEmpty()) {
          out.append(" (").append(escape(where)).append(')');
        }
        out.append('\n');
      }
    }
    return out.toString();
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
