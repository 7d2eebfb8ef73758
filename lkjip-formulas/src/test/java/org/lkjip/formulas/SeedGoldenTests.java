package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.Indicator;
import org.lkjip.model.Observation;

/**
 * The seed report (LKjIP 2022, Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi): its raw
 * data recomputed with the Tabel 6 formulas give the realisasi its Tabel 5 prints.
 *
 * <p>By hand (long division):
 *
 * <ul>
 *   <li>placement growth: (141 − 105) / 105 = 36 / 105 = 0.342857 142857… → 34.2857…%: truncated
 *       34.28, half-up 34.29 (third decimal 5, followed by 7…).
 *   <li>certification: 88 / 95 = 0.926315 789… → 92.6315…%: truncated 92.63, half-up 92.63 (third
 *       decimal 1).
 *   <li>protected workers: 4667 / 6744; 6744 × 0.692 = 4666.848, remainder 0.152, 0.152 / 6744 ≈
 *       0.0000225 → 69.2022…%: truncated and half-up 69.20.
 *   <li>UMK share: 2273 / 6744; 6744 × 0.337 = 2272.728, remainder 0.272, 0.272 / 6744 ≈ 0.0000403
 *       → 33.7040…%: truncated and half-up 33.70.
 *   <li>IKM standard products and national promotion: 238 / 339; 339 × 0.702 = 237.978, remainder
 *       0.022, 0.022 / 339 ≈ 0.0000649 → 70.2064…%: truncated 70.20, half-up 70.21 (third decimal
 *       6).
 * </ul>
 *
 * <p>Tabel 5 prints "34,28%", "92,63%", "69.20%", "33.70%", "70,20%", "70,20%": the seed truncates.
 */
class SeedGoldenTests {
  private static final int YEAR = 2022;
  private static final Rounding TRUNCATE_2 = Rounding.of(2, RoundingMode.DOWN);
  private static final Rounding HALF_UP_2 = Rounding.of(2, RoundingMode.HALF_UP);

  /** The six IKU of Tabel 5 in order, with their formula and the realisasi Tabel 5 prints. */
  private record Row(IndicatorFormula formula, Indicator indicator, String printed) {}

  private static List<Row> rows() {
    return List.of(
        new Row(
            Formulas.placementGrowth(),
            indicator("iku-1", Map.of("placed", 141), Map.of("placed", 105)),
            "34.28"),
        new Row(
            Formulas.certificationRatio(),
            indicator("iku-2", Map.of("certified", 88, "examined", 95), Map.of()),
            "92.63"),
        new Row(
            Formulas.protectedWorkers(),
            indicator("iku-3", Map.of("insured", 4667, "workers", 6744), Map.of()),
            "69.20"),
        new Row(
            Formulas.umkShare(),
            indicator("iku-4", Map.of("paidAtLeastUmk", 2273, "workers", 6744), Map.of()),
            "33.70"),
        new Row(
            Formulas.ikmStandardProducts(),
            indicator("iku-5", Map.of("meetingStandard", 238, "products", 339), Map.of()),
            "70.20"),
        new Row(
            Formulas.ikmNationalPromotion(),
            indicator("iku-6", Map.of("promoted", 238, "products", 339), Map.of()),
            "70.20"));
  }

  @Test
  void compute_seedDataTruncatedTo2_givesTabel5Realisasi() {
    assertThat(rows())
        .allSatisfy(
            row -> {
              Figure f = row.formula().compute(FormulaInputs.of(row.indicator(), YEAR), TRUNCATE_2);
              assertThat(f.value())
                  .as("%s for %s", row.formula().id(), row.indicator().id())
                  .contains(new BigDecimal(row.printed()));
            });
  }

  @Test
  void compute_seedDataHalfUp2_givesHalfUpFigures() {
    List<String> halfUp = List.of("34.29", "92.63", "69.20", "33.70", "70.21", "70.21");
    List<Row> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Figure f = row.formula().compute(FormulaInputs.of(row.indicator(), YEAR), HALF_UP_2);
      assertThat(f.value()).as(row.formula().id()).contains(new BigDecimal(halfUp.get(i)));
    }
  }

  private static Indicator indicator(
      String id, Map<String, Integer> thisYear, Map<String, Integer> lastYear) {
    ImmutableIndicator.Builder b = ImmutableIndicator.builder().id(id).name(id).unit("%");
    thisYear.forEach((name, v) -> b.addInputs(observation(name, YEAR, v)));
    lastYear.forEach((name, v) -> b.addInputs(observation(name, YEAR - 1, v)));
    return b.build();
  }

  private static Observation observation(String name, int year, int value) {
    return ImmutableObservation.builder()
        .name(name)
        .year(year)
        .value(BigDecimal.valueOf(value))
        .build();
  }
}
