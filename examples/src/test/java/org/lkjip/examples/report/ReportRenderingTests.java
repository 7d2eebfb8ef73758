package org.lkjip.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ImmutableFigureReconciliation;
import org.lkjip.evaluation.audit.ImmutableFinding;
import org.lkjip.evaluation.audit.ImmutableVerification;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportReader;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.Measure;
import org.lkjip.model.Report;

/**
 * The human renderers (text, Markdown, HTML): verdict first, rows that say what they are, causes in
 * full, only problems, both languages, escaping. On hand-made verifications and on the seed.
 */
class ReportRenderingTests {
  private static final String HOSTILE = "<script>alert('x')</script> & \"q\" | *b* \u001b[31mred";
  private static final RenderOptions ID = RenderOptions.defaults();
  private static final RenderOptions EN = RenderOptions.defaults().in(Locale.ENGLISH);

  private static Report seed;
  private static Verification seedVerification;
  private static Report other;

  @BeforeAll
  static void load() {
    seed = new ReportReader().read(Path.of("data", "tebing-tinggi-2022.json"));
    seedVerification =
        new Auditor(FormulaRegistry.standard())
            .verify(seed, RuleSets.seedTebingTinggi2022(), Optional.empty());
    other = SyntheticReports.generate(7);
  }

  private static FigureReconciliation figure(
      String table, String row, String printed, ReconciliationStatus status, String cause) {
    ImmutableFigureReconciliation.Builder b =
        ImmutableFigureReconciliation.builder()
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
            .rule("spending")
            .cause(Optional.of(cause).filter(c -> !c.isEmpty()));
    if (status != ReconciliationStatus.NOT_RECOMPUTABLE) {
      b.recomputed(new BigDecimal("3308936254.5"));
    }
    if (status == ReconciliationStatus.MISMATCH) {
      b.difference(new BigDecimal("-1234.5"));
    }
    return b.build();
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
                figure("Tabel 2", "3", "3.308.936.254", ReconciliationStatus.MATCH, ""),
                figure("Tabel 2", "4", "Nihil", ReconciliationStatus.NOT_RECOMPUTABLE, "")))
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

  private static Labels id() {
    return Labels.of(ID.locale());
  }

  // ---- verdict and summary first ------------------------------------------------------------

  @Test
  void text_verdictAndSummaryComeBeforeEveryTable() {
    String text = TextReport.render(seedVerification, seed, ID);
    List<String> lines = text.lines().toList();
    assertThat(lines.get(1)).startsWith("Kesimpulan: TIDAK LULUS \u2014 ");
    int summary = lines.indexOf("Ringkasan");
    int firstTable = indexOfFirst(lines, "Tabel ");
    assertThat(summary).isPositive().isLessThan(firstTable);
    assertThat(summary).isLessThan(15);
    // the counts name every status and severity in Indonesian
    String head = String.join("\n", lines.subList(0, firstTable));
    for (ReconciliationStatus s : ReconciliationStatus.values()) {
      assertThat(head).contains(id().status(s));
    }
    for (Severity s : Severity.values()) {
      assertThat(head).contains(id().severity(s));
    }
  }

  @Test
  void largestDifferences_areTheMismatchesWithTheLargestAbsoluteDifference() {
    AuditView view = AuditView.of(seedVerification, seed, ID);
    List<BigDecimal> all =
        seedVerification.figures().stream()
            .filter(f -> f.status() == ReconciliationStatus.MISMATCH)
            .flatMap(f -> f.difference().stream())
            .map(BigDecimal::abs)
            .sorted(java.util.Comparator.reverseOrder())
            .toList();
    List<BigDecimal> shown =
        seedVerification.largestDifferences(AuditView.LARGEST).stream()
            .map(i -> seedVerification.figures().get(i).difference().orElseThrow().abs())
            .toList();
    assertThat(shown).isEqualTo(all.subList(0, Math.min(AuditView.LARGEST, all.size())));
    assertThat(view.largest).hasSize(shown.size());
    String text = TextReport.render(seedVerification, seed, ID);
    for (AuditView.Row r : view.largest) {
      assertThat(text).contains(r.difference());
    }
  }

  @Test
  void verdict_passedReportSaysSo() {
    Verification v =
        ImmutableVerification.builder()
            .from(verification("Dinas", "x"))
            .figures(
                ImmutableList.of(
                    figure("Tabel 2", "1", "3.308.936.254", ReconciliationStatus.MATCH, "")))
            .findings(ImmutableList.of())
            .build();
    assertThat(TextReport.render(v, other, ID)).contains("Kesimpulan: LULUS \u2014");
    assertThat(TextReport.render(v, other, EN)).contains("Verdict: PASSED \u2014");
    assertThat(HtmlReport.render(v, other, Optional.empty(), ID))
        .contains("class=\"verdict passed\"");
  }

  // ---- rows say what they are ---------------------------------------------------------------

  @Test
  void seedRows_nameTheIndicatorAndYear() {
    AuditView view = AuditView.of(seedVerification, seed, ID);
    AuditView.Table tabel1 = view.tables.get(0);
    // rows of Tabel 1 share row numbers; the code and the year tell them apart
    Set<String> keys =
        tabel1.rows().stream()
            .map(r -> r.row() + "|" + r.code() + "|" + r.year() + "|" + r.column())
            .collect(Collectors.toSet());
    assertThat(keys).hasSize(tabel1.rows().size());
    for (AuditView.Row r : tabel1.rows()) {
      assertThat(seed.find(r.code(), org.lkjip.model.Indicator.class))
          .map(org.lkjip.model.Indicator::name)
          .contains(r.name());
    }
  }

  @Test
  void notRecomputable_showsNoRecomputedNumber() {
    for (AuditView.Table t : AuditView.of(seedVerification, seed, ID).tables) {
      for (AuditView.Row r : t.rows()) {
        if (r.status() == ReconciliationStatus.NOT_RECOMPUTABLE) {
          assertThat(r.recomputed()).isEqualTo(id().get("recomputed.none"));
        }
      }
    }
    AuditView hand = AuditView.of(verification("Dinas", "x"), other, ID);
    assertThat(hand.tables.get(0).rows().get(2).recomputed()).isEqualTo("\u2014");
  }

  // ---- causes in full -----------------------------------------------------------------------

  @Test
  void text_longCause_isWrappedInFullWithinTheWidth() {
    String cause =
        java.util.stream.IntStream.range(0, 120)
            .mapToObj(i -> "word" + i)
            .collect(Collectors.joining(" "));
    String text = TextReport.render(verification("Dinas", cause), other, ID);
    assertThat(text.lines())
        .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(120));
    String joined = text.replaceAll("\\s+", " ");
    assertThat(joined).contains(cause);
  }

  @Test
  void seedText_everyCauseIsThereInFull() {
    AuditView view = AuditView.of(seedVerification, seed, ID);
    String joined = TextReport.render(seedVerification, seed, ID).replaceAll("\\s+", " ");
    for (AuditView.Table t : view.tables) {
      for (AuditView.Row r : t.rows()) {
        assertThat(joined).contains(Texts.clean(r.cause()).replaceAll("\\s+", " "));
      }
    }
  }

  @Test
  void text_controlCharacters_areReplaced() {
    String text = TextReport.render(verification(HOSTILE, "x"), other, ID);
    assertThat(text).doesNotContain("\u001b").contains("\uFFFD[31mred");
  }

  // ---- only problems ------------------------------------------------------------------------

  @Test
  void onlyProblems_keepsEveryProblemAndNoPlainMatch() {
    AuditView view = AuditView.of(seedVerification, seed, ID.problemsOnly());
    long problems =
        seedVerification.figures().stream()
            .filter(f -> f.status() != ReconciliationStatus.MATCH)
            .count();
    List<AuditView.Row> rows = view.tables.stream().flatMap(t -> t.rows().stream()).toList();
    assertThat(rows).hasSize((int) problems).noneMatch(r -> !r.problem());
    assertThat(view.findings.values().stream().mapToInt(List::size).sum())
        .isEqualTo(seedVerification.findings().size());
    String text = TextReport.render(seedVerification, seed, ID.problemsOnly());
    assertThat(text).doesNotContain(Labels.icon(ReconciliationStatus.MATCH) + " Sesuai\n");
    assertThat(text.lines().count())
        .isLessThan(TextReport.render(seedVerification, seed, ID).lines().count() / 2);
    // the verdict and the counts still cover everything
    assertThat(text).contains(view.figureCounts());
  }

  // ---- languages ----------------------------------------------------------------------------

  @Test
  void bundles_haveTheSameKeysAndArguments() {
    Map<String, String> id = Labels.load(Labels.BUNDLE, true);
    Map<String, String> en = Labels.load(Labels.BUNDLE + "_en", true);
    assertThat(en.keySet()).isEqualTo(id.keySet());
    for (String key : id.keySet()) {
      assertThat(arguments(en.getOrDefault(key, "")))
          .as(key)
          .isEqualTo(arguments(id.getOrDefault(key, "")));
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void numbers_followTheLanguage() {
    Labels id = Labels.of(RenderOptions.INDONESIAN);
    Labels en = Labels.of(Locale.ENGLISH);
    assertThat(id.number(new BigDecimal("-1234.56"))).isEqualTo("-1.234,56");
    assertThat(en.number(new BigDecimal("-1234.56"))).isEqualTo("-1,234.56");
    assertThat(id.number(new BigDecimal("1E+3"))).isEqualTo("1.000");
    assertThat(en.count(3308936254L)).isEqualTo("3,308,936,254");
    // other languages get Bahasa Indonesia, not the JVM's default
    assertThat(Labels.of(Locale.GERMAN).get("verdict.failed")).isEqualTo("TIDAK LULUS");
  }

  @Test
  void english_labelsAndNumbers() {
    String text = TextReport.render(verification("Dinas", "x"), other, EN);
    assertThat(text)
        .contains("Verdict: FAILED")
        .contains("3,308,936,254.5")
        .contains("difference -1,234.5")
        .doesNotContain("Kesimpulan")
        .doesNotContain("3.308.936.254,5");
    String id = TextReport.render(verification("Dinas", "x"), other, ID);
    assertThat(id).contains("3.308.936.254,5").contains("selisih -1.234,5");
  }

  @Test
  void indonesian_hasNoEnglishLabel() {
    String text = TextReport.render(seedVerification, seed, ID);
    for (String english :
        List.of("MISMATCH", "MATCH_WITH", "NOT_RECOMPUTABLE", "Summary", "Findings", "Row ")) {
      assertThat(text).doesNotContain(english);
    }
  }

  // ---- HTML ---------------------------------------------------------------------------------

  @Test
  void html_escapesReportText() {
    String html = HtmlReport.render(verification(HOSTILE, HOSTILE), other, Optional.empty(), ID);
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        .doesNotContain("\u001b")
        .doesNotContain("http://", "https://")
        .contains("<style>")
        .startsWith("<!DOCTYPE html>");
  }

  @Test
  void html_languageViewportAndContentsLinksWithTargets() {
    String html =
        HtmlReport.render(
            seedVerification, seed, Optional.of(AchievementChart.of(seed, evaluation(seed))), ID);
    assertThat(html).contains("<html lang=\"id\">").contains("name=\"viewport\"");
    String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
    Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(nav);
    int links = 0;
    while (m.find()) {
      assertThat(html).contains("id=\"" + m.group(1) + "\"");
      links++;
    }
    long tables =
        seedVerification.figures().stream().map(f -> f.published().table()).distinct().count();
    assertThat(links).isEqualTo(tables + 3); // summary, chart, every table, findings
    assertThat(HtmlReport.render(seedVerification, seed, Optional.empty(), EN))
        .contains("<html lang=\"en\">");
  }

  @Test
  void html_statusIsTextAndIconNotOnlyColour() {
    String html = HtmlReport.render(verification("Dinas", "x"), other, Optional.empty(), ID);
    assertThat(html)
        .contains(">\u2717 Tidak sesuai<")
        .contains(">\u2713 Sesuai<")
        .contains(">? Tidak dapat dihitung ulang<");
    // every body cell carries its column name, for the card layout of narrow screens
    Matcher m = Pattern.compile("<td(?![^>]*data-label)").matcher(html);
    assertThat(m.find()).isFalse();
  }

  @Test
  void html_chart_oneDistinctColourPerBand_andPrintedAgainstRecomputed() {
    AchievementChart chart =
        new AchievementChart(
            "akip",
            ImmutableList.of("Memuaskan", "Sangat Baik", "Baik"),
            ImmutableList.of(
                new AchievementChart.Bar(
                    "IKU1",
                    HOSTILE,
                    Optional.of(new BigDecimal("97.50")),
                    "Memuaskan",
                    Optional.of(new BigDecimal("97.50")),
                    Optional.of("Memuaskan")),
                new AchievementChart.Bar(
                    "IKU2",
                    "b",
                    Optional.of(new BigDecimal("80.10")),
                    "Sangat Baik",
                    Optional.of(new BigDecimal("82.58")),
                    Optional.of("Memuaskan")),
                new AchievementChart.Bar(
                    "IKU3",
                    "c",
                    Optional.of(new BigDecimal("153.84")),
                    "UNCOVERED",
                    Optional.empty(),
                    Optional.empty()),
                new AchievementChart.Bar(
                    "IKU4",
                    "d",
                    Optional.empty(),
                    "NOT GRADED",
                    Optional.empty(),
                    Optional.empty())));
    String html = HtmlReport.render(verification("Dinas", "x"), other, Optional.of(chart), ID);
    String section = html.substring(html.indexOf("<section id=\"chart\""));
    section = section.substring(0, section.indexOf("</section>"));
    Matcher colours = Pattern.compile("background:(#[0-9a-f]{6})").matcher(section);
    Set<String> bandColours = new java.util.LinkedHashSet<>();
    while (colours.find()) {
      bandColours.add(colours.group(1));
    }
    // three bands and one grey for "no band" (UNCOVERED and NOT GRADED): four distinct colours
    assertThat(bandColours).hasSize(4);
    assertThat(section)
        .contains("97,50 \u00b7 Memuaskan")
        .contains("153,84 \u00b7 Di luar skala")
        .contains("tidak dihitung \u00b7 Tidak dinilai")
        // IKU2: recomputed Sangat Baik, printed Memuaskan: marked as differing
        .contains(
            "80,10 \u00b7 Sangat Baik \u00b7 <span class=\"differs\">\u2717 terbit: Memuaskan</span>")
        // the axis runs to 160, the first multiple of 20 at or above 153.84
        .contains("left:62.5%"); // the 100 line: 100 / 160
    assertThat(countOf(section, "class=\"mark\"")).isEqualTo(2);
  }

  // ---- Markdown -----------------------------------------------------------------------------

  @Test
  void markdown_escapesPipesAndMarkup_andEveryRowHasItsTablesColumns() {
    String md = MarkdownReport.render(verification(HOSTILE, HOSTILE), other, ID);
    assertThat(md).doesNotContain("<script>").contains("\\| \\*b\\*").doesNotContain("\u001b");
    int header = -1;
    for (String l : md.lines().toList()) {
      if (!l.startsWith("|")) {
        header = -1;
        continue;
      }
      long pipes = l.replace("\\|", "").chars().filter(c -> c == '|').count();
      if (header < 0) {
        header = (int) pipes;
      }
      assertThat(pipes).as(l).isEqualTo(header);
    }
  }

  @Test
  void markdown_contentsLinksHaveAnchors() {
    String md = MarkdownReport.render(seedVerification, seed, ID);
    Matcher m = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
    int links = 0;
    while (m.find()) {
      assertThat(md).contains("<a id=\"" + m.group(1) + "\"></a>");
      links++;
    }
    assertThat(links).isGreaterThan(5);
  }

  // ---- JSON and helpers ---------------------------------------------------------------------

  @Test
  void json_isDeterministicAndWritesDecimalsAsPlainStrings() {
    Verification v = verification("Dinas", "x");
    String json = VerificationJson.render(v, Optional.empty());
    assertThat(VerificationJson.render(v, Optional.empty())).isEqualTo(json);
    assertThat(json)
        .contains("\"recomputed\": \"3308936254.5\"")
        .contains("\"passed\": false")
        .doesNotContain("generated")
        .endsWith("}\n");
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

  private static org.lkjip.evaluation.Evaluation evaluation(Report r) {
    return new org.lkjip.evaluation.Evaluator(FormulaRegistry.standard())
        .evaluate(r, RuleSets.seedTebingTinggi2022(), "x");
  }

  private static int indexOfFirst(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static int countOf(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
