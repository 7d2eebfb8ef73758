package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.ReportEdits;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Cell;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.ImmutableDataset;
import org.lkjip.model.ImmutableDatasetRow;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Observation;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * Copies of the seed report with one planted defect: each is found by its general check, at the
 * place of the defect, and was not found in the unchanged seed.
 */
class AuditorMutationTests {
  private static final Report SEED = SeedReport.report();
  private static final Auditor AUDITOR = new Auditor(FormulaRegistry.standard());
  private static final Verification ORIGINAL = verify(SEED);

  @Test
  void verify_changedSubActivityBudget_totalsOfItsProgramAndActivityAreNotSums() {
    // 2.a.1 is the only line of program 2 and activity 2.a, whose budgets Tabel 4/12/14 print
    Report mutated =
        withSubActivity(
            SEED,
            "2.a.1",
            s -> ImmutableSubActivity.copyOf(s).withBudget(new BigDecimal("15000000")));
    Verification v = verify(mutated);
    for (String group : List.of("2", "2.a")) {
      Predicate<Finding> atGroup =
          f ->
              f.subject().equals(Optional.of(group))
                  && f.message().contains("as the budget of " + group);
      assertThat(find(ORIGINAL, "total-not-sum-of-lines", atGroup)).isEmpty();
      assertThat(find(v, "total-not-sum-of-lines", atGroup))
          .isNotEmpty()
          .allSatisfy(
              f ->
                  assertThat(f.message())
                      .contains("sum to 15.000.000")
                      .contains("difference -380.000"));
    }
    assertThat(v.passed()).isFalse();
  }

