package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.Formulas;
import org.lkjip.model.Absence;
import org.lkjip.model.Bound;
import org.lkjip.model.Cell;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableCellRef;
import org.lkjip.model.ImmutableDataset;
import org.lkjip.model.ImmutableDatasetRow;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableGradingScale;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * A small report without defects, built in code, whose published figures are worked out by hand
 * under the recommended rule set (half-up to 2 decimals from unrounded inputs, efficiency =
 * achievement − absorption): it passes, every figure matches, and no check finds anything.
 */
class AuditorConsistentReportTests {
  private static final RuleSet RULES = RuleSets.recommended();
  private final List<PublishedFigure> published = new ArrayList<>();

  @Test
  void verify_consistentReport_passesWithEveryFigureMatchingAndNoFindings() {
    Verification v =
        new Auditor(FormulaRegistry.standard()).verify(report(), RULES, Optional.empty());

    assertThat(v.figures()).hasSize(published.size());
    assertThat(v.figures())
        .allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(ReconciliationStatus.MATCH));
    assertThat(v.findings()).isEmpty();
    assertThat(v.passed()).isTrue();
    assertThat(v.countsByStatus()).containsEntry(ReconciliationStatus.MATCH, published.size());
  }

  @Test
  void verify_consistentReportWithOneWrongFigure_fails() {
    Report r = report();
    List<PublishedFigure> changed = new ArrayList<>(r.published());
    PublishedFigure absorption =
        changed.stream()
            .filter(p -> p.measure() == Measure.ABSORPTION && p.subject().equals(Optional.of("1")))
            .findFirst()
            .orElseThrow();
    changed.set(
        changed.indexOf(absorption),
        ImmutablePublishedFigure.builder()
            .from(absorption)
            .printed("93,30%")
            .value(new BigDecimal("93.30"))
            .build());
    Verification v =
        new Auditor(FormulaRegistry.standard())
            .verify(ImmutableReport.copyOf(r).withPublished(changed), RULES, Optional.empty());

    assertThat(v.passed()).isFalse();
    assertThat(v.figures())
        .filteredOn(x -> x.status() == ReconciliationStatus.MISMATCH)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.recomputed().orElseThrow()).isEqualByComparingTo("93.33");
              assertThat(x.difference().orElseThrow()).isEqualByComparingTo("-0.03");
            });
  }

  /**
   * One indicator (45 of 50 certified = 90,00% against a target of 80: achievement 112,50%), one
   * program with one activity and two sub-activities (1.000.000 budget, 900.000 spent; 500.000
   * budget, all spent), all allocated to the one objective.
   */
  private Report report() {
    published.clear();
    // indicator I1
    add("Tabel 1", "1", "Target", "80%", "80", Measure.TARGET, "I1");
    add("Tabel 1", "1", "Realisasi", "90,00%", "90.00", Measure.INDICATOR_VALUE, "I1");
    add("Tabel 1", "1", "% Capaian", "112,50%", "112.50", Measure.ACHIEVEMENT, "I1");
    add("Tabel 1", "1", "Kategori", "Tinggi", null, Measure.GRADE, "I1");
    add("Tabel 2", "1", "Target Akhir", "80%", "80", Measure.PLAN_END_TARGET, "I1");
    add("Tabel 2", "1", "Tingkat Kemajuan", "112,50%", "112.50", Measure.PLAN_PROGRESS, "I1");
    published.add(
        figure("Tabel 3", "1", "Standar Nasional", "Nihil", null, Measure.NATIONAL_STANDARD, "I1")
            .absence(Absence.NIL)
            .build());
    published.add(
        figure("Tabel 3", "1", "% Capaian", "Nihil", null, Measure.STANDARD_COMPARISON, "I1")
            .absence(Absence.NIL)
            .build());
    // budget lines: 90,00% and 100,00% absorbed; together 1.400.000 / 1.500.000 = 93,33%
    line("1.a.1", "1.000.000", "900.000", "90,00%", "100.000", "10,00");
    line("1.a.2", "500.000", "500.000", "100,00%", "0", "0,00");
    add("Tabel 4", "1", "Anggaran", "1.500.000", "1500000", Measure.BUDGET, "1");
    add("Tabel 4", "1", "Realisasi", "1.400.000", "1400000", Measure.SPENDING, "1");
    add("Tabel 4", "1", "% Capaian", "93,33%", "93.33", Measure.ABSORPTION, "1");
    add("Tabel 4", "1.a", "Anggaran", "1.500.000", "1500000", Measure.BUDGET, "1.a");
    // objective O1: 112,50 − 93,333... = 19,1666... → 19,17
    add("Tabel 5", "1", "% Capaian", "112,50%", "112.50", Measure.ACHIEVEMENT, "O1");
    add("Tabel 5", "1", "Anggaran", "1.500.000", "1500000", Measure.BUDGET, "O1");
    add("Tabel 5", "1", "Realisasi", "1.400.000", "1400000", Measure.SPENDING, "O1");
    add("Tabel 5", "1", "% Penyerapan", "93,33", "93.33", Measure.ABSORPTION, "O1");
    add("Tabel 5", "1", "Efisiensi", "19,17", "19.17", Measure.EFFICIENCY, "O1");
    // RFK TOTAL row
    add("RFK", "TOTAL", "Anggaran", "1.500.000", "1500000", Measure.BUDGET, null);
    published.add(
        figure(
                "RFK",
                "TOTAL",
                "Triwulan I-III",
                "1.100.000",
                "1100000",
                Measure.PERIOD_SPENDING,
                null)
            .fromQuarter(1)
            .toQuarter(3)
            .build());
    published.add(
        figure("RFK", "TOTAL", "Triwulan IV", "300.000", "300000", Measure.PERIOD_SPENDING, null)
            .fromQuarter(4)
            .toQuarter(4)
            .build());
    add("RFK", "TOTAL", "Total Realisasi", "1.400.000", "1400000", Measure.SPENDING, null);
    add("RFK", "TOTAL", "% Keuangan", "93,33%", "93.33", Measure.ABSORPTION, null);
    add("RFK", "TOTAL", "% Bobot", "95,00%", "95.00", Measure.MEAN_ABSORPTION, null);
    add("RFK", "TOTAL", "% Fisik", "100,00%", "100.00", Measure.PHYSICAL_PROGRESS, null);
    add("RFK", "TOTAL", "Sisa", "100.000", "100000", Measure.UNSPENT, null);

    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("Dinas Contoh").region("Kota Contoh").build())
        .fiscalYear(2022)
        .statedScale(
            ImmutableGradingScale.builder()
                .id("contoh")
                .name("Skala contoh")
                .addBands(
                    ImmutableBand.builder()
                        .label("Tinggi")
                        .lower(Bound.inclusive(new BigDecimal("80")))
                        .build(),
                    ImmutableBand.builder()
                        .label("Sedang")
                        .lower(Bound.inclusive(new BigDecimal("50")))
                        .upper(Bound.exclusive(new BigDecimal("80")))
                        .build(),
                    ImmutableBand.builder()
                        .label("Rendah")
                        .lower(Bound.inclusive(BigDecimal.ZERO))
                        .upper(Bound.exclusive(new BigDecimal("50")))
                        .build())
                .build())
        .addGoals(
            ImmutableGoal.builder()
                .id("G1")
                .name("Tujuan")
                .addObjectives(
                    ImmutableObjective.builder()
                        .id("O1")
                        .name("Sasaran")
                        .addIndicators(
                            ImmutableIndicator.builder()
                                .id("I1")
                                .name("Persentase peserta bersertifikat")
                                .unit("%")
                                .formula(Formulas.CERTIFICATION_RATIO)
                                .addInputs(input("certified", "45", "Lulus"))
                                .addInputs(input("examined", "50", "Peserta"))
                                .addTargets(
                                    ImmutableTarget.builder()
                                        .year(2022)
                                        .value(new BigDecimal("80"))
                                        .build())
                                .planEndTarget(
                                    ImmutableTarget.builder()
                                        .year(2022)
                                        .value(new BigDecimal("80"))
                                        .build())
                                .nationalStandard(
                                    ImmutableTarget.builder()
                                        .absence(Absence.NIL)
                                        .printed("Nihil")
                                        .build())
                                .build())
                        .build())
                .build())
        .addPrograms(
            ImmutableProgram.builder()
                .id("1")
                .code("2.07.03")
                .name("Program")
                .addActivities(
                    ImmutableActivity.builder()
                        .id("1.a")
                        .code("2.07.03.2.01")
                        .name("Kegiatan")
                        .addSubActivities(
                            sub("1.a.1", "2.07.03.2.01.01", 1_000_000, 900_000, 600_000, 300_000),
                            sub("1.a.2", "2.07.03.2.01.02", 500_000, 500_000, 500_000, 0))
                        .build())
                .build())
        .addAlignments(
            ImmutableAlignment.builder()
                .id("cascade")
                .table("Tabel 5")
                .addLinks(ImmutableAlignmentLink.builder().objective("O1").line("1").build())
                .build())
        .addDatasets(
            ImmutableDataset.builder()
                .id("training")
                .title("Peserta uji kompetensi")
                .addColumns("Peserta", "Lulus")
                .addRows(
                    ImmutableDatasetRow.builder()
                        .label("Laki-laki")
                        .addCells(cell("30"), cell("27"))
                        .build(),
                    ImmutableDatasetRow.builder()
                        .label("Perempuan")
                        .addCells(cell("20"), cell("18"))
                        .build())
                .total(
                    ImmutableDatasetRow.builder()
                        .label("Jumlah")
                        .addCells(cell("50"), cell("45"))
                        .build())
                .build())
        .addAllPublished(published)
        .build();
  }

  private void line(
      String id, String budget, String spending, String absorption, String unspent, String eff) {
    add("Tabel 4", id, "Anggaran", budget, plain(budget), Measure.BUDGET, id);
    add("Tabel 4", id, "Realisasi", spending, plain(spending), Measure.SPENDING, id);
    add("Tabel 4", id, "% Capaian", absorption, plain(absorption), Measure.ABSORPTION, id);
    add("Tabel 4", id, "Sisa", unspent, plain(unspent), Measure.UNSPENT, id);
    add("Tabel 4", id, "Target", "4 jenis", "4", Measure.OUTPUT_TARGET, id);
    add("Tabel 4", id, "Realisasi Output", "4 jenis", "4", Measure.OUTPUT_ACTUAL, id);
    add("Tabel 4", id, "% Output", "100", "100", Measure.OUTPUT_ACHIEVEMENT, id);
    add("Tabel 4", id, "Efisiensi", eff, plain(eff), Measure.EFFICIENCY, id);
  }

  /** "1.000.000" → "1000000", "90,00%" → "90.00". */
  private static String plain(String printed) {
    return printed.replace(".", "").replace(",", ".").replace("%", "");
  }

  private void add(
      String table,
      String row,
      String column,
      String printed,
      @Nullable String value,
      Measure measure,
      @Nullable String subject) {
    published.add(figure(table, row, column, printed, value, measure, subject).build());
  }

  private static ImmutablePublishedFigure.Builder figure(
      String table,
      String row,
      String column,
      String printed,
      @Nullable String value,
      Measure measure,
      @Nullable String subject) {
    ImmutablePublishedFigure.Builder b =
        ImmutablePublishedFigure.builder()
            .table(table)
            .row(row)
            .column(column)
            .printed(printed)
            .measure(measure);
    if (value != null) {
      b.value(new BigDecimal(value));
    }
    if (subject != null) {
      b.subject(subject);
    }
    return b;
  }

  private static ImmutableObservation input(String name, String value, String column) {
    return ImmutableObservation.builder()
        .name(name)
        .year(2022)
        .value(new BigDecimal(value))
        .source(ImmutableCellRef.builder().dataset("training").row("total").column(column).build())
        .build();
  }

  private static Cell cell(String v) {
    return Cell.of(new BigDecimal(v));
  }

  private static SubActivity sub(
      String id, String code, long budget, long spending, long q13, long q4) {
    return ImmutableSubActivity.builder()
        .id(id)
        .code(code)
        .name("Sub kegiatan " + id)
        .output(
            ImmutableOutput.builder()
                .indicator("Jumlah jenis")
                .target(Quantity.of(new BigDecimal("4"), "jenis"))
                .actual(Quantity.of(new BigDecimal("4"), "jenis"))
                .build())
        .budget(BigDecimal.valueOf(budget))
        .spending(BigDecimal.valueOf(spending))
        .addSpendingByPeriod(
            ImmutablePeriodSpending.builder()
                .fromQuarter(1)
                .toQuarter(3)
                .amount(BigDecimal.valueOf(q13))
                .build(),
            ImmutablePeriodSpending.builder()
                .fromQuarter(4)
                .toQuarter(4)
                .amount(BigDecimal.valueOf(q4))
                .build())
        .physicalProgress(new BigDecimal("100"))
        .build();
  }
}
