package org.lkjip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.budget.AllocationIssue;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.ScaleFinding;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.Status;

/**
 * Golden tests: the seed rule set applied to the seed report built in code reproduces the figures
 * the report prints, where they follow from its data. Expected values are the printed figures.
 */
class SeedEvaluationTests {
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());
  private static final Evaluation SEED =
      EVALUATOR.evaluate(SeedFixture.report(), RuleSets.seedTebingTinggi2022(), "abc123");

  /** Tabel 5 / Tabel 9 "Realisasi" 2022, truncated to 2 decimals. */
  private static final Map<String, String> VALUES_2022 =
      Map.of(
          "IKU1", "34.28",
          "IKU2", "92.63",
          "IKU3", "69.20",
          "IKU4", "33.70",
          "IKU5", "70.20",
          "IKU6", "70.20");

  /** Tabel 9 "Tingkat Kemajuan" (value / plan end target × 100). */
  private static final Map<String, String> TABEL_9 =
      Map.of(
          "IKU1", "52.73",
          "IKU2", "97.50",
          "IKU3", "72.84",
          "IKU4", "74.88",
          "IKU5", "82.58",
          "IKU6", "82.58");

  /** Tabel 12 "% Capaian" of the 18 sub-activities ("0%" and "100%" printed without decimals). */
  private static final Map<String, String> TABEL_12_LINES =
      Map.ofEntries(
          Map.entry("1.a.1", "96.61"),
          Map.entry("1.b.1", "99.97"),
          Map.entry("1.b.2", "99.82"),
          Map.entry("1.b.3", "94.31"),
          Map.entry("1.b.4", "99.51"),
          Map.entry("1.c.1", "99.05"),
          Map.entry("1.c.2", "0.00"),
          Map.entry("1.d.1", "59.21"),
          Map.entry("1.d.2", "99.46"),
          Map.entry("1.e.1", "99.95"),
          Map.entry("1.e.2", "98.80"),
          Map.entry("1.e.3", "99.81"),
          Map.entry("2.a.1", "69.08"),
          Map.entry("3.a.1", "100.00"),
          Map.entry("3.b.1", "53.30"),
          Map.entry("3.b.2", "81.34"),
          Map.entry("4.a.1", "97.70"),
          Map.entry("4.a.2", "97.39"));

  /** Tabel 14 "Tingkat Efisiensi" of the lines whose printed figure follows from the data. */
  private static final Map<String, String> TABEL_14 =
      Map.ofEntries(
          Map.entry("1.a.1", "3.39"),
          Map.entry("1.b.1", "0.03"),
          Map.entry("1.b.2", "0.18"),
          Map.entry("1.b.3", "5.69"),
          Map.entry("1.b.4", "0.49"),
          Map.entry("1.c.1", "0.95"),
          Map.entry("1.c.2", "0.00"),
          Map.entry("1.d.1", "40.79"),
          Map.entry("1.d.2", "0.54"),
          Map.entry("1.e.1", "0.05"),
          Map.entry("1.e.2", "1.20"),
          Map.entry("1.e.3", "0.19"),
          Map.entry("2.a.1", "30.92"),
          Map.entry("3.b.1", "46.70"),
          Map.entry("3.b.2", "18.66"),
          Map.entry("4.a.1", "2.30"),
          Map.entry("4.a.2", "2.61"));

  private static IndicatorYear fiscal(String indicatorId) {
    return SEED.indicator(indicatorId).orElseThrow().year(SeedFixture.YEAR).orElseThrow();
  }

  private static void assertValue(Figure f, String expected) {
    assertThat(f.status()).as("%s: %s", f.rule(), f.reason().orElse("")).isEqualTo(Status.COMPUTED);
    assertThat(f.valueOrThrow()).as(f.rule()).isEqualByComparingTo(expected);
  }

  @Test
  void evaluate_seed_recordsRuleSetAndHash() {
    assertThat(SEED.ruleSetId()).isEqualTo("seed-tebing-tinggi-2022");
    assertThat(SEED.ruleSetVersion()).isEqualTo(1);
    assertThat(SEED.inputHash()).contains("abc123");
    assertThat(SEED.alignmentId()).contains(SeedFixture.TABEL_13);
    assertThat(SEED.notes()).isEmpty();
  }

  @Test
  void evaluate_seed_indicatorValuesAreTruncatedAsPrinted() {
    VALUES_2022.forEach((id, printed) -> assertValue(fiscal(id).value(), printed));
  }

  @Test
  void evaluate_seed_reproducesTabel9PlanProgressAndAchievement() {
    TABEL_9.forEach(
        (id, printed) -> {
          assertValue(fiscal(id).planProgress(), printed);
          assertValue(fiscal(id).achievement(), printed);
        });
  }

  @Test
  void evaluate_seed_achievementIsFromTheTruncatedValue() {
    Figure a = fiscal("IKU1").achievement();
    assertThat(a.inputs().get("actual")).isEqualByComparingTo("34.28");
    assertThat(a.unrounded().orElseThrow())
        .isEqualByComparingTo(
            new BigDecimal("3428")
                .divide(new BigDecimal("65"), org.lkjip.formulas.Rounding.WORKING_PRECISION));
    assertThat(a.rule()).isEqualTo("achievement:positive");
  }

  @Test
  void evaluate_seed2021_usesPublishedActualWhenRawInputsAreMissing() {
    IndicatorYear y = SEED.indicator("IKU1").orElseThrow().year(2021).orElseThrow();
    assertThat(y.value().status()).isEqualTo(Status.MISSING_INPUT);
    assertValue(y.achievement(), "71.41");
    assertThat(y.achievement().reason())
        .contains("computed from the published actual 42.85 (Tabel 8)");
    // Tabel 8 prints 111,11 % for 2021: 100 / 90 truncated.
    assertValue(
        SEED.indicator("IKU2").orElseThrow().year(2021).orElseThrow().achievement(), "111.11");
  }

  @Test
  void evaluate_seed2021_withoutPublishedFallback_isMissingInput() {
    RuleSet noFallback =
        ImmutableRuleSet.copyOf(RuleSets.seedTebingTinggi2022())
            .withUsePublishedActualWhenMissing(false);
    Evaluation e = EVALUATOR.evaluate(SeedFixture.report(), noFallback);
    Figure a = e.indicator("IKU1").orElseThrow().year(2021).orElseThrow().achievement();
    assertThat(a.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(a.reason().orElseThrow()).contains("IKU1").contains("2021");
  }

  @Test
  void evaluate_seed2020_targetNotApplicable() {
    IndicatorYear y = SEED.indicator("IKU3").orElseThrow().year(2020).orElseThrow();
    assertThat(y.achievement().status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(y.achievement().reason()).contains("the target is N/A");
    assertThat(y.grade().outcome()).isEqualTo(Grade.Outcome.NOT_GRADED);
  }

  @Test
  void evaluate_seed_standardComparisonIsNotApplicableForNihil() {
    for (String id : VALUES_2022.keySet()) {
      Figure f = fiscal(id).standardComparison();
      assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(f.reason()).contains("no national standard (Nihil)");
    }
  }

  @Test
  void evaluate_seed_gradesOnThePrintedScaleWithoutGuessing() {
    assertThat(fiscal("IKU1").grade().label()).contains("Cukup Baik");
    assertThat(fiscal("IKU2").grade().label()).contains("Memuaskan");
    // The report prints "Sangat Baik" for 72,84: the printed scale says Baik (65–75).
    assertThat(fiscal("IKU3").grade().label()).contains("Baik");
    assertThat(fiscal("IKU5").grade().label()).contains("Memuaskan");
  }

  @Test
  void evaluate_seed_reproducesTabel12LinePercentages() {
    assertThat(TABEL_12_LINES).hasSize(18);
    TABEL_12_LINES.forEach(
        (id, printed) -> assertValue(SEED.line(id).orElseThrow().absorption(), printed));
  }

  @Test
  void evaluate_seed_programTotalsAreSumsOfTheirLines() {
    assertValue(SEED.line("1").orElseThrow().budget(), "3308936254");
    assertValue(SEED.line("1").orElseThrow().spending(), "3175656846");
    assertValue(SEED.line("1").orElseThrow().absorption(), "95.97");
    assertValue(SEED.line("2").orElseThrow().absorption(), "69.08");
    assertValue(SEED.line("3").orElseThrow().budget(), "358256200");
    assertValue(SEED.line("3").orElseThrow().spending(), "239841000");
    assertValue(SEED.line("3").orElseThrow().absorption(), "66.95");
    assertValue(SEED.line("4").orElseThrow().budget(), "252102700");
    assertValue(SEED.line("4").orElseThrow().absorption(), "97.42");
  }

  @Test
  void evaluate_seed_reproducesTabel13EfficiencyOfS1ToS4() {
    assertValue(SEED.objective("S1").orElseThrow().efficiency(), "-87.42");
    assertValue(SEED.objective("S2").orElseThrow().efficiency(), "1.90");
    assertValue(SEED.objective("S3").orElseThrow().efficiency(), "14.48");
    assertValue(SEED.objective("S4").orElseThrow().efficiency(), "-33.53");
  }

  @Test
  void evaluate_seed_tabel13BudgetsFollowFromTheAlignment() {
    assertValue(SEED.objective("S1").orElseThrow().budget(), "207673476");
    // The report prints 205.267.250; its lines sum to 205.264.593.
    assertValue(SEED.objective("S1").orElseThrow().spending(), "205264593");
    assertValue(SEED.objective("S1").orElseThrow().absorption(), "98.84");
    assertValue(SEED.objective("S2").orElseThrow().budget(), "3115882778");
    assertValue(SEED.objective("S2").orElseThrow().spending(), "2980492253");
    assertValue(SEED.objective("S2").orElseThrow().absorption(), "95.65");
    assertValue(SEED.objective("S3").orElseThrow().budget(), "314080000");
    assertValue(SEED.objective("S3").orElseThrow().absorption(), "62.30");
    assertValue(SEED.objective("S4").orElseThrow().budget(), "44176200");
  }

  @Test
  void evaluate_seed_objectivesS5AndS6DoNotReproduceThePrintedEfficiency() {
    // Printed −18,63 and −18,26 do not follow from the data (a defect of the report).
    assertValue(SEED.objective("S5").orElseThrow().efficiency(), "-18.29");
    assertValue(SEED.objective("S6").orElseThrow().efficiency(), "-17.93");
  }

  @Test
  void evaluate_seed_reproducesTabel14LineEfficiency() {
    TABEL_14.forEach(
        (id, printed) -> assertValue(SEED.line(id).orElseThrow().efficiency(), printed));
    assertThat(SEED.line("1.c.2").orElseThrow().efficiency().reason())
        .contains("nothing achieved and nothing spent");
  }

  @Test
  void evaluate_seed_line3a1EfficiencyRecomputesToZeroNotThePrinted001() {
    assertValue(SEED.line("3.a.1").orElseThrow().efficiency(), "0.00");
  }

  @Test
  void evaluate_seed_rfkTotalsAreMeansOfLines() {
    assertValue(SEED.totals().meanAbsorption(), "85.85");
    assertValue(SEED.totals().meanPhysicalProgress(), "94.17");
    assertValue(SEED.totals().budget(), "3933915154");
    assertValue(SEED.totals().spending(), "3671191890");
    assertValue(SEED.totals().unspent(), "262723264");
    assertValue(SEED.totals().periodDifference(), "0");
  }

  @Test
  void evaluate_seed_quarterlySpendingAgreesWithTotals() {
    for (String id : SeedFixture.subActivityIds()) {
      assertValue(SEED.line(id).orElseThrow().periodDifference(), "0");
    }
  }

  @Test
  void evaluate_seed_scaleFindingsOfThePrintedScale() {
    assertThat(SEED.scaleFindings())
        .extracting(f -> f.kind() + " " + f.interval())
        .containsExactly(
            "UNCOVERED_BELOW [0, 30)",
            "OVERLAP {50}",
            "OVERLAP {65}",
            "OVERLAP {75}",
            "GAP (80, 81)",
            "UNCOVERED_ABOVE (100, +∞)");
    assertThat(SEED.scaleFindings())
        .filteredOn(f -> f.kind() == ScaleFinding.Kind.OVERLAP)
        .extracting(ScaleFinding::labels)
        .containsExactly(
            com.google.common.collect.ImmutableList.of("Cukup Baik", "Agak Kurang"),
            com.google.common.collect.ImmutableList.of("Baik", "Cukup Baik"),
            com.google.common.collect.ImmutableList.of("Sangat Baik", "Baik"));
  }

  @Test
  void evaluate_seed_tabel13AllocatesEveryLineOnce() {
    assertThat(SEED.allocationIssues()).isEmpty();
  }

  @Test
  void evaluate_seedWithAnalysisAlignment_reportsLinesAllocatedTwice() {
    RuleSet rs =
        ImmutableRuleSet.copyOf(RuleSets.seedTebingTinggi2022())
            .withAlignmentId(SeedFixture.TABEL_9_ANALYSIS);
    Evaluation e = EVALUATOR.evaluate(SeedFixture.report(), rs);
    assertThat(e.allocationIssues())
        .extracting(AllocationIssue::line, AllocationIssue::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "4.a.1", AllocationIssue.Kind.ALLOCATED_MORE_THAN_ONCE),
            org.assertj.core.groups.Tuple.tuple(
                "4.a.2", AllocationIssue.Kind.ALLOCATED_MORE_THAN_ONCE));
    assertThat(e.allocationIssues().get(0).objectives()).containsExactly("S5", "S6");
  }

  @Test
  void evaluate_seed_outputAchievementOfLines() {
    assertValue(SEED.line("1.c.2").orElseThrow().outputAchievement(), "0");
    assertValue(SEED.line("1.a.1").orElseThrow().outputAchievement(), "100");
  }

  @Test
  void evaluate_alignmentLeavingLinesOut_reportsThemNotAllocated() {
    org.lkjip.model.Report partial =
        org.lkjip.model.ImmutableReport.copyOf(SeedFixture.report())
            .withAlignments(
                org.lkjip.model.ImmutableAlignment.builder()
                    .id("partial")
                    .addLinks(
                        org.lkjip.model.ImmutableAlignmentLink.builder()
                            .objective("S1")
                            .line("1")
                            .build())
                    .build());
    Evaluation e = EVALUATOR.evaluate(partial, RuleSets.seedTebingTinggi2022());
    assertThat(e.allocationIssues())
        .extracting(AllocationIssue::line)
        .containsExactly("2.a.1", "3.a.1", "3.b.1", "3.b.2", "4.a.1", "4.a.2");
    assertThat(e.allocationIssues())
        .allSatisfy(i -> assertThat(i.kind()).isEqualTo(AllocationIssue.Kind.NOT_ALLOCATED));
    assertThat(e.objective("S1").orElseThrow().budget().valueOrThrow())
        .isEqualByComparingTo("3308936254");
    assertThat(e.objective("S2").orElseThrow().budget().status()).isEqualTo(Status.NOT_APPLICABLE);
  }
}