  @Test
  void verify_swappedGrade_gradeContradictsScale() {
    Predicate<PublishedFigure> iku2Grade =
        p -> p.table().equals("Tabel 5") && p.measure() == Measure.GRADE && p.row().equals("2");
    Report mutated =
        withPublished(
            SEED, iku2Grade, p -> ImmutablePublishedFigure.copyOf(p).withPrinted("Cukup Baik"));
    Verification v = verify(mutated);
    Predicate<Finding> atRow =
        f -> f.table().equals(Optional.of("Tabel 5")) && f.row().equals(Optional.of("2"));
    assertThat(find(ORIGINAL, "grade-contradicts-scale", atRow)).isEmpty();
    assertThat(find(v, "grade-contradicts-scale", atRow))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).contains("IKU2");
              assertThat(f.message()).contains("'Cukup Baik'").contains("gives 'Memuaskan'");
            });
    FigureReconciliation r =
        v.figures().stream().filter(x -> iku2Grade.test(x.published())).findFirst().orElseThrow();
    assertThat(r.status()).isEqualTo(ReconciliationStatus.MISMATCH);
    assertThat(r.cause().orElseThrow()).contains("[grade-contradicts-scale]");
  }

  @Test
  void verify_duplicatedCode_duplicateCode() {
    Report mutated =
        withSubActivity(
            SEED, "1.b.2", s -> ImmutableSubActivity.copyOf(s).withCode("2.07.01.2.06.01"));
    Verification v = verify(mutated);
    Predicate<Finding> code = f -> f.row().equals(Optional.of("2.07.01.2.06.01"));
    assertThat(find(ORIGINAL, "duplicate-code", code)).isEmpty();
    assertThat(find(v, "duplicate-code", code))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.subject()).contains("1.b.1");
              assertThat(f.message()).contains("1.b.1, 1.b.2");
            });
  }

  @Test
  void verify_changedDatasetCell_datasetTotal() {
    // placements-2022, row "SMA", column "Laki-laki": 19 → 21; the printed total stays 78
    Report mutated =
        withDataset(
            SEED,
            "placements-2022",
            d -> {
              List<DatasetRow> rows = new ArrayList<>();
              for (DatasetRow r : d.rows()) {
                if (r.label().equals("SMA")) {
                  List<Cell> cells = new ArrayList<>(r.cells());
                  cells.set(0, Cell.of(new BigDecimal("21")));
                  rows.add(ImmutableDatasetRow.copyOf(r).withCells(cells));
                } else {
                  rows.add(r);
                }
              }
              return ImmutableDataset.copyOf(d).withRows(rows);
            });
    Verification v = verify(mutated);
    Predicate<Finding> ds = f -> f.subject().equals(Optional.of("placements-2022"));
    assertThat(find(ORIGINAL, "dataset-total", ds)).isEmpty();
    assertThat(find(v, "dataset-total", ds))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.column()).contains("Laki-laki");
              assertThat(f.message()).contains("78").contains("rows sum to 80");
            });
  }

  @Test
  void verify_inputDiffersFromItsSourceCell_datasetTotal() {
    Report mutated =
        withIndicator(
            SEED,
            "IKU1",
            i -> {
              List<Observation> inputs = new ArrayList<>();
              for (Observation o : i.inputs()) {
                inputs.add(
                    o.year() == 2022
                        ? ImmutableObservation.copyOf(o).withValue(new BigDecimal("140"))
                        : o);
              }
              return ImmutableIndicator.copyOf(i).withInputs(inputs);
            });
    Verification v = verify(mutated);
    assertThat(find(v, "dataset-total", f -> f.subject().equals(Optional.of("IKU1"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("input is 140").contains("the cell holds 141");
            });
  }

  @Test
  void verify_quartersNotSummingToSpending_quartersNotSum() {
    Report mutated =
        withSubActivity(
            SEED,
            "1.a.1",
            s ->
                ImmutableSubActivity.copyOf(s)
                    .withSpendingByPeriod(
                        ImmutablePeriodSpending.builder()
                            .fromQuarter(1)
                            .toQuarter(3)
                            .amount(new BigDecimal("1981068813"))
                            .build(),
                        ImmutablePeriodSpending.builder()
                            .fromQuarter(4)
                            .toQuarter(4)
                            .amount(new BigDecimal("621143000"))
                            .build()));
    Verification v = verify(mutated);
    assertThat(find(ORIGINAL, "quarters-not-sum", f -> true)).isEmpty();
    assertThat(find(v, "quarters-not-sum", f -> true))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).contains("1.a.1");
              assertThat(f.message()).contains("difference -942");
            });
  }

  @Test
  void verify_codeOfAnotherShapeOrParent_codePattern() {
    Report mutated =
        withSubActivity(
            SEED, "1.b.3", s -> ImmutableSubActivity.copyOf(s).withCode("2.07.01.2.07.05"));
    mutated =
        withSubActivity(
            mutated, "1.b.4", s -> ImmutableSubActivity.copyOf(s).withCode("2.07.01.2.6.09"));
    Verification v = verify(mutated);
    assertThat(find(ORIGINAL, "code-pattern", f -> true)).isEmpty();
    assertThat(find(v, "code-pattern", f -> f.subject().equals(Optional.of("1.b.3"))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("does not start with its parent's code 2.07.01.2.06"));
    assertThat(find(v, "code-pattern", f -> f.subject().equals(Optional.of("1.b.4"))))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("2.07.01.2.6.09").contains("shape"));
  }

  @Test
  void verify_unspentNotBudgetMinusSpending_rowArithmetic() {
    // RFK row of 1.b.1: 7,500,000 − 7,498,000 = 2,000, printed 2,500
    Predicate<PublishedFigure> unspent =
        p ->
            p.table().equals("Lampiran RFK")
                && p.measure() == Measure.UNSPENT
                && p.subject().equals(Optional.of("1.b.1"));
    Report mutated =
        withPublished(
            SEED,
            unspent,
            p ->
                ImmutablePublishedFigure.builder()
                    .from(p)
                    .printed("Rp 2,500")
                    .value(new BigDecimal("2500"))
                    .build());
    Verification v = verify(mutated);
    Predicate<Finding> at = f -> f.subject().equals(Optional.of("1.b.1"));
    assertThat(find(ORIGINAL, "row-arithmetic", at)).isEmpty();
    assertThat(find(v, "row-arithmetic", at))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.table()).contains("Lampiran RFK");
              assertThat(f.message()).contains("Rp 2,500").contains("= 2.000");
            });
  }

  // ------------------------------------------------------------------ helpers

  private static Verification verify(Report r) {
    return FactInvariants.check(
        AUDITOR.verify(r, RuleSets.seedTebingTinggi2022(), Optional.empty()));
  }

  private static List<Finding> find(Verification v, String check, Predicate<Finding> where) {
    return v.findings().stream().filter(f -> f.check().equals(check)).filter(where).toList();
  }

  @Test
  void mixedRounding_aFigureExactUnderEveryRoundingIsNoEvidence() {
    // Tabel 13 % Capaian: S4 99,99 needs down-2 where the rule set rounds half-up; S3 and S5 are
    // the evidence for half-up (down-2 would not give them). Take them out and put in their place
    // a figure exact under every rounding (0%, a sub-activity that spent nothing): it proves
    // nothing.
    Predicate<Finding> atS4 = f -> f.subject().equals(Optional.of("S4"));
    assertThat(find(ORIGINAL, "mixed-rounding", atS4)).hasSize(1);
    PublishedFigure exact =
        SEED.published().stream()
            .filter(
                p ->
                    p.table().equals("Tabel 12")
                        && p.column().equals("% Capaian")
                        && p.printed().equals("0%"))
            .findFirst()
            .orElseThrow();
    List<PublishedFigure> published = new ArrayList<>();
    for (PublishedFigure p : SEED.published()) {
      boolean evidence =
          p.table().equals("Tabel 13")
              && p.column().equals("% Capaian")
              && (p.subject().equals(Optional.of("S3")) || p.subject().equals(Optional.of("S5")));
      if (!evidence) {
        published.add(p);
      }
    }
    published.add(ImmutablePublishedFigure.builder().from(exact).table("Tabel 13").build());
    Verification v = verify(ImmutableReport.copyOf(SEED).withPublished(published));
    assertThat(v.figures().get(v.figures().size() - 1).status())
        .isEqualTo(ReconciliationStatus.MATCH);
    assertThat(find(v, "mixed-rounding", atS4)).isEmpty();
    // the column's other finding (IKU1 by half-up among rows the rule's down-2 gives) stays
    assertThat(find(v, "mixed-rounding", f -> f.table().equals(Optional.of("Tabel 13"))))
        .isNotEmpty();
  }

  private static Report withSubActivity(Report r, String id, UnaryOperator<SubActivity> change) {
    return ReportEdits.mapSubActivities(r, s -> s.id().equals(id) ? change.apply(s) : s);
  }

  private static Report withIndicator(Report r, String id, UnaryOperator<Indicator> change) {
    return ReportEdits.mapIndicators(r, i -> i.id().equals(id) ? change.apply(i) : i);
  }

  private static Report withDataset(Report r, String id, UnaryOperator<Dataset> change) {
    List<Dataset> datasets = new ArrayList<>();
    for (Dataset d : r.datasets()) {
      datasets.add(d.id().equals(id) ? change.apply(d) : d);
    }
    return ImmutableReport.copyOf(r).withDatasets(datasets);
  }

  private static Report withPublished(
      Report r, Predicate<PublishedFigure> which, UnaryOperator<PublishedFigure> change) {
    List<PublishedFigure> published = new ArrayList<>();
    for (PublishedFigure p : r.published()) {
      published.add(which.test(p) ? change.apply(p) : p);
    }
    return ImmutableReport.copyOf(r).withPublished(published);
  }
}
