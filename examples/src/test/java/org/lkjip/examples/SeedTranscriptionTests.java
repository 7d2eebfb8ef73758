package org.lkjip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lkjip.io.ReportReader;
import org.lkjip.io.ReportWriter;
import org.lkjip.model.Absence;
import org.lkjip.model.Alignment;
import org.lkjip.model.AlignmentLink;
import org.lkjip.model.Cell;
import org.lkjip.model.CellRef;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Observation;
import org.lkjip.model.PeriodSpending;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * Checks the transcription of the seed report (Tebing Tinggi, Dinas Ketenagakerjaan dan
 * Perindustrian, LKjIP 2022) in {@code data/tebing-tinggi-2022.json} against facts the report
 * itself states or implies: printed totals of its raw tables, budgets repeated across tables, and
 * the number of cells transcribed from each table.
 *
 * <p>These tests check the transcription, not the report: the report's own defects (a total that is
 * not the sum of its lines, a grade that contradicts the scale, ...) are transcribed as printed and
 * are for the auditor to find.
 *
 * <p>The file is read with a plain strict Jackson mapper for now; once lkjip-io's reader is
 * available it should be used instead.
 */
class SeedTranscriptionTests {

  private static final File DATA = new File("data/tebing-tinggi-2022.json");

  // Number of published figures transcribed per table, counted cell by cell in the seed text
  // (only cells that print a number, a percentage, a quantity, a grade, "N/A", "Nihil" or "Rp -").

  /** Tabel 1: 6 indicators x 3 yearly targets (2020 "N/A", 2021, 2022). */
  private static final int TABEL_1 = 6 * 3;

  /** Tabel 2: 6 indicators x Target (the "Satuan" column prints "%" only). */
  private static final int TABEL_2 = 6;

  /** Tabel 3: 6 indicators x Target. */
  private static final int TABEL_3 = 6;

  /**
   * Tabel 4: 18 sub-activities x (TARGET, ANGGARAN) + ANGGARAN printed for programs 1-4 and for
   * activity 2.a only.
   */
  private static final int TABEL_4 = 18 * 2 + 4 + 1;

  /** Tabel 5: 6 indicators x (Target, Realisasi, % Capaian, Kategori). */
  private static final int TABEL_5 = 6 * 4;

  /** Tabel 8: 6 indicators x 2 years x (Target, Realisasi, % Capaian). */
  private static final int TABEL_8 = 6 * 2 * 3;

  /** Tabel 9: 6 indicators x (Capaian 2022, Target Akhir RPJMD 2022, Tingkat Kemajuan). */
  private static final int TABEL_9 = 6 * 3;

  /**
   * Second "Tabel 9" (Tabel 9b): one objective "% Capaian" per objective + the line "% Capaian" of
   * every printed program/activity/sub-activity line: 13 (S1) + 8 (S2) + 4 (S3) + 3 (S4) + 3 (S5) +
   * 3 (S6).
   */
  private static final int TABEL_9B = 6 + 13 + 8 + 4 + 3 + 3 + 3;

  /** Tabel 10: 6 indicators x (Realisasi Tahun 2022, Standar Nasional, % Capaian). */
  private static final int TABEL_10 = 6 * 3;

  /** Tabel 11: 6 indicators x (Target, Realisasi, % Capaian). */
  private static final int TABEL_11 = 6 * 3;

  /** Tabel 12: (4 programs + 18 sub-activities) x (Anggaran, Realisasi, % Capaian). */
  private static final int TABEL_12 = (4 + 18) * 3;

  /**
   * Tabel 13: 6 objective rows x (Target, Realisasi, % Capaian, Anggaran, Realisasi, % Capaian,
   * Tingkat Efisiensi Anggaran).
   */
  private static final int TABEL_13 = 6 * 7;

  /**
   * Tabel 14: 18 sub-activities x 7 columns + the three budget cells printed on program 2's row (no
   * other program or activity row prints figures).
   */
  private static final int TABEL_14 = 18 * 7 + 3;

