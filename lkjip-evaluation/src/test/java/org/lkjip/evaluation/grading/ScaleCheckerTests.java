package org.lkjip.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.model.Bound;
import org.lkjip.model.GradingScale;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableGradingScale;

class ScaleCheckerTests {
  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Test
  void check_printedSeedScale_reportsGapOverlapsAndEnds() {
    assertThat(ScaleChecker.check(Scales.tebingTinggi2022Printed()))
        .extracting(ScaleFinding::describe)
        .containsExactly(
            "scale 'tebing-tinggi-2022-printed': values in [0, 30) are below every band",
            "scale 'tebing-tinggi-2022-printed': values in {50} are in several bands: Cukup Baik, Agak Kurang",
            "scale 'tebing-tinggi-2022-printed': values in {65} are in several bands: Baik, Cukup Baik",
            "scale 'tebing-tinggi-2022-printed': values in {75} are in several bands: Sangat Baik, Baik",
            "scale 'tebing-tinggi-2022-printed': values in (80, 81) are in no band (gap between Sangat Baik and Memuaskan)",
            "scale 'tebing-tinggi-2022-printed': values in (100, +∞) are above every band");
  }

  @Test
  void check_gapInterval_hasExclusiveBounds() {
    ScaleFinding gap =
        ScaleChecker.check(Scales.tebingTinggi2022Printed()).stream()
            .filter(f -> f.kind() == ScaleFinding.Kind.GAP)
            .findFirst()
            .orElseThrow();
    assertThat(gap.interval().lower()).contains(Bound.exclusive(BigDecimal.valueOf(80)));
    assertThat(gap.interval().upper()).contains(Bound.exclusive(BigDecimal.valueOf(81)));
  }

  @Test
  void check_akipOver0To100_coversEverythingOnce() {
    assertThat(ScaleChecker.check(Scales.akip(), ZERO, HUNDRED)).isEmpty();
  }

  @Test
  void check_akipOverNonNegative_leavesAbove100() {
    assertThat(ScaleChecker.check(Scales.akip()))
        .extracting(f -> f.kind() + " " + f.interval())
        .containsExactly("UNCOVERED_ABOVE (100, +∞)");
  }

  @Test
  void check_permendagriAndSakip_coverTheWholeDomain() {
    assertThat(ScaleChecker.check(Scales.permendagri86())).isEmpty();
    assertThat(ScaleChecker.check(Scales.sakip88(), ZERO, BigDecimal.valueOf(200))).isEmpty();
  }

  @Test
  void check_domainBelowAllBands_isUncoveredBelow() {
    GradingScale s =
        ImmutableGradingScale.builder()
            .id("x")
            .name("x")
            .addBands(
                ImmutableBand.builder()
                    .label("A")
                    .lower(Bound.inclusive(BigDecimal.valueOf(60)))
                    .upper(Bound.inclusive(HUNDRED))
                    .build())
            .build();
    assertThat(ScaleChecker.check(s, ZERO, HUNDRED))
        .extracting(f -> f.kind() + " " + f.interval())
        .containsExactly("UNCOVERED_BELOW [0, 60)");
  }

  @Test
  void check_unboundedBand_overUnboundedDomain_hasNoFindings() {
    GradingScale s =
        ImmutableGradingScale.builder()
            .id("all")
            .name("all")
            .addBands(ImmutableBand.builder().label("All").build())
            .build();
    assertThat(ScaleChecker.check(s, Interval.of(Optional.empty(), Optional.empty()))).isEmpty();
  }
}
