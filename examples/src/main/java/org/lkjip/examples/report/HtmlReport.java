package org.lkjip.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.Report;

/**
 * The verification as one self-contained HTML page (inline CSS, no scripts, no external assets),
 * verdict first: the verdict and why, the summary with the largest differences, a contents list
 * linking every section, the chart of achievement by grade, one table per report table, then the
 * findings by severity.
 *
 * <p>Made for a phone as much as a desk: a viewport meta; below {@value #NARROW} px each table row
 * becomes a card whose cells carry their column names; above, wide tables scroll in their own box
 * so the page never does. Status is text and icon as well as colour; the colours meet WCAG AA
 * contrast. Printed, the page is A4 landscape with header rows repeated and no row cut across
 * pages. The chart is HTML, not an image: a bar per indicator in the colour of its recomputed grade
 * (one distinct colour per band), a black mark at the printed achievement, and the printed grade
 * beside the recomputed one.
 *
 * <p>All report text is escaped: names and printed values come from untrusted input.
 *
 * @since 0.1
 */
public final class HtmlReport {
  /** Width in CSS pixels below which table rows become cards. */
  static final int NARROW = 720;

  /** The fragment ids of the fixed sections. */
  static final String SUMMARY = "summary";

  static final String CHART = "chart";
  static final String FINDINGS = "findings";

  /**
   * Bar colours by band position in the scale (best band first): distinct hues, each with at least
   * 3:1 contrast against white (WCAG AA for graphics), then cycled.
   */
  static final String[] BAND_COLOURS = {
    "#1b7837", "#2166ac", "#7b3294", "#c35a00", "#b2182b", "#8c510a", "#c51b7d", "#01665e"
  };

  static final String NO_BAND_COLOUR = "#6b6b6b";
  private static final BigDecimal MIN_AXIS = BigDecimal.valueOf(120);
  private static final BigDecimal TICK = BigDecimal.valueOf(20);

  static final String CSS =
      "*{box-sizing:border-box}"
          + "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;margin:0 auto;"
          + "max-width:1400px;padding:1.5em;color:#1f1f1f;background:#fff;line-height:1.4;"
          + "overflow-wrap:anywhere}"
          + "h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.6em}"
          + "h3{font-size:1.05em}a{color:#0b57d0}"
          + ".verdict{font-size:1.15em;padding:.6em .8em;border-radius:6px;border:2px solid}"
          + ".verdict.failed{background:#fde0dc;border-color:#b3261e;color:#5c0f0a}"
          + ".verdict.passed{background:#dcf5e3;border-color:#1a7f37;color:#0b3d1a}"
          + ".meta{color:#444;font-size:.9em;padding-left:1.2em}"
          + "nav ol{columns:2 18em;padding-left:1.4em}"
          + "table{border-collapse:collapse;margin:.5em 0;font-size:.9em}"
          + "th,td{border:1px solid #c8c8c8;padding:.3em .5em;text-align:left;vertical-align:top}"
          + "th{background:#f0f0f0}td.num{text-align:right;white-space:nowrap}"
          + ".scroll{overflow-x:auto;max-width:100%}"
          + "tr.s-MISMATCH td{background:#fde0dc}"
          + "tr.s-MATCH_WITH_OTHER_ROUNDING td{background:#fff4ce}"
          + "tr.s-NOT_RECOMPUTABLE td{color:#555}"
          + ".st{font-weight:600;white-space:nowrap}"
          + ".st-MATCH{color:#14532d}.st-MATCH_WITH_OTHER_ROUNDING{color:#6b4500}"
          + ".st-MISMATCH{color:#8c1d18}.st-NOT_RECOMPUTABLE{color:#3d3d3d}"
          + "li.ERROR{color:#8c1d18}li.WARNING{color:#6b4500}li span.where{color:#444}"
          + "code{font-size:.95em}"
          + ".chart{margin:.5em 0}.bar-row{display:grid;grid-template-columns:minmax(10em,30%) 1fr"
          + " minmax(12em,28%);gap:.2em .8em;align-items:center;margin:.25em 0;font-size:.9em}"
          + ".track{position:relative;height:1.1em;background:#f3f3f3;border-left:1px solid #555}"
          + ".bar{position:absolute;left:0;top:0;bottom:0}"
          + ".mark{position:absolute;top:-.25em;bottom:-.25em;width:3px;margin-left:-1px;"
          + "background:#000}"
          + ".hundred{position:absolute;top:-.3em;bottom:-.3em;border-left:1px dashed #555}"
          + ".legend{display:flex;flex-wrap:wrap;gap:.4em 1.2em;font-size:.9em;padding:0;"
          + "list-style:none}.swatch{display:inline-block;width:.9em;height:.9em;"
          + "vertical-align:-.1em;margin-right:.3em;border:1px solid #333}"
          + ".differs{font-weight:600;color:#8c1d18}"
          + "@media (max-width:"
          + NARROW
          + "px){body{padding:.6em}"
          + "table.figures,table.figures tbody,table.figures tr,table.figures td{display:block;"
          + "width:100%}table.figures thead{position:absolute;width:1px;height:1px;"
          + "overflow:hidden;clip:rect(0 0 0 0)}"
          + "table.figures tr{border:1px solid #c8c8c8;border-radius:6px;margin:.6em 0;"
          + "padding:.2em 0}table.figures td{border:0;padding:.15em .6em;text-align:left;"
          + "white-space:normal}table.figures td::before{content:attr(data-label) \": \";"
          + "font-weight:600}"
          + ".bar-row{grid-template-columns:1fr}nav ol{columns:1}}"
          + "@media print{@page{size:A4 landscape;margin:12mm}body{max-width:none;padding:0;"
          + "font-size:9pt}nav{display:none}.scroll{overflow:visible}table{width:100%}"
          + "thead{display:table-header-group}tr,.bar-row{break-inside:avoid}"
          + "h2{break-after:avoid}td.num{white-space:normal}}";