  /**
   * Lampiran RFK: TOTAL row x 8 columns + programs 2.07.01, 2.07.05 and 3.31.02 x (ANGGARAN, TOTAL
   * REALISASI, PERSENTASE REALISASI KEUANGAN) (program 2.07.03 prints none) + 18 sub-activities x 8
   * columns.
   */
  private static final int LAMPIRAN_RFK = 8 + 3 * 3 + 18 * 8;

  private static Report report;

  @BeforeAll
  static void load() {
    report = new ReportReader().read(DATA.toPath());
  }

  @Test
  void seed_writtenAndReadBack_equalsTheModelRead() {
    String written = new ReportWriter().toJson(report);
    assertThat(new ReportReader().read("written", written)).isEqualTo(report);
  }

  @Test
  void placements2022_rowsSummedPerColumn_equalPrintedTotal() {
    Dataset d = dataset("placements-2022");

    assertThat(columnSums(d)).isEqualTo(totalRow(d));
    assertThat(totalRow(d)).containsExactly(dec(78), dec(63), dec(141));
  }

  @Test
  void placements2021_rowsSummedPerColumn_equalPrintedTotal() {
    Dataset d = dataset("placements-2021");

    assertThat(columnSums(d)).isEqualTo(totalRow(d));
    assertThat(totalRow(d)).containsExactly(dec(70), dec(35), dec(105));
  }

  @Test
  void placements_eachRow_menPlusWomenEqualsJumlah() {
    for (String id : List.of("placements-2022", "placements-2021")) {
      Dataset d = dataset(id);
      for (DatasetRow r : d.rows()) {
        assertThat(amount(r.cells().get(0)).add(amount(r.cells().get(1))))
            .as("%s row %s", id, r.label())
            .isEqualByComparingTo(amount(r.cells().get(2)));
      }
    }
  }

  @Test
  void placements_dashCells_areNilAbsences() {
    List<Cell> dashes =
        dataset("placements-2022").rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> c.printed().equals(Optional.of("-")))
            .collect(Collectors.toList());

