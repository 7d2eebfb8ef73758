package org.lkjip.evaluation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lkjip.formulas.Formulas;
import org.lkjip.model.Absence;
import org.lkjip.model.Activity;
import org.lkjip.model.Alignment;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableGoal;
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
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Objective;
import org.lkjip.model.Program;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * The seed report (LKjIP 2022 of Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi) built
 * in code with the numbers it prints: the six indicators with their raw inputs (attachments),
 * targets (Tabel 1 / Tabel 8), the 18 sub-activities with budget and spending (Tabel 12), spending
 * by quarter and physical progress (RFK attachment), outputs (Tabel 14), the Tabel 13 alignment
 * (last), an earlier analysis alignment (the second "Tabel 9"), and the Tabel 8 values of 2021,
 * which have no raw data.
 */
final class SeedFixture {
  static final int YEAR = 2022;

  /** Alignment of Tabel 13 (objectives → lines whose budgets sum to the printed ones). */
  static final String TABEL_13 = "tabel-13";

  /** Alignment of the second "Tabel 9" (analysis of programs per objective), printed earlier. */
  static final String TABEL_9_ANALYSIS = "tabel-9-analysis";

  private SeedFixture() {}

  static Report report() {
    return ImmutableReport.builder()
        .agency(
            ImmutableAgency.builder()
                .name("Dinas Ketenagakerjaan dan Perindustrian")
                .region("Kota Tebing Tinggi")
                .build())
        .fiscalYear(YEAR)
        .addGoals(
            ImmutableGoal.builder()
                .id("T1")
                .name("Meningkatnya penyerapan tenaga kerja")
                .addObjectives(
                    objective(
                        "S1",
                        "Meningkatnya Kesempatan kerja",
                        indicator("IKU1", Formulas.PLACEMENT_GROWTH, "60", "65")
                            .addInputs(obs("placed", 2022, 141), obs("placed", 2021, 105))
                            .build()),
                    objective(
                        "S2",
                        "Meningkatnya Kualitas dan Produktivitas Tenaga kerja",
                        indicator("IKU2", Formulas.CERTIFICATION_RATIO, "90", "95")
                            .addInputs(obs("certified", 2022, 88), obs("examined", 2022, 95))
                            .build()))
                .build(),
            ImmutableGoal.builder()
                .id("T2")
                .name("Iklim ketenagakerjaan yang kondusif")
                .addObjectives(
                    objective(
                        "S3",
                        "Meningkatnya Perlindungan dan Pengembangan Lembaga Ketenagakerjaan",
                        indicator("IKU3", Formulas.PROTECTED_WORKERS, "90", "95")
                            .addInputs(obs("insured", 2022, 4667), obs("workers", 2022, 6744))
                            .build()),
                    objective(
                        "S4",
                        "Meningkatnya kesejahteraan pekerja",
                        indicator("IKU4", Formulas.UMK_SHARE, "40", "45")
                            .addInputs(
                                obs("paidAtLeastUmk", 2022, 2273), obs("workers", 2022, 6744))
                            .build()))
                .build(),
            ImmutableGoal.builder()
                .id("T3")
                .name("Meningkatnya pertumbuhan industri kecil menengah")
                .addObjectives(
                    objective(
                        "S5",
                        "Meningkatnya kualitas produk IKM",
                        indicator("IKU5", Formulas.IKM_STANDARD_PRODUCTS, "80", "85")
                            .addInputs(
                                obs("meetingStandard", 2022, 238), obs("products", 2022, 339))
                            .build()),
                    objective(
                        "S6",
                        "Mengembangkan Sentra-sentra Industri",
                        indicator("IKU6", Formulas.IKM_NATIONAL_PROMOTION, "80", "85")
                            .addInputs(obs("promoted", 2022, 238), obs("products", 2022, 339))
                            .build()))
                .build())
        .addAllPrograms(programs())
        .addAlignments(tabel9Analysis(), tabel13())
        .addAllPublished(tabel8Values2021())
        .build();
  }

  // ------------------------------------------------------------------ indicators

  private static Objective objective(String id, String name, Indicator indicator) {
    return ImmutableObjective.builder().id(id).name(name).addIndicators(indicator).build();
  }

