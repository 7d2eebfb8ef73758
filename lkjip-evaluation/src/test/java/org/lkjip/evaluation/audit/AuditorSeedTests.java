package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * The auditor on the seed report (examples/data/tebing-tinggi-2022.json) under the seed rule set:
 * every published figure is reconciled, mismatches occur only at the report's known defects, and
 * every known defect is found by a general check.
 */
class AuditorSeedTests {
  private static final Report REPORT = SeedReport.report();
  private static final Verification V =
      new Auditor(FormulaRegistry.standard())
          .verify(REPORT, RuleSets.seedTebingTinggi2022(), Optional.of("abc123"));

  // ------------------------------------------------------------------ reconciliation

  @Test
  void verify_seed_everyPublishedFigureHasAStatusInReportOrder() {
    assertThat(REPORT.published()).hasSize(623);
    assertThat(V.figures()).hasSize(623);
    for (int i = 0; i < REPORT.published().size(); i++) {
      assertThat(V.figures().get(i).published()).isSameAs(REPORT.published().get(i));
    }
    assertThat(V.countsByStatus().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(623);
  }

  @Test
  void verify_seed_recordsReportAndRuleSet() {
    assertThat(V.agency()).isEqualTo("Dinas Ketenagakerjaan dan Perindustrian");
    assertThat(V.region()).contains("Kota Tebing Tinggi");
    assertThat(V.fiscalYear()).isEqualTo(2022);
    assertThat(V.ruleSetId()).isEqualTo(RuleSets.SEED_TEBING_TINGGI_2022);
    assertThat(V.ruleSetVersion()).isEqualTo("1");
    assertThat(V.inputHash()).contains("abc123");
    assertThat(V.passed()).isFalse();
  }

  /**
   * The seed's known defects that are printed figures: grades against the stated scale (Tabel 5
   * rows 3–6), the Tabel 9b S1 achievement 153,84, the 0 printed for 4.a.2 in Tabel 9b row 5 (the
   * S5 row where the two alignments disagree), the Tabel 12 program 4 and Tabel 13 S1 spending, the
   * Tabel 13 S5/S6 efficiency computed from the value printed as 70, and the RFK TOTAL budget,
   * spending and the absorption computed from them.
   */
  private static final List<String> KNOWN_DEFECTS =
      List.of(
          "Tabel 5|3|GRADE|IKU3",
          "Tabel 5|4|GRADE|IKU4",
          "Tabel 5|5|GRADE|IKU5",
          "Tabel 5|6|GRADE|IKU6",
          "Tabel 8|3|ACHIEVEMENT|IKU3",
          "Tabel 9b|1|ACHIEVEMENT|S1",
          "Tabel 9b|5|OUTPUT_ACHIEVEMENT|4.a.2",
          "Tabel 12|4|SPENDING|4",
          "Tabel 13|1|SPENDING|S1",
          "Tabel 13|3|EFFICIENCY|S5",
          "Tabel 13|3|EFFICIENCY|S6",
          "Tabel 14|3.a.1|EFFICIENCY|3.a.1",
          "Lampiran RFK|TOTAL|BUDGET|-",
          "Lampiran RFK|TOTAL|SPENDING|-",
          "Lampiran RFK|TOTAL|ABSORPTION|-");

  @Test
  void verify_seed_mismatchesOnlyAtKnownDefects() {
    List<String> mismatches =
        V.figures().stream()
            .filter(r -> r.status() == ReconciliationStatus.MISMATCH)
            .map(r -> key(r.published()))
            .toList();
    assertThat(mismatches).containsExactlyInAnyOrderElementsOf(KNOWN_DEFECTS);
  }

  @Test
  void verify_seed_everyMismatchHasACause() {
    assertThat(V.figures())
        .filteredOn(r -> r.status() == ReconciliationStatus.MISMATCH)
        .allSatisfy(r -> assertThat(r.cause()).isPresent());
    assertThat(V.figures())
        .filteredOn(
            r -> r.status() == ReconciliationStatus.MISMATCH && r.published().value().isPresent())
        .allSatisfy(
            r ->
                assertThat(r.difference().orElseThrow())
                    .isEqualByComparingTo(
                        r.published().value().get().subtract(r.recomputed().orElseThrow())));
  }

  @Test
  void verify_seedProgramSpending_mismatchCitesTheChecks() {
    FigureReconciliation r = figure("Tabel 12", "4", Measure.SPENDING, "4");
    assertThat(r.recomputed().orElseThrow()).isEqualByComparingTo("245594044");
    assertThat(r.difference().orElseThrow()).isEqualByComparingTo("360");
    assertThat(r.cause().orElseThrow())
        .contains("[total-not-sum-of-lines]")
        .contains("[inconsistent-across-tables]");
  }

  @Test
  void verify_seedValuePrintedWithoutDecimals_matchesAtPrintedPrecision() {
    // 238 / 339 = 70.206..., truncated 70.20; Tabel 9 prints "70%"
    FigureReconciliation r = figure("Tabel 9", "5", Measure.INDICATOR_VALUE, "IKU5");
    assertThat(r.status()).isEqualTo(ReconciliationStatus.MATCH);
    assertThat(r.recomputed().orElseThrow()).isEqualByComparingTo("70.20");
    assertThat(r.cause()).contains("printed with 0 decimals");
    // 44,176,000 / 44,176,200 = 99.99955 → "100%"
    FigureReconciliation a = figure("Tabel 12", "3.a.1", Measure.ABSORPTION, "3.a.1");
    assertThat(a.status()).isEqualTo(ReconciliationStatus.MATCH);
    assertThat(a.cause()).contains("printed with 0 decimals");
  }

  @Test
  void verify_seedOtherRoundings_areNamed() {
    // 34,28 / 65 = 52.738...: the rule set truncates (52,73), Tabel 5 prints 52,74
    FigureReconciliation iku1 = figure("Tabel 5", "1", Measure.ACHIEVEMENT, "IKU1");
    assertThat(iku1.status()).isEqualTo(ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING);
    assertThat(iku1.alternativeRounding()).contains("half-up-2");
    assertThat(iku1.recomputed().orElseThrow()).isEqualByComparingTo("52.73");
    // 99.99955 truncated: Tabel 13 prints 99,99 where the rule set rounds half-up (100,00)
    FigureReconciliation s4 = figure("Tabel 13", "2", Measure.ABSORPTION, "S4");
    assertThat(s4.status()).isEqualTo(ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING);
    assertThat(s4.alternativeRounding()).contains("down-2");
  }

  @Test
  void verify_seedAbsences_matchOrReadAsZero() {
    FigureReconciliation nihil = figure("Tabel 10", "1", Measure.STANDARD_COMPARISON, "IKU1");
    assertThat(nihil.status()).isEqualTo(ReconciliationStatus.MATCH);
    FigureReconciliation na = figure("Tabel 1", "1", Measure.TARGET, "IKU1", 2020);
    assertThat(na.status()).isEqualTo(ReconciliationStatus.MATCH);
    // RFK quarter IV of 4.a.1 printed "Rp -": nothing spent
    FigureReconciliation dash =
        V.figures().stream()
            .filter(
                r ->
                    r.published().measure() == Measure.PERIOD_SPENDING
                        && r.published().subject().equals(Optional.of("4.a.1"))
                        && r.published().fromQuarter().equals(Optional.of(4)))
            .findFirst()
            .orElseThrow();
    assertThat(dash.status()).isEqualTo(ReconciliationStatus.MATCH);
    assertThat(dash.cause()).contains("'Rp -' read as zero");
  }

  @Test
  void verify_seedGrade_namesTheScaleThatGivesThePrintedGrade() {
    FigureReconciliation r = figure("Tabel 5", "5", Measure.GRADE, "IKU5");
    assertThat(r.recomputedText()).contains("Memuaskan");
    assertThat(r.cause().orElseThrow()).contains("matches scale 'akip'");
    assertThat(figure("Tabel 5", "2", Measure.GRADE, "IKU2").status())
        .isEqualTo(ReconciliationStatus.MATCH);
  }

  @Test
  void verify_seedValuesWithoutRawData_areNotRecomputable() {
    FigureReconciliation r = figure("Tabel 8", "3", Measure.INDICATOR_VALUE, "IKU3", 2021);
    assertThat(r.status()).isEqualTo(ReconciliationStatus.NOT_RECOMPUTABLE);
    assertThat(r.cause().orElseThrow()).contains("missing");
  }

  // ------------------------------------------------------------------ findings

  @Test
  void verify_seed_findsRfkTotalsNotSumOfLines() {
    assertThat(
            find(
                "total-not-sum-of-lines",
                f ->
                    f.table().equals(Optional.of("Lampiran RFK"))
                        && f.row().equals(Optional.of("TOTAL"))))
        .anySatisfy(
            f -> assertThat(f.message()).contains("Rp 4,544,274,054").contains("3.933.915.154"))
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("Rp4,156,626,934")
                    .contains("sub-activities sum to 3.671.191.890"))
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("Rp4,156,626,934")
                    .contains("quarters printed in the same row sum to 3.671.191.890"));
  }

  @Test
  void verify_seed_findsGroupSpendingNotSumOfLines() {
    assertThat(find("total-not-sum-of-lines", at("Tabel 12", "4", "4")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(facts(f))
                  .containsEntry(Fact.PRINTED, "245594404")
                  .containsEntry(Fact.EXPECTED, "245594044")
                  .containsEntry(Fact.DIFFERENCE, "360");
              assertThat(f.message()).contains("245.594.404").contains("difference 360");
            });
    assertThat(find("total-not-sum-of-lines", at("Tabel 13", "1", "S1")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("205.267.250").contains("205.264.593"));
  }

  @Test
  void verify_seed_findsDuplicateCodes() {
    List<Finding> found = find("duplicate-code", f -> true);
    assertThat(found)
        .extracting(f -> f.row().orElseThrow())
        .containsExactlyInAnyOrder("2.07.05.2.01", "2.07.05.2.01.03", "3.31.02.2.01.05");
    assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(find("duplicate-code", f -> f.row().equals(Optional.of("2.07.05.2.01.03"))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(facts(f))
                    .containsEntry("code", "2.07.05.2.01.03")
                    .containsEntry("lineCount", "3")
                    .containsEntry("lines", "3.a.1; 3.b.1; 3.b.2"));
  }

  @Test
  void verify_seed_findsGradesThatContradictTheStatedScale() {
    for (String iku : List.of("IKU3", "IKU4")) {
      assertThat(find("grade-contradicts-scale", at("Tabel 5", null, iku)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(facts(f))
                    .containsEntry(Fact.PRINTED, "Sangat Baik")
                    .containsEntry(Fact.EXPECTED, "Baik")
                    .containsEntry(Fact.SCALE, "tebing-tinggi-2022-printed");
                assertThat(f.message()).contains("'Sangat Baik'").contains("gives 'Baik'");
              });
    }
    for (String iku : List.of("IKU5", "IKU6")) {
      assertThat(find("grade-contradicts-scale", at("Tabel 5", null, iku)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(facts(f))
                    .containsEntry(Fact.EXPECTED, "Memuaskan")
                    .containsEntry("scalesGivingPrinted", "akip");
                assertThat(f.message()).contains("scale 'akip' would give 'Sangat Baik'");
              });
    }
    assertThat(find("grade-contradicts-scale", f -> true)).hasSize(4);
  }

  @Test
  void verify_seed_findsTheScaleGapAndOverlaps() {
    List<Finding> scale =
        find(
            "scale-gaps-overlaps",
            f -> f.subject().equals(Optional.of("tebing-tinggi-2022-printed")));
    assertThat(scale).anySatisfy(f -> assertThat(f.message()).contains("(80, 81)").contains("gap"));
    for (String point : List.of("{75}", "{65}", "{50}")) {
      assertThat(scale)
          .anySatisfy(f -> assertThat(f.message()).contains(point).contains("several bands"));
    }
  }

  @Test
  void verify_seed_findsAchievementPrintedDifferently() {
    // 52,74 in Tabel 5/8/11/13 against 52,73 (Tabel 9's progress against the same target)
    for (String table : List.of("Tabel 5", "Tabel 8", "Tabel 11", "Tabel 13")) {
      assertThat(find("inconsistent-across-tables", at(table, "1", "IKU1")))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(facts(f))
                    .containsEntry(Fact.PRINTED, "52.74")
                    .containsEntry("printedElsewhere", "52.73");
                assertThat(f.fact("placesElsewhere").orElseThrow().value()).contains("Tabel 9");
              });
    }
    assertThat(find("inconsistent-across-tables", at("Tabel 9b", "1", "S1")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("153,84%").contains("52,73"));
  }

  @Test
  void verify_seed_findsValuePrintedWithDifferentPrecision() {
    for (String iku : List.of("IKU5", "IKU6")) {
      assertThat(find("inconsistent-across-tables", at("Tabel 9", null, iku)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message())
                    .contains("printed with different precision")
                    .contains("70%")
                    .contains("70,20%");
              });
    }
  }

  @Test
  void verify_seed_findsMixedRounding() {
    assertThat(find("mixed-rounding", at("Tabel 13", "2", "S4")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(facts(f)).containsEntry("alternativeRounding", "down-2");
              assertThat(f.message()).contains("99,99");
            });
  }

  @Test
  void verify_seedFiguresOnlyRoundingUpReproduces_areMismatches() {
    // 67,88 / 90 = 75,422..: 75,42 by truncation and by half-up; the report prints 75,43.
    FigureReconciliation iku3 = figure("Tabel 8", "3", Measure.ACHIEVEMENT, "IKU3", 2021);
    assertThat(iku3.status()).isEqualTo(ReconciliationStatus.MISMATCH);
    assertThat(iku3.difference().orElseThrow()).isEqualByComparingTo("0.01");
    // 100 - 44.176.000 / 44.176.200 x 100 = 0,00045..: 0,00 by either rounding; printed 0,01.
    FigureReconciliation line = figure("Tabel 14", "3.a.1", Measure.EFFICIENCY, "3.a.1");
    assertThat(line.status()).isEqualTo(ReconciliationStatus.MISMATCH);
    assertThat(line.difference().orElseThrow()).isEqualByComparingTo("0.01");
  }

  @Test
  void verify_seed_findsEfficiencyComputedFromThePrintedValue() {
    assertThat(find("computed-from-printed-value", at("Tabel 13", "3", "S5")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(facts(f))
                    .containsEntry(Fact.PRINTED, "-18.63")
                    .containsEntry("fromPrintedValues", "-18.63")
                    .containsEntry(Fact.RECOMPUTED, "-18.29"));
    assertThat(find("computed-from-printed-value", at("Tabel 13", "3", "S6")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("-18,26").contains("-17,93"));
  }

  @Test
  void verify_seed_findsReusedDataAndDisagreeingAlignments() {
    assertThat(find("dataset-reused", f -> f.subject().equals(Optional.of("IKU5"))))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("IKU5 and IKU6 use identical data"));
    assertThat(find("allocation", f -> f.subject().equals(Optional.of("S5"))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(facts(f))
                    .containsEntry("alignment", "alignment-tabel-9b")
                    .containsEntry("otherAlignment", "alignment-tabel-13")
                    .containsEntry("lines", "4.a.2")
                    .containsEntry("otherLines", "4.a.1"));
  }

  @Test
  void verify_seed_findsNoDatasetOrQuarterDefects() {
    // the seed's data sets add up and every line's quarters sum to its spending
    assertThat(find("dataset-total", f -> true)).isEmpty();
    assertThat(find("quarters-not-sum", f -> true)).isEmpty();
  }

  @Test
  void verify_seed_everyFindingCarriesItsFacts() {
    FactInvariants.check(V);
    // every check that fires on the seed says what it compared, as data
    assertThat(V.findings())
        .filteredOn(f -> f.check().equals("row-arithmetic") || f.check().startsWith("total-"))
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.fact(Fact.EXPECTED)).isPresent();
              assertThat(f.fact(Fact.PRINTED).flatMap(Fact::number)).isPresent();
            });
  }

  @Test
  void verify_seed_findingsAreSortedAndDeterministic() {
    assertThat(V.findings()).isSortedAccordingTo(Auditor.FINDING_ORDER);
    Verification again =
        new Auditor(FormulaRegistry.standard())
            .verify(REPORT, RuleSets.seedTebingTinggi2022(), Optional.of("abc123"));
    assertThat(again).isEqualTo(V);
  }

  // ------------------------------------------------------------------ helpers

  private static String key(PublishedFigure p) {
    return p.table() + "|" + p.row() + "|" + p.measure() + "|" + p.subject().orElse("-");
  }

  private static FigureReconciliation figure(
      String table, String row, Measure measure, String subject) {
    return figure(table, row, measure, subject, 2022);
  }

  private static FigureReconciliation figure(
      String table, String row, Measure measure, String subject, int year) {
    return V.figures().stream()
        .filter(
            r -> {
              PublishedFigure p = r.published();
              return p.table().equals(table)
                  && p.row().equals(row)
                  && p.measure() == measure
                  && p.subject().equals(Optional.of(subject))
                  && p.year().orElse(2022) == year;
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + table + " " + row + " " + subject));
  }

  private static List<Finding> find(String check, Predicate<Finding> where) {
    return V.findings().stream().filter(f -> f.check().equals(check)).filter(where).toList();
  }

  private static Predicate<Finding> at(String table, @Nullable String row, String subject) {
    return f ->
        f.table().equals(Optional.of(table))
            && (row == null || f.row().equals(Optional.of(row)))
            && f.subject().equals(Optional.of(subject));
  }

  /** The facts of a finding as key → value, in order. */
  private static java.util.Map<String, String> facts(Finding f) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    f.facts().forEach(x -> out.put(x.key(), x.value()));
    return out;
  }
}
