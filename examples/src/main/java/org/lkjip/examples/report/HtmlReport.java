package org.lkjip.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;

/**
 * The verification as one self-contained HTML page: inline CSS, no scripts, no external assets. It
 * holds the same tables as {@link TextReport} (nothing cut), the findings by severity, the summary,
 * and an inline SVG bar chart of the recomputed achievement per indicator, each bar coloured by its
 * grade on the scale used (one colour per band label, with a legend).
 *
 * <p>All report text is escaped: names and printed values come from untrusted input.
 *
 * @since 0.1
 */
public final class HtmlReport {
  /** Bar colours by band position in the scale (best band first), then cycled. */
  private static final String[] BAND_COLOURS = {
    "#1a9850", "#66bd63", "#a6d96a", "#fee08b", "#fdae61", "#f46d43", "#d73027", "#a50026"
  };

  private static final String NO_BAND_COLOUR = "#9e9e9e";
  private static final int CHART_WIDTH = 960;
  private static final int LABEL_WIDTH = 360;
  private static final int VALUE_ROOM = 70;
  private static final int BAR_HEIGHT = 18;
  private static final int ROW_HEIGHT = 26;
  private static final int TOP = 10;
  private static final int AXIS_ROOM = 30;
  private static final int LEGEND_ROW = 22;
  private static final BigDecimal MIN_AXIS = BigDecimal.valueOf(120);
  private static final BigDecimal TICK = BigDecimal.valueOf(20);

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;margin:2em;"
          + "color:#222}"
          + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.8em}"
          + "table{border-collapse:collapse;margin:.5em 0;font-size:.9em}"
          + "th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
          + "th{background:#f2f2f2}td.num{text-align:right;white-space:nowrap}"
          + "tr.MISMATCH td{background:#fde0dc}tr.MATCH_WITH_OTHER_ROUNDING td{background:#fff4ce}"
          + "tr.NOT_RECOMPUTABLE td{color:#666}"
          + ".summary{font-weight:bold}.passed{color:#1a7f37}.failed{color:#b3261e}"
          + "li.ERROR{color:#b3261e}li.WARNING{color:#8a5a00}"
          + "code{font-size:.95em}svg text{font-size:12px}"
          // a phone: nothing wider than the screen; a wide table scrolls in its own box
          + "body{overflow-wrap:anywhere}svg{max-width:100%;height:auto}"
          + ".scroll{overflow-x:auto;max-width:100%}"
          + "@media (max-width:720px){body{margin:.6em}}"
          + "@media print{.scroll{overflow:visible}thead{display:table-header-group}"
          + "tr{break-inside:avoid}}";

  private HtmlReport() {}

  /**
   * The page, ending with a newline.
   *
   * @param chart the achievement chart, or empty to leave the chart out
   * @param timestamp a "Generated" line to include, or empty for byte-identical output
   */
  public static String render(
      Verification v, Optional<AchievementChart> chart, Optional<String> timestamp) {
    StringBuilder out = new StringBuilder();
    List<String> header = Headers.lines(v, timestamp);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(header.get(0)))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape(header.get(0))).append("</h1>\n<ul>\n");
    for (String line : header.subList(1, header.size())) {
      out.append("<li>").append(escape(line)).append("</li>\n");
    }
    out.append("</ul>\n<p class=\"summary ")
        .append(v.passed() ? "passed" : "failed")
        .append("\">")
        .append(escape("Summary: " + Groups.summary(v)))
        .append("</p>\n");
    chart.ifPresent(c -> chart(out, c));
    for (Groups.Table t : Groups.byTable(v)) {
      out.append("<h2>").append(escape(t.name())).append("</h2>\n<div class=\"scroll\"><table>\n");
      out.append(
          "<thead><tr><th>Row</th><th>Column</th><th>Published</th><th>Recomputed</th>"
              + "<th>Status</th><th>Cause</th></tr></thead>\n<tbody>\n");
      for (FigureReconciliation f : t.figures()) {
        out.append("<tr class=\"")
            .append(f.status().name())
            .append("\"><td>")
            .append(escape(f.published().row()))
            .append("</td><td>")
            .append(escape(f.published().column()))
            .append("</td><td class=\"num\">")
            .append(escape(f.published().printed()))
            .append("</td><td class=\"num\">")
            .append(escape(Cells.recomputed(f)))
            .append("</td><td>")
            .append(f.status().name())
            .append("</td><td>")
            .append(escape(Cells.cause(f)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table></div>\n");
    }
    out.append("<h2>Findings (").append(v.findings().size()).append(")</h2>\n");
    for (Map.Entry<Severity, List<Finding>> e : Groups.bySeverity(v).entrySet()) {
      out.append("<h3>")
          .append(e.getKey().name())
          .append(" (")
          .append(e.getValue().size())
          .append(")</h3>\n");
      if (e.getValue().isEmpty()) {
        out.append("<p>None.</p>\n");
        continue;
      }
      out.append("<ul>\n");
      for (Finding f : e.getValue()) {
        out.append("<li class=\"")
            .append(e.getKey().name())
            .append("\"><code>")
            .append(escape(f.check()))
            .append("</code>: ")
            .append(escape(f.message()));
        String where = Groups.where(f);
        if (!where.isEmpty()) {
          out.append(" (").append(escape(where)).append(')');
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** The SVG bar chart with its legend. */
  private static void chart(StringBuilder out, AchievementChart c) {
    out.append("<h2>Achievement per indicator (scale ")
        .append(escape(c.scaleId()))
        .append(")</h2>\n");
    BigDecimal axisMax = MIN_AXIS;
    for (AchievementChart.Bar b : c.bars()) {
      if (b.achievement().isPresent() && b.achievement().get().compareTo(axisMax) > 0) {
        axisMax = b.achievement().get();
      }
    }
    // Round the axis up to a whole tick.
    axisMax = axisMax.divide(TICK, 0, RoundingMode.CEILING).multiply(TICK);
    int plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_ROOM;
    Set<String> legend = new LinkedHashSet<>(c.bandLabels());
    List<String> others = new ArrayList<>();
    for (AchievementChart.Bar b : c.bars()) {
      if (!legend.contains(b.grade()) && !others.contains(b.grade())) {
        others.add(b.grade());
      }
    }
    legend.addAll(others);
    int barsHeight = c.bars().size() * ROW_HEIGHT;
    int height = TOP + barsHeight + AXIS_ROOM + legend.size() * LEGEND_ROW + TOP;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(CHART_WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(CHART_WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Achievement per indicator\">\n");
    // Grid lines and tick labels.
    for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(axisMax) <= 0; tick = tick.add(TICK)) {
      String x = px(LABEL_WIDTH, tick, axisMax, plotWidth);
      out.append("<line x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(TOP)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(TOP + barsHeight)
          .append("\" stroke=\"")
          .append(tick.compareTo(BigDecimal.valueOf(100)) == 0 ? "#555" : "#ddd")
          .append("\"/>\n");
      out.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(TOP + barsHeight + 16)
          .append("\" text-anchor=\"middle\">")
          .append(Numbers.indonesian(tick))
          .append("</text>\n");
    }
    int row = 0;
    for (AchievementChart.Bar b : c.bars()) {
      int y = TOP + row * ROW_HEIGHT;
      String colour = colour(c, b.grade());
      String label = Texts.fit(Texts.clean(b.indicatorId() + " " + b.name()), 52);
      out.append("<g><title>")
          .append(escape(b.indicatorId() + " " + b.name() + ": "))
          .append(escape(b.achievement().map(Numbers::indonesian).orElse("not computed")))
          .append(" (")
          .append(escape(b.grade()))
          .append(")</title>\n");
      out.append("<text x=\"")
          .append(LABEL_WIDTH - 6)
          .append("\" y=\"")
          .append(y + 13)
          .append("\" text-anchor=\"end\">")
          .append(escape(label))
          .append("</text>\n");
      BigDecimal value = b.achievement().orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
      String width = px(0, value, axisMax, plotWidth);
      out.append("<rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(BAR_HEIGHT)
          .append("\" fill=\"")
          .append(colour)
          .append("\"/>\n");
      out.append("<text x=\"")
          .append(px(LABEL_WIDTH + 4, value, axisMax, plotWidth))
          .append("\" y=\"")
          .append(y + 13)
          .append("\">")
          .append(escape(b.achievement().map(Numbers::indonesian).orElse("n/a")))
          .append("</text>\n</g>\n");
      row++;
    }
    int ly = TOP + barsHeight + AXIS_ROOM;
    for (String label : legend) {
      out.append("<rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(ly)
          .append("\" width=\"14\" height=\"14\" fill=\"")
          .append(colour(c, label))
          .append("\"/>\n<text x=\"")
          .append(LABEL_WIDTH + 20)
          .append("\" y=\"")
          .append(ly + 12)
          .append("\">")
          .append(escape(label))
          .append("</text>\n");
      ly += LEGEND_ROW;
    }
    out.append("</svg>\n");
  }

  /** {@code origin + value / axisMax × width}, one decimal, as SVG text. */
  private static String px(int origin, BigDecimal value, BigDecimal axisMax, int width) {
    BigDecimal x =
        value
            .multiply(BigDecimal.valueOf(width))
            .divide(axisMax, 1, RoundingMode.HALF_UP)
            .add(BigDecimal.valueOf(origin));
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