  private HtmlReport() {}

  /**
   * The page, ending with a newline.
   *
   * @param chart the achievement chart, or empty to leave the chart out
   */
  public static String render(
      Verification v, Report report, Optional<AchievementChart> chart, RenderOptions options) {
    AuditView view = AuditView.of(v, report, options);
    Labels l = view.labels;
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(l.language())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(view.verdict() + " \u2014 " + view.title()))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(escape(view.title()))
        .append("</h1>\n<p class=\"verdict ")
        .append(v.passed() ? "passed" : "failed")
        .append("\" role=\"status\"><strong>")
        .append(escape(l.get("verdict.label") + ": " + view.verdict()))
        .append("</strong> \u2014 ")
        .append(escape(view.verdictReason()))
        .append("</p>\n<ul class=\"meta\">\n");
    for (String line : view.headerLines()) {
      out.append("<li>").append(escape(line)).append("</li>\n");
    }
    out.append("</ul>\n</header>\n");
    contents(out, view, chart.isPresent());
    summary(out, view);
    chart.ifPresent(c -> chart(out, c, l));
    for (AuditView.Table t : view.tables) {
      table(out, view, t);
    }
    findings(out, view);
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void contents(StringBuilder out, AuditView view, boolean chart) {
    Labels l = view.labels;
    out.append("<nav aria-label=\"")
        .append(escape(l.get("contents")))
        .append("\">\n<h2>")
        .append(escape(l.get("contents")))
        .append("</h2>\n<ol>\n");
    link(out, SUMMARY, l.get("summary.title"), "");
    if (chart) {
      link(out, CHART, l.get("chart.short"), "");
    }
    for (AuditView.Table t : view.tables) {
      link(out, t.anchor(), t.name(), view.tableCount(t));
    }
    link(
        out,
        FINDINGS,
        l.get("findings.title"),
        view.labels.count(view.verification.findings().size()));
    out.append("</ol>\n</nav>\n");
  }

  private static void link(StringBuilder out, String id, String text, String note) {
    out.append("<li><a href=\"#").append(id).append("\">").append(escape(text)).append("</a>");
    if (!note.isEmpty()) {
      out.append(" \u2014 ").append(escape(note));
    }
    out.append("</li>\n");
  }

