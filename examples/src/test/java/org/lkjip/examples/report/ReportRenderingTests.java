package org.lkjip.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ImmutableFigureReconciliation;
import org.lkjip.evaluation.audit.ImmutableFinding;
import org.lkjip.evaluation.audit.ImmutableVerification;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.Measure;
import org.xml.sax.InputSource;

/** The renderers on hand-made verifications: escaping, widths, number format, layout. */
class ReportRenderingTests {
  private static final String HOSTILE = "<script>alert('x')</script> & \"q\" | *b* \u001b[31mred";

  private static FigureReconciliation figure(
      String table, String row, String printed, ReconciliationStatus status, String cause) {
    return ImmutableFigureReconciliation.builder()
        .published(
            ImmutablePublishedFigure.builder()
                .table(table)
                .row(row)
                .column("Realisasi (Rp)")
                .printed(printed)
                .value(new BigDecimal("3308936254"))
                .measure(Measure.SPENDING)
                .subject("1.a.1")
                .build())
        .status(status)
        .recomputed(new BigDecimal("3308936254"))
        .rule("spending")
        .cause(Optional.of(cause).filter(c -> !c.isEmpty()))
        .build();
  }

  private static Verification verification(String agency, String cause) {
    return ImmutableVerification.builder()
        .agency(agency)
        .region("Kota Contoh")
        .fiscalYear(2022)
        .ruleSetId("recommended")
        .ruleSetVersion("1")
        .figures(
            ImmutableList.of(
                figure("Tabel 2", "1", "3.308.936.254", ReconciliationStatus.MATCH, ""),
                figure("Tabel 1", "2", "Rp 3,308,936,254", ReconciliationStatus.MISMATCH, cause),
                figure("Tabel 2", "3", "3.308.936.254", ReconciliationStatus.MATCH, "")))
        .addFindings(
            ImmutableFinding.builder()
                .check("total-not-sum-of-lines")
                .severity(Severity.ERROR)
                .table("Tabel 1")
                .row("2")
                .message("Tabel 1 row 2: " + cause)
                .build())
        .build();
  }

  @Test
  void text_groupsByTableInFirstAppearanceOrder() {
    String text = TextReport.render(verification("Dinas", "x"), Optional.empty());
    assertThat(text.indexOf("Tabel 2 (2 figures)"))
        .isPositive()
        .isLessThan(text.indexOf("Tabel 1 (1 figure)"));
    assertThat(text).contains("3.308.936.254").contains("MISMATCH");
    assertThat(text)
        .endsWith(
            "Summary: figures 3 (MATCH 2, MATCH_WITH_OTHER_ROUNDING 0, MISMATCH 1, NOT_RECOMPUTABLE 0);"
                + " findings 1 (ERROR 1,\n  WARNING 0, INFO 0); FAILED\n");
  }

  @Test
  void text_longCause_wrapsWithinTheWidthAndEndsWithEllipsis() {
    String cause = "word ".repeat(200).strip();
    String text = TextReport.render(verification("Dinas", cause), Optional.empty());
    assertThat(text.lines())
        .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(120));
    assertThat(text).contains("…");
  }

  @Test
  void text_controlCharacters_areReplaced() {
    String text = TextReport.render(verification(HOSTILE, "x"), Optional.empty());
    assertThat(text).doesNotContain("\u001b").contains("\uFFFD[31mred");
  }

  @Test
  void html_escapesReportText() {
    String html =
        HtmlReport.render(verification(HOSTILE, HOSTILE), Optional.empty(), Optional.empty());
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        .doesNotContain("\u001b")
        .doesNotContain("http://", "https://")
        .contains("<style>")
        .startsWith("<!DOCTYPE html>");
  }

  @Test
  void html_chart_isWellFormedSvgWithOneColourPerBand() throws Exception {
    AchievementChart chart =
        new AchievementChart(
            "akip",
            ImmutableList.of("Memuaskan", "Sangat Baik", "Baik"),
            ImmutableList.of(
                new AchievementChart.Bar(
                    "IKU1", HOSTILE, Optional.of(new BigDecimal("97.50")), "Memuaskan"),
                new AchievementChart.Bar(
                    "IKU2", "b", Optional.of(new BigDecimal("80.10")), "Sangat Baik"),
                new AchievementChart.Bar(
                    "IKU3", "c", Optional.of(new BigDecimal("153.84")), "UNCOVERED"),
                new AchievementChart.Bar("IKU4", "d", Optional.empty(), "NOT GRADED")));
    String html =
        HtmlReport.render(verification("Dinas", "x"), Optional.of(chart), Optional.empty());
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    assertThat(
            f.newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)))
                .getDocumentElement()
                .getTagName())
        .isEqualTo("svg");
    assertThat(svg)
        .contains("fill=\"#1a9850\"") // Memuaskan, first band
        .contains("fill=\"#66bd63\"") // Sangat Baik
        .contains("fill=\"#9e9e9e\"") // UNCOVERED and NOT GRADED: no band
        .contains(">97,50<")
        .contains(">153,84<")
        .contains(">n/a<")
        // legend: every band of the scale, then the other outcomes present
        .contains(">Baik<")
        .contains(">UNCOVERED<")
        .contains(">NOT GRADED<");
    // the axis runs to 160, the first multiple of 20 at or above 153.84: 0..160 is 9 ticks
    assertThat(svg).contains(">160<").doesNotContain(">180<");
  }

  @Test
  void markdown_escapesPipesAndMarkup() {
    String md = MarkdownReport.render(verification(HOSTILE, HOSTILE), Optional.empty());
    assertThat(md).doesNotContain("<script>").contains("\\| \\*b\\*").doesNotContain("\u001b");
    // every table row has exactly 7 unescaped pipes
    md.lines()
        .filter(l -> l.startsWith("| "))
        .forEach(
            l ->
                assertThat(l.replace("\\|", "").chars().filter(c -> c == '|').count())
                    .isEqualTo(7));
  }

  @Test
  void json_isDeterministicAndWritesDecimalsAsPlainStrings() {
    Verification v = verification("Dinas", "x");
    String json = VerificationJson.render(v, Optional.empty());
    assertThat(VerificationJson.render(v, Optional.empty())).isEqualTo(json);
    assertThat(json)
        .contains("\"recomputed\": \"3308936254\"")
        .contains("\"passed\": false")
        .doesNotContain("generated")
        .endsWith("}\n");
  }

  @Test
  void numbers_indonesianFormat() {
    assertThat(Numbers.indonesian(new BigDecimal("52.73"))).isEqualTo("52,73");
    assertThat(Numbers.indonesian(new BigDecimal("3308936254"))).isEqualTo("3.308.936.254");
    assertThat(Numbers.indonesian(new BigDecimal("-33.53"))).isEqualTo("-33,53");
    assertThat(Numbers.indonesian(new BigDecimal("1E+3"))).isEqualTo("1.000");
  }

  @Test
  void texts_wrapAndFit() {
    assertThat(Texts.fit("abcdef", 4)).isEqualTo("abc…");
    assertThat(Texts.fit("abc", 4)).isEqualTo("abc");
    assertThat(Texts.wrap("aa bb cc dd", 5, 10)).containsExactly("aa bb", "cc dd");
    assertThat(Texts.wrap("aa bb cc dd", 5, 1)).containsExactly("aa b…");
    assertThat(Texts.wrap("abcdefghij", 4, 10)).containsExactly("abcd", "efgh", "ij");
    assertThat(Texts.wrap("", 4, 3)).containsExactly("");
  }
}