    // 12 education rows, 4 of them with placements: 8 rows x 3 columns print "-".
    assertThat(dashes).hasSize(8 * 3);
    assertThat(dashes).allSatisfy(c -> assertThat(c.absence()).contains(Absence.NIL));
  }

  @Test
  void certification_rowsSummedPerColumn_equalPrintedTotal() {
    Dataset d = dataset("certification-2022");

    assertThat(columnSums(d)).isEqualTo(totalRow(d));
    assertThat(totalRow(d)).containsExactly(dec(95), dec(88));
  }

  @Test
  void ikmTables_rowsSummedPerColumn_equalPrintedTotal() {
    for (String id : List.of("ikm-standard-2022", "ikm-promotion-2022")) {
      Dataset d = dataset(id);

      assertThat(columnSums(d)).as(id).isEqualTo(totalRow(d));
      assertThat(totalRow(d)).as(id).containsExactly(dec(339), dec(238));
    }
  }

  @Test
  void indicatorInputs_withSource_equalTheReferencedCell() {
    int checked = 0;
    for (Indicator i : report.indicators()) {
      for (Observation o : i.inputs()) {
        assertThat(o.source()).as("source of %s.%s", i.id(), o.name()).isPresent();
        CellRef ref = o.source().orElseThrow();
        Dataset d = dataset(ref.dataset());
        DatasetRow row =
            ref.row().equals(CellRef.TOTAL_ROW)
                ? d.total().orElseThrow()
                : d.rows().stream()
                    .filter(r -> r.label().equals(ref.row()))
                    .findFirst()
                    .orElseThrow();
        assertThat(o.value().orElseThrow())
            .as("%s.%s %d", i.id(), o.name(), o.year())
            .isEqualByComparingTo(amount(row.cells().get(d.columnIndex(ref.column()))));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(6 * 2);
  }

  @Test
  void subActivities_budget_equalsTabel12Budget() {
    assertThat(report.subActivities()).hasSize(18);
    for (SubActivity s : report.subActivities()) {
      assertThat(s.budget())
          .as("budget of %s", s.id())
          .isEqualByComparingTo(value("Tabel 12", Measure.BUDGET, s.id()));
    }
  }

  @Test
  void subActivities_spending_equalsTabel12SpendingAndQuarterSum() {
    for (SubActivity s : report.subActivities()) {
      BigDecimal spending = s.spending().orElseThrow();
      BigDecimal byQuarters =
          s.spendingByPeriod().stream()
              .map(PeriodSpending::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);

      assertThat(spending)
          .as("spending of %s", s.id())
          .isEqualByComparingTo(value("Tabel 12", Measure.SPENDING, s.id()));
      assertThat(byQuarters).as("quarters of %s", s.id()).isEqualByComparingTo(spending);
    }
  }

  @Test
  void tabel13Alignment_objectiveBudgets_equalTabel13Budget() {
    Alignment a = alignment("alignment-tabel-13");
    Map<String, BigDecimal> budgetByObjective = new LinkedHashMap<>();
    for (AlignmentLink link : a.links()) {
      budgetByObjective.merge(
          link.objective(),
          report.find(link.line(), SubActivity.class).orElseThrow().budget(),
          BigDecimal::add);
    }

    assertThat(budgetByObjective.keySet()).containsExactly("S1", "S2", "S3", "S4", "S5", "S6");
    budgetByObjective.forEach(
        (objective, budget) ->
            assertThat(budget)
                .as("budget of %s", objective)
                .isEqualByComparingTo(value("Tabel 13", Measure.BUDGET, objective)));
  }

  @Test
  void published_countPerTable_equalsCellsInTheSeed() {
    Map<String, Long> counts =
        report.published().stream()
            .collect(Collectors.groupingBy(PublishedFigure::table, Collectors.counting()));

    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("Tabel 1", (long) TABEL_1);
    expected.put("Tabel 2", (long) TABEL_2);
    expected.put("Tabel 3", (long) TABEL_3);
    expected.put("Tabel 4", (long) TABEL_4);
    expected.put("Tabel 5", (long) TABEL_5);
    expected.put("Tabel 8", (long) TABEL_8);
    expected.put("Tabel 9", (long) TABEL_9);
    expected.put("Tabel 9b", (long) TABEL_9B);
    expected.put("Tabel 10", (long) TABEL_10);
    expected.put("Tabel 11", (long) TABEL_11);
    expected.put("Tabel 12", (long) TABEL_12);
    expected.put("Tabel 13", (long) TABEL_13);
    expected.put("Tabel 14", (long) TABEL_14);
    expected.put("Lampiran RFK", (long) LAMPIRAN_RFK);
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void published_everyFigure_hasPrintedText() {
    assertThat(report.published())
        .allSatisfy(f -> assertThat(f.printed()).as(describe(f)).isNotBlank());
  }

  @Test
  void published_achievementsAndIndicatorValues_haveASubject() {
    List<PublishedFigure> figures =
        report.published().stream()
            .filter(
                f -> f.measure() == Measure.ACHIEVEMENT || f.measure() == Measure.INDICATOR_VALUE)
            .collect(Collectors.toList());

    assertThat(figures).isNotEmpty();
    assertThat(figures).allSatisfy(f -> assertThat(f.subject()).as(describe(f)).isPresent());
  }

  @Test
  void published_figures_haveExactlyOneOfValueAbsenceOrGrade() {
    for (PublishedFigure f : report.published()) {
      if (f.measure() == Measure.GRADE) {
        assertThat(f.value()).as(describe(f)).isEmpty();
        assertThat(f.absence()).as(describe(f)).isEmpty();
      } else {
        assertThat(f.value().isPresent() != f.absence().isPresent()).as(describe(f)).isTrue();
      }
    }
  }

  @Test
  void published_noTwoFiguresStateTheSameThing() {
    Map<String, Long> keys =
        report.published().stream()
            .collect(
                Collectors.groupingBy(
                    f ->
                        String.join(
                            "|",
                            f.table(),
                            f.row(),
                            f.column(),
                            f.measure().name(),
                            f.subject().orElse("")),
                    Collectors.counting()));

    assertThat(keys).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1L));
  }

  @Test
  void rfk_subActivityLines_agreeWithTheModelledLines() {
    Map<String, SubActivity> byId =
        report.subActivities().stream()
            .collect(Collectors.toMap(SubActivity::id, Function.identity()));
    for (SubActivity s : byId.values()) {
      assertThat(rfk(s.id(), Measure.BUDGET).value().orElseThrow())
          .as("RFK budget of %s", s.id())
          .isEqualByComparingTo(s.budget());
      PublishedFigure spent = rfk(s.id(), Measure.SPENDING);
      assertThat(spent.value().orElse(BigDecimal.ZERO))
          .as("RFK spending of %s", s.id())
          .isEqualByComparingTo(s.spending().orElseThrow());
      assertThat(rfk(s.id(), Measure.PHYSICAL_PROGRESS).value())
          .as("RFK physical progress of %s", s.id())
          .isEqualTo(s.physicalProgress());
      assertThat(spent.row()).as("RFK code of %s", s.id()).isEqualTo(s.code().orElseThrow());
    }
  }

  @Test
  void reportDefects_areTranscribedAsPrinted() {
    // Printed figures that contradict the report's own lines: they must stay as printed.
    assertThat(figure("Lampiran RFK", Measure.BUDGET, Optional.empty()).printed())
        .isEqualTo("Rp 4,544,274,054");
    assertThat(figure("Tabel 12", Measure.SPENDING, Optional.of("4")).printed())
        .isEqualTo("245.594.404");
    assertThat(figure("Tabel 9b", Measure.ACHIEVEMENT, Optional.of("S1")).printed())
        .isEqualTo("153,84%");
    assertThat(report.subActivities().stream().map(s -> s.code().orElseThrow()))
        .filteredOn("2.07.05.2.01.03"::equals)
        .hasSize(3);
  }

  // ------------------------------------------------------------------------------ helpers

  private static Dataset dataset(String id) {
    return report.find(id, Dataset.class).orElseThrow(() -> new AssertionError("no " + id));
  }

  private static Alignment alignment(String id) {
    return report.find(id, Alignment.class).orElseThrow(() -> new AssertionError("no " + id));
  }

  /** A cell's number; a "-" (NIL) cell counts as zero in a sum, as the model documents. */
  private static BigDecimal amount(Cell c) {
    if (c.absence().equals(Optional.of(Absence.NIL))) {
      return BigDecimal.ZERO;
    }
    return c.value().orElseThrow(() -> new AssertionError("cell without value: " + c));
  }

  private static ImmutableList<BigDecimal> columnSums(Dataset d) {
    ImmutableList.Builder<BigDecimal> sums = ImmutableList.builder();
    for (int col = 0; col < d.columns().size(); col++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (DatasetRow r : d.rows()) {
        sum = sum.add(amount(r.cells().get(col)));
      }
      sums.add(sum);
    }
    return sums.build();
  }

  private static ImmutableList<BigDecimal> totalRow(Dataset d) {
    return d.total().orElseThrow().cells().stream()
        .map(SeedTranscriptionTests::amount)
        .collect(ImmutableList.toImmutableList());
  }

  private static BigDecimal dec(long v) {
    return BigDecimal.valueOf(v);
  }

  private static PublishedFigure figure(String table, Measure measure, Optional<String> subject) {
    List<PublishedFigure> found =
        report.published().stream()
            .filter(f -> f.table().equals(table) && f.measure() == measure)
            .filter(f -> f.subject().equals(subject))
            .collect(Collectors.toList());
    assertThat(found).as("%s %s %s", table, measure, subject).hasSize(1);
    return found.get(0);
  }

  private static BigDecimal value(String table, Measure measure, String subject) {
    return figure(table, measure, Optional.of(subject)).value().orElseThrow();
  }

  private static PublishedFigure rfk(String subject, Measure measure) {
    return figure("Lampiran RFK", measure, Optional.of(subject));
  }

  private static String describe(PublishedFigure f) {
    return f.table() + " row " + f.row() + " column " + f.column();
  }
}