  private static void summary(StringBuilder out, AuditView view) {
    Labels l = view.labels;
    sectionStart(out, SUMMARY, l.get("summary.title"));
    out.append("<ul>\n<li>")
        .append(escape(view.figureCounts()))
        .append("</li>\n<li>")
        .append(escape(view.findingCounts()))
        .append("</li>\n");
    view.onlyLine().ifPresent(m -> out.append("<li>").append(escape(m)).append("</li>\n"));
    view.cleanLine().ifPresent(m -> out.append("<li>").append(escape(m)).append("</li>\n"));
    out.append("</ul>\n<h3>").append(escape(l.get("summary.largest"))).append("</h3>\n");
    if (view.largest.isEmpty()) {
      out.append("<p>").append(escape(l.get("summary.largestNone"))).append("</p>\n");
    } else {
      List<String> heads = view.headers(AuditView.LARGEST_COLUMNS);
      out.append("<div class=\"scroll\"><table class=\"figures\">\n");
      head(out, heads);
      for (AuditView.Row r : view.largest) {
        row(out, r, heads, AuditView.LARGEST_COLUMNS, view.largestCells(r), -1);
      }
      out.append("</tbody>\n</table></div>\n");
      view.moreMismatches().ifPresent(m -> out.append("<p>").append(escape(m)).append("</p>\n"));
    }
    out.append("<p>")
        .append(escape(l.get("status.legend")))
        .append(' ')
        .append(escape(l.get("verdict.rule")))
        .append("</p>\n</section>\n");
  }

