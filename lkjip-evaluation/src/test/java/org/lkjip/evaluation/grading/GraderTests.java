package org.lkjip.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Status;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.GradingScale;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableGradingScale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class GraderTests {
  private static final GradingScale PRINTED = Scales.tebingTinggi2022Printed();

  /** Values in hundredths from −50 to 250. */
  private static final Gen<BigDecimal> VALUES =
      longs().between(-5_000, 25_000).map(l -> BigDecimal.valueOf(l, 2));

  private static Grade grade(GradingScale s, String v) {
    return Grader.grade(s, new BigDecimal(v));
  }

  @Test
  void grade_insideOneBand_isGraded() {
    Grade g = grade(PRINTED, "52.73");
    assertThat(g.outcome()).isEqualTo(Grade.Outcome.GRADED);
    assertThat(g.label()).contains("Cukup Baik");
  }

  @Test
  void grade_inTheGap_isUncoveredGap() {
    Grade g = grade(PRINTED, "80.5");
    assertThat(g.outcome()).isEqualTo(Grade.Outcome.UNCOVERED);
    assertThat(g.position()).contains(Grade.Position.GAP);
    assertThat(g.reason())
        .isEqualTo(
            "80.5 is in no band of scale 'tebing-tinggi-2022-printed': in a gap"
                + " between bands");
  }

  @Test
  void grade_belowAndAbove_sayWhich() {
    assertThat(grade(PRINTED, "20").position()).contains(Grade.Position.BELOW);
    assertThat(grade(PRINTED, "111.11").position()).contains(Grade.Position.ABOVE);
  }

  @Test
  void grade_onAnOverlap_isAmbiguousListingBoth() {
    Grade g = grade(PRINTED, "75");
    assertThat(g.outcome()).isEqualTo(Grade.Outcome.AMBIGUOUS);
    assertThat(g.labels()).containsExactly("Sangat Baik", "Baik");
    assertThat(g.label()).isEmpty();
  }

  @Test
  void grade_permendagriBetween90And91_isSangatTinggi() {
    assertThat(grade(Scales.permendagri86(), "90.5").label()).contains("Sangat Tinggi");
    assertThat(grade(Scales.permendagri86(), "90").label()).contains("Tinggi");
    assertThat(grade(Scales.permendagri86(), "50").label()).contains("Sangat Rendah");
  }

  @Test
  void grade_sakipAndAkipBoundaries() {
    assertThat(grade(Scales.sakip88(), "90.01").label()).contains("AA");
    assertThat(grade(Scales.sakip88(), "90").label()).contains("A");
    assertThat(grade(Scales.sakip88(), "30").label()).contains("D");
    assertThat(grade(Scales.akip(), "85").label()).contains("Sangat Baik");
    assertThat(grade(Scales.akip(), "0").label()).contains("Kurang");
  }

  @Test
  void grade_figureWithoutValue_isNotGraded() {
    Figure f =
        Figure.notComputed(
            "achievement:positive", Status.DIVISION_BY_ZERO, "zero", java.util.Map.of());
    Grade g = Grader.grade(PRINTED, f);
    assertThat(g.outcome()).isEqualTo(Grade.Outcome.NOT_GRADED);
    assertThat(g.reason()).isEqualTo("no value to grade: DIVISION_BY_ZERO (zero)");
  }

  /** Position of a band on the number line: by lower bound, unbounded first, inclusive first. */
  private static int rank(GradingScale s, String label) {
    List<Band> sorted = new ArrayList<>(s.bands());
    sorted.sort(
        Comparator.comparing(
            (Band b) -> b.lower().map(Bound::value).orElse(null),
            Comparator.nullsFirst(Comparator.naturalOrder())));
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).label().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("no band " + label);
  }

  @Test
  void grade_builtInScales_areMonotonic() {
    for (GradingScale s : Scales.builtIns()) {
      qt().forAll(VALUES, VALUES)
          .checkAssert(
              (a, b) -> {
                Grade ga = Grader.grade(s, a.min(b));
                Grade gb = Grader.grade(s, a.max(b));
                if (ga.isGraded() && gb.isGraded()) {
                  assertThat(rank(s, ga.label().orElseThrow()))
                      .as("%s: %s vs %s", s.id(), a.min(b), a.max(b))
                      .isLessThanOrEqualTo(rank(s, gb.label().orElseThrow()));
                }
              });
    }
  }

  /**
   * A well-formed scale: distinct cut points c0 < c1 < … < cn, a band between each pair, each
   * interior cut belonging to the band below or above it, [c0, cn] covered; bands in a random order
   * (reports print them top-down or bottom-up).
   */
  private static final Gen<GradingScale> WELL_FORMED =
      lists()
          .of(integers().between(-1_000, 30_000))
          .ofSizeBetween(2, 8)
          .zip(
              lists().of(Generate.booleans()).ofSize(8),
              Generate.booleans(),
              (points, sides, reversed) -> {
                List<Integer> cuts = new ArrayList<>(new TreeSet<>(points));
                if (cuts.size() < 2) {
                  cuts.add(cuts.get(0) + 1);
                }
                List<Band> bands = new ArrayList<>();
                for (int i = 0; i + 1 < cuts.size(); i++) {
                  BigDecimal lo = BigDecimal.valueOf(cuts.get(i), 2);
                  BigDecimal hi = BigDecimal.valueOf(cuts.get(i + 1), 2);
                  boolean lowerInclusive = i == 0 || !sides.get(i - 1);
                  boolean upperInclusive = i + 2 == cuts.size() || sides.get(i);
                  bands.add(
                      ImmutableBand.builder()
                          .label("B" + i)
                          .lower(lowerInclusive ? Bound.inclusive(lo) : Bound.exclusive(lo))
                          .upper(upperInclusive ? Bound.inclusive(hi) : Bound.exclusive(hi))
                          .build());
                }
                if (reversed) {
                  java.util.Collections.reverse(bands);
                }
                return ImmutableGradingScale.builder()
                    .id("generated")
                    .name("generated")
                    .addAllBands(bands)
                    .build();
              });

  private static BigDecimal lowest(GradingScale s) {
    return s.bands().stream()
        .map(b -> b.lower().orElseThrow().value())
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  private static BigDecimal highest(GradingScale s) {
    return s.bands().stream()
        .map(b -> b.upper().orElseThrow().value())
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  @Test
  void grade_generatedWellFormedScales_everyValueInOneBand() {
    qt().forAll(WELL_FORMED, longs().between(0, 1_000_000))
        .checkAssert(
            (s, k) -> {
              BigDecimal lo = lowest(s);
              BigDecimal hi = highest(s);
              assertThat(ScaleChecker.check(s, lo, hi)).isEmpty();
              // A value in [lo, hi]: a cut point or a point between, in thousandths.
              BigDecimal span = hi.subtract(lo);
              BigDecimal v =
                  lo.add(
                      span.multiply(BigDecimal.valueOf(k, 6))
                          .setScale(3, java.math.RoundingMode.DOWN));
              Grade g = Grader.grade(s, v);
              assertThat(g.outcome()).as("%s in %s", v, s.bands()).isEqualTo(Grade.Outcome.GRADED);
              for (Band b : s.bands()) {
                assertThat(Grader.grade(s, b.lower().orElseThrow().value()).isGraded()).isTrue();
                assertThat(Grader.grade(s, b.upper().orElseThrow().value()).isGraded()).isTrue();
              }
            });
  }

  @Test
  void grade_generatedWellFormedScales_areMonotonic() {
    qt().forAll(WELL_FORMED, VALUES, VALUES)
        .checkAssert(
            (s, a, b) -> {
              Grade ga = Grader.grade(s, a.min(b));
              Grade gb = Grader.grade(s, a.max(b));
              if (ga.isGraded() && gb.isGraded()) {
                assertThat(rank(s, ga.label().orElseThrow()))
                    .isLessThanOrEqualTo(rank(s, gb.label().orElseThrow()));
              }
              assertThat(ga.outcome()).isNotEqualTo(Grade.Outcome.AMBIGUOUS);
            });
  }

  @Test
  void grade_outsideAGeneratedScale_isUncoveredBelowOrAbove() {
    qt().forAll(WELL_FORMED)
        .checkAssert(
            s -> {
              assertThat(Grader.grade(s, lowest(s).subtract(BigDecimal.ONE)).position())
                  .isEqualTo(Optional.of(Grade.Position.BELOW));
              assertThat(Grader.grade(s, highest(s).add(BigDecimal.ONE)).position())
                  .isEqualTo(Optional.of(Grade.Position.ABOVE));
            });
  }

  @Test
  void grade_aboveTopBand_uncoveredUnlessTheRuleSetGradesItAsTop() {
    GradingScale akip = Scales.akip();
    BigDecimal over = new BigDecimal("111.11");

    assertThat(Grader.grade(akip, over, false).outcome()).isEqualTo(Grade.Outcome.UNCOVERED);
    Grade top = Grader.grade(akip, over, true);
    assertThat(top.outcome()).isEqualTo(Grade.Outcome.GRADED);
    assertThat(top.label()).contains("Memuaskan");
    assertThat(top.reason()).contains("above every band").contains("top band 'Memuaskan'");
    // values inside the scale, and values below it, are not affected by the choice
    assertThat(Grader.grade(akip, new BigDecimal("72.84"), true).label()).contains("Baik");
    assertThat(Grader.grade(Scales.tebingTinggi2022Printed(), new BigDecimal("10"), true).outcome())
        .isEqualTo(Grade.Outcome.UNCOVERED);
  }
}