  private static ImmutableIndicator.Builder indicator(
      String id, String formula, String target2021, String target2022) {
    return ImmutableIndicator.builder()
        .id(id)
        .name(id)
        .unit("%")
        .formula(formula)
        .addTarget(ImmutableTarget.builder().year(2020).absence(Absence.NOT_APPLICABLE).build())
        .addTarget(target(2021, target2021))
        .addTarget(target(2022, target2022))
        .planEndTarget(ImmutableTarget.builder().value(new BigDecimal(target2022)).build())
        .nationalStandard(ImmutableTarget.builder().absence(Absence.NIL).printed("Nihil").build())
        .dataSource("Internal");
  }

  private static Target target(int year, String value) {
    return ImmutableTarget.builder().year(year).value(new BigDecimal(value)).build();
  }

  private static ImmutableObservation obs(String name, int year, long value) {
    return ImmutableObservation.builder()
        .name(name)
        .year(year)
        .value(BigDecimal.valueOf(value))
        .build();
  }

  /** Tabel 8, 2021 "Realisasi": printed values without raw data behind them. */
  private static List<ImmutablePublishedFigure> tabel8Values2021() {
    String[][] rows = {
      {"IKU1", "42,85%", "42.85"},
      {"IKU2", "100%", "100"},
      {"IKU3", "67,88%", "67.88"},
      {"IKU4", "29,94%", "29.94"},
      {"IKU5", "67,84%", "67.84"},
      {"IKU6", "67,84%", "67.84"},
    };
    List<ImmutablePublishedFigure> figures = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      figures.add(
          ImmutablePublishedFigure.builder()
              .table("Tabel 8")
              .row(String.valueOf(i + 1))
              .column("2021 Realisasi")
              .printed(rows[i][1])
              .value(new BigDecimal(rows[i][2]))
              .measure(Measure.INDICATOR_VALUE)
              .subject(rows[i][0])
              .year(2021)
              .build());
    }
    return figures;
  }

  // ------------------------------------------------------------------ budget

  /**
   * Tabel 12 budget and spending, RFK quarters 1–3 and 4 and physical progress, Tabel 14 output.
   */
  private static List<Program> programs() {
    return List.of(
        program(
            "1",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            activity(
                "1.a",
                line(
                    "1.a.1",
                    2_693_549_200L,
                    2_602_212_755L,
                    1_981_068_813L,
                    621_143_942L,
                    100,
                    12,
                    12,
                    "bulan")),
            activity(
                "1.b",
                line("1.b.1", 7_500_000L, 7_498_000L, 5_389_100L, 2_108_900L, 100, 12, 12, "bulan"),
                line(
                    "1.b.2",
                    17_521_876L,
                    17_490_700L,
                    13_332_900L,
                    4_157_800L,
                    100,
                    12,
                    12,
                    "bulan"),
                line("1.b.3", 9_000_000L, 8_487_800L, 6_220_800L, 2_267_000L, 100, 12, 12, "bulan"),
                line(
                    "1.b.4",
                    69_274_000L,
                    68_931_222L,
                    19_336_409L,
                    49_594_813L,
                    100,
                    12,
                    12,
                    "bulan")),
            activity(
                "1.c",
                line("1.c.1", 11_980_300L, 11_865_900L, 11_865_900L, 0L, 100, 2, 2, "Jenis"),
                line("1.c.2", 886_600L, 0L, 0L, 0L, 0, 1, 0, "Jenis")),
            activity(
                "1.d",
                line(
                    "1.d.1",
                    92_704_777L,
                    54_887_018L,
                    38_229_349L,
                    16_657_669L,
                    100,
                    12,
                    12,
                    "bulan"),
                line(
                    "1.d.2",
                    315_008_801L,
                    313_292_480L,
                    236_841_400L,
                    76_451_080L,
                    95,
                    12,
                    12,
                    "Bulan")),
            activity(
                "1.e",
                line(
                    "1.e.1", 36_805_600L, 36_785_628L, 24_612_175L, 12_173_453L, 100, 1, 1, "unit"),
                line(
                    "1.e.2", 39_075_100L, 38_605_343L, 28_082_106L, 10_523_237L, 100, 2, 2, "unit"),
                line(
                    "1.e.3",
                    15_630_000L,
                    15_600_000L,
                    9_330_000L,
                    6_270_000L,
                    100,
                    12,
                    12,
                    "bulan"))),
        program(
            "2",
            "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
            activity(
                "2.a",
                line("2.a.1", 14_620_000L, 10_100_000L, 0L, 10_100_000L, 100, 4, 4, "jenis"))),
        program(
            "3",
            "PROGRAM HUBUNGAN INDUSTRIAL",
            activity(
                "3.a", line("3.a.1", 44_176_200L, 44_176_000L, 44_176_000L, 0L, 100, 1, 1, "buku")),
            activity(
                "3.b",
                line(
                    "3.b.1",
                    213_280_000L,
                    113_675_000L,
                    75_713_000L,
                    37_962_000L,
                    100,
                    12,
                    12,
                    "bulan"),
                line(
                    "3.b.2",
                    100_800_000L,
                    81_990_000L,
                    54_910_000L,
                    27_080_000L,
                    100,
                    12,
                    12,
                    "bulan"))),
        program(
            "4",
            "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
            activity(
                "4.a",
                line("4.a.1", 19_978_000L, 19_518_000L, 19_518_000L, 0L, 100, 12, 12, "bulan"),
                line(
                    "4.a.2",
                    232_124_700L,
                    226_076_044L,
                    122_730_300L,
                    103_345_744L,
                    100,
                    12,
                    12,
                    "bulan"))));
  }

  private static Program program(String id, String name, Activity... activities) {
    return ImmutableProgram.builder().id(id).name(name).addActivities(activities).build();
  }

  private static Activity activity(String id, SubActivity... lines) {
    return ImmutableActivity.builder()
        .id(id)
        .name("Kegiatan " + id)
        .addSubActivities(lines)
        .build();
  }

  private static SubActivity line(
      String id,
      long budget,
      long spending,
      long quarters1to3,
      long quarter4,
      int physical,
      int outputTarget,
      int outputActual,
      String unit) {
    return ImmutableSubActivity.builder()
        .id(id)
        .name("Sub kegiatan " + id)
        .budget(BigDecimal.valueOf(budget))
        .spending(BigDecimal.valueOf(spending))
        .addSpendingByPeriod(
            ImmutablePeriodSpending.builder()
                .fromQuarter(1)
                .toQuarter(3)
                .amount(BigDecimal.valueOf(quarters1to3))
                .build(),
            ImmutablePeriodSpending.builder()
                .fromQuarter(4)
                .toQuarter(4)
                .amount(BigDecimal.valueOf(quarter4))
                .build())
        .physicalProgress(BigDecimal.valueOf(physical))
        .output(
            ImmutableOutput.builder()
                .indicator("output of " + id)
                .target(Quantity.of(BigDecimal.valueOf(outputTarget), unit))
                .actual(Quantity.of(BigDecimal.valueOf(outputActual), unit))
                .build())
        .build();
  }

  // ------------------------------------------------------------------ alignments

  /**
   * Tabel 13: S1 takes the activities 1.b, 1.c and 1.e (their budgets sum to the printed
   * 207.673.476), S2 takes 1.a, 1.d and program 2 (3.115.882.778), S3 activity 3.b, S4 activity
   * 3.a, S5 and S6 one sub-activity each.
   */
  static Alignment tabel13() {
    return alignment(
        TABEL_13,
        "Tabel 13",
        new String[][] {
          {"S1", "1.b"},
          {"S1", "1.c"},
          {"S1", "1.e"},
          {"S2", "1.a"},
          {"S2", "1.d"},
          {"S2", "2"},
          {"S3", "3.b"},
          {"S4", "3.a"},
          {"S5", "4.a.1"},
          {"S6", "4.a.2"},
        });
  }

  /** The second "Tabel 9": S5 and S6 both take the whole activity 4.a. */
  static Alignment tabel9Analysis() {
    return alignment(
        TABEL_9_ANALYSIS,
        "Tabel 9",
        new String[][] {
          {"S1", "1.b"},
          {"S1", "1.c"},
          {"S1", "1.e"},
          {"S2", "2"},
          {"S2", "1.a"},
          {"S2", "1.d"},
          {"S3", "3.b"},
          {"S4", "3.a"},
          {"S5", "4.a"},
          {"S6", "4.a"},
        });
  }

  private static Alignment alignment(String id, String table, String[][] links) {
    ImmutableAlignment.Builder b = ImmutableAlignment.builder().id(id).table(table);
    for (String[] l : links) {
      b.addLinks(ImmutableAlignmentLink.builder().objective(l[0]).line(l[1]).build());
    }
    return b.build();
  }

  static ImmutableList<String> subActivityIds() {
    return ImmutableList.of(
        "1.a.1", "1.b.1", "1.b.2", "1.b.3", "1.b.4", "1.c.1", "1.c.2", "1.d.1", "1.d.2", "1.e.1",
        "1.e.2", "1.e.3", "2.a.1", "3.a.1", "3.b.1", "3.b.2", "4.a.1", "4.a.2");
  }
}