  private static void table(StringBuilder out, AuditView view, AuditView.Table t) {
    sectionStart(out, t.anchor(), t.name());
    out.append("<p>")
        .append(escape(view.tableCount(t)))
        .append("</p>\n<div class=\"scroll\"><table class=\"figures\">\n");
    List<String> heads = view.headers(AuditView.ROW_COLUMNS);
    head(out, heads);
    for (AuditView.Row r : t.rows()) {
      row(out, r, heads, AuditView.ROW_COLUMNS, view.cells(r), AuditView.STATUS);
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** {@code <section id><h2>title</h2>}. */
  private static void sectionStart(StringBuilder out, String id, String title) {
    out.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(escape(title))
        .append("</h2>\n");
  }

  /** The header row and the start of the body. */
  private static void head(StringBuilder out, List<String> heads) {
    out.append("<thead><tr>");
    for (String h : heads) {
      out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
  }

  /**
   * One body row, each cell labelled with its column (for the cards of narrow screens); the cell at
   * {@code status} (none when negative) is the status as a styled label.
   */
  private static void row(
      StringBuilder out,
      AuditView.Row r,
      List<String> heads,
      List<AuditView.Column> columns,
      List<String> cells,
      int status) {
    out.append("<tr class=\"s-").append(r.status().name()).append("\">");
    for (int i = 0; i < cells.size(); i++) {
      if (i == status) {
        out.append("<td data-label=\"")
            .append(escape(heads.get(i)))
            .append("\"><span class=\"st st-")
            .append(r.status().name())
            .append("\">")
            .append(escape(cells.get(i)))
            .append("</span></td>");
      } else {
        cell(out, heads.get(i), cells.get(i), columns.get(i).number());
      }
    }
    out.append("</tr>\n");
  }

  private static void cell(StringBuilder out, String label, String text, boolean number) {
    out.append("<td")
        .append(number ? " class=\"num\"" : "")
        .append(" data-label=\"")
        .append(escape(label))
        .append("\">")
        .append(escape(text))
        .append("</td>");
  }

  private static void findings(StringBuilder out, AuditView view) {
    Labels l = view.labels;
    sectionStart(
        out,
        FINDINGS,
        l.get("findings.title") + " (" + l.count(view.verification.findings().size()) + ")");
    for (Map.Entry<Severity, List<AuditView.Item>> e : view.findings.entrySet()) {
      out.append("<h3>")
          .append(escape(l.severity(e.getKey())))
          .append(" (")
          .append(l.count(e.getValue().size()))
          .append(")</h3>\n");
      if (e.getValue().isEmpty()) {
        out.append("<p>").append(escape(l.get("findings.none"))).append("</p>\n");
        continue;
      }
      out.append("<ul>\n");
      for (AuditView.Item f : e.getValue()) {
        out.append("<li class=\"")
            .append(e.getKey().name())
            .append("\"><code>")
            .append(escape(f.check()))
            .append("</code>: ")
            .append(escape(f.sentence()));
        if (!f.where().isEmpty()) {
          out.append(" <span class=\"where\">(")
              .append(escape(l.format("findings.at", f.where())))
              .append(")</span>");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /** The chart: one row per indicator, its bar in the colour of its recomputed grade. */
  private static void chart(StringBuilder out, AchievementChart c, Labels l) {
    BigDecimal axisMax = MIN_AXIS;
    for (AchievementChart.Bar b : c.bars()) {
      for (Optional<BigDecimal> x : List.of(b.achievement(), b.printedAchievement())) {
        if (x.isPresent() && x.get().compareTo(axisMax) > 0) {
          axisMax = x.get();
        }
      }
    }
    axisMax = axisMax.divide(TICK, 0, RoundingMode.CEILING).multiply(TICK);
    Set<String> legend = new LinkedHashSet<>(c.bandLabels());
    List<String> others = new ArrayList<>();
    for (AchievementChart.Bar b : c.bars()) {
      if (!legend.contains(b.grade()) && !others.contains(b.grade())) {
        others.add(b.grade());
      }
    }
    legend.addAll(others);
    sectionStart(out, CHART, l.format("chart.title", c.scaleId()));
    out.append("<figure class=\"chart\" aria-label=\"")
        .append(escape(l.get("chart.label")))
        .append("\">\n<ul class=\"legend\">\n");
    for (String label : legend) {
      out.append("<li><span class=\"swatch\" style=\"background:")
          .append(colour(c, label))
          .append("\"></span>")
          .append(escape(gradeName(label, l)))
          .append("</li>\n");
    }
    out.append("<li><span class=\"swatch\" style=\"background:#000\"></span>")
        .append(escape(l.get("chart.printedMark")))
        .append("</li>\n</ul>\n");
    String hundred = percent(BigDecimal.valueOf(100), axisMax);
    for (AchievementChart.Bar b : c.bars()) {
      BigDecimal value = b.achievement().orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
      out.append("<div class=\"bar-row\"><div>")
          .append(escape(b.indicatorId() + " " + b.name()))
          .append("</div><div class=\"track\"><div class=\"hundred\" style=\"left:")
          .append(hundred)
          .append("%\"></div>");
      if (b.achievement().isPresent()) {
        out.append("<div class=\"bar\" style=\"width:")
            .append(percent(value, axisMax))
            .append("%;background:")
            .append(colour(c, b.grade()))
            .append("\"></div>");
      }
      if (b.printedAchievement().isPresent()) {
        out.append("<div class=\"mark\" style=\"left:")
            .append(percent(b.printedAchievement().get().max(BigDecimal.ZERO), axisMax))
            .append("%\"></div>");
      }
      out.append("</div><div>")
          .append(escape(b.achievement().map(l::number).orElse(l.get("chart.notComputed"))))
          .append(" \u00b7 ")
          .append(escape(gradeName(b.grade(), l)));
      if (b.printedGrade().isPresent()) {
        boolean differs = !b.printedGrade().get().equalsIgnoreCase(b.grade());
        out.append(" \u00b7 ")
            .append(differs ? "<span class=\"differs\">" : "<span>")
            .append(differs ? "\u2717 " : "")
            .append(escape(l.format("chart.printedGrade", b.printedGrade().get())))
            .append("</span>");
      }
      out.append("</div></div>\n");
    }
    out.append("</figure>\n</section>\n");
  }

  private static String gradeName(String grade, Labels l) {
    return switch (grade) {
      case "UNCOVERED" -> l.get("grade.UNCOVERED");
      case "AMBIGUOUS" -> l.get("grade.AMBIGUOUS");
      case "NOT GRADED" -> l.get("grade.NOT_GRADED");
      default -> grade;
    };
  }

  /** {@code value / axisMax × 100}, one decimal, for a CSS length. */
  private static String percent(BigDecimal value, BigDecimal axisMax) {
    BigDecimal x = value.multiply(BigDecimal.valueOf(100)).divide(axisMax, 1, RoundingMode.HALF_UP);
    return x.stripTrailingZeros().scale() <= 0
        ? x.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
        : x.toPlainString();
  }

  private static String colour(AchievementChart c, String grade) {
    int i = c.bandLabels().indexOf(grade);
    return i < 0 ? NO_BAND_COLOUR : BAND_COLOURS[i % BAND_COLOURS.length];
  }

  /** Text safe in HTML content and attribute values. */
  static String escape(String s) {
    String clean = Texts.clean(s);
    StringBuilder b = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char ch = clean.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
