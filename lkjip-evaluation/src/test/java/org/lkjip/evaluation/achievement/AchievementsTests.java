package org.lkjip.evaluation.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;
import org.lkjip.formulas.Status;
import org.lkjip.model.Absence;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Polarity;
import org.lkjip.model.Target;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AchievementsTests {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final AchievementPolicy TRUNCATE =
      AchievementPolicy.of(RoundingPolicy.of(Rounding.truncate(2), true));
  private static final AchievementPolicy HALF_UP =
      AchievementPolicy.of(RoundingPolicy.of(Rounding.halfUp(2)));
  private static final AchievementPolicy T_OVER_R =
      ImmutableAchievementPolicy.copyOf(HALF_UP).withNegativeForm(NegativePolarityForm.T_OVER_R);

  /** Amounts in hundredths, 0.01 .. 10 000. */
  private static final Gen<BigDecimal> POSITIVE =
      longs().between(1, 1_000_000).map(l -> BigDecimal.valueOf(l, 2));

  private static final Gen<BigDecimal> NON_NEGATIVE =
      longs().between(0, 1_000_000).map(l -> BigDecimal.valueOf(l, 2));

  private static final Gen<RoundingMode> MODES =
      Generate.pick(
          java.util.List.of(RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN));

  private static Target target(String value) {
    return ImmutableTarget.builder().value(new BigDecimal(value)).build();
  }

  private static Target range(String low, String high) {
    return ImmutableTarget.builder().low(new BigDecimal(low)).high(new BigDecimal(high)).build();
  }

  private static AchievementPolicy policy(RoundingMode mode, NegativePolarityForm form) {
    return ImmutableAchievementPolicy.builder()
        .rounding(RoundingPolicy.of(Rounding.of(2, mode)))
        .negativeForm(form)
        .build();
  }

  @Test
  void compute_seedTruncatedValue_gives5273() {
    Figure f =
        Achievements.compute(new BigDecimal("34.28"), target("65"), Polarity.POSITIVE, TRUNCATE);
    assertThat(f.valueOrThrow()).isEqualByComparingTo("52.73");
    assertThat(f.inputs()).containsKeys("actual", "target");
  }

  @Test
  void compute_seedUnroundedValue_halfUpGives5275() {
    BigDecimal unrounded =
        new BigDecimal("36")
            .multiply(HUNDRED)
            .divide(new BigDecimal("105"), Rounding.WORKING_PRECISION);
    Figure f = Achievements.compute(unrounded, target("65"), Polarity.POSITIVE, HALF_UP);
    // 34.2857… / 65 × 100 = 52.747…: the printed 52,74 of Tabel 5 is neither this nor 52,73.
    assertThat(f.valueOrThrow()).isEqualByComparingTo("52.75");
  }

  @Test
  void compute_negativeTwoTMinusR_isLinear() {
    Figure f = Achievements.compute(new BigDecimal("6"), target("5"), Polarity.NEGATIVE, HALF_UP);
    assertThat(f.valueOrThrow()).isEqualByComparingTo("80.00");
    assertThat(f.rule()).isEqualTo("achievement:negative-2t-minus-r");
  }

  @Test
  void compute_negativeTOverR_isHyperbolic() {
    Figure f = Achievements.compute(new BigDecimal("6"), target("5"), Polarity.NEGATIVE, T_OVER_R);
    assertThat(f.valueOrThrow()).isEqualByComparingTo("83.33");
    assertThat(f.rule()).isEqualTo("achievement:negative-t-over-r");
  }

  @Test
  void compute_zeroTarget_isDivisionByZeroWithReason() {
    Figure f = Achievements.compute(new BigDecimal("3"), target("0"), Polarity.POSITIVE, HALF_UP);
    assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(f.reason()).contains("the target is zero: achievement is undefined");
  }

  @Test
  void compute_zeroTargetMetUnderHundredIfMet_is100() {
    AchievementPolicy p =
        ImmutableAchievementPolicy.copyOf(HALF_UP).withZeroTarget(ZeroTargetPolicy.HUNDRED_IF_MET);
    Figure f = Achievements.compute(BigDecimal.ZERO, target("0"), Polarity.NEGATIVE, p);
    assertThat(f.valueOrThrow()).isEqualByComparingTo("100");
    assertThat(f.reason()).contains("the target is zero and the actual is zero: met exactly");
    Figure missed = Achievements.compute(BigDecimal.ONE, target("0"), Polarity.NEGATIVE, p);
    assertThat(missed.status()).isEqualTo(Status.DIVISION_BY_ZERO);
  }

  @Test
  void compute_zeroActualUnderTOverR_followsPolicy() {
    Figure f = Achievements.compute(BigDecimal.ZERO, target("5"), Polarity.NEGATIVE, T_OVER_R);
    assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(f.reason()).contains("the actual is zero: T / R is undefined");
    AchievementPolicy capped =
        ImmutableAchievementPolicy.copyOf(T_OVER_R)
            .withZeroActual(ZeroActualPolicy.CAP)
            .withCap(new BigDecimal("120"));
    assertThat(
            Achievements.compute(BigDecimal.ZERO, target("5"), Polarity.NEGATIVE, capped)
                .valueOrThrow())
        .isEqualByComparingTo("120");
  }

  @Test
  void compute_cap_limitsAndSaysSo() {
    AchievementPolicy p = ImmutableAchievementPolicy.copyOf(HALF_UP).withCap(new BigDecimal("110"));
    Figure f = Achievements.compute(new BigDecimal("100"), target("80"), Polarity.POSITIVE, p);
    assertThat(f.valueOrThrow()).isEqualByComparingTo("110");
    assertThat(f.reason().orElseThrow()).startsWith("capped at 110 (uncapped 125");
    assertThat(f.inputs()).containsEntry("cap", new BigDecimal("110"));
  }

  @Test
  void compute_uncappedByDefault() {
    Figure f =
        Achievements.compute(new BigDecimal("100"), target("90"), Polarity.POSITIVE, TRUNCATE);
    assertThat(f.valueOrThrow()).isEqualByComparingTo("111.11");
  }

  @Test
  void compute_targetAbsences() {
    Target na = ImmutableTarget.builder().absence(Absence.NOT_APPLICABLE).build();
    Target nil = ImmutableTarget.builder().absence(Absence.NIL).build();
    Target blank = ImmutableTarget.builder().absence(Absence.NOT_REPORTED).build();
    assertThat(Achievements.compute(BigDecimal.ONE, na, Polarity.POSITIVE, HALF_UP).status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(Achievements.compute(BigDecimal.ONE, nil, Polarity.POSITIVE, HALF_UP).status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(Achievements.compute(BigDecimal.ONE, blank, Polarity.POSITIVE, HALF_UP).status())
        .isEqualTo(Status.MISSING_INPUT);
  }

  @Test
  void compute_rangeTarget_insideIs100_outsideAgainstNearerBound() {
    Target r = range("10", "20");
    assertThat(
            Achievements.compute(new BigDecimal("15"), r, Polarity.POSITIVE, HALF_UP)
                .valueOrThrow())
        .isEqualByComparingTo("100");
    assertThat(
            Achievements.compute(new BigDecimal("10"), r, Polarity.NEGATIVE, HALF_UP)
                .valueOrThrow())
        .isEqualByComparingTo("100");
    Figure below = Achievements.compute(new BigDecimal("8"), r, Polarity.POSITIVE, HALF_UP);
    assertThat(below.valueOrThrow()).isEqualByComparingTo("80");
    assertThat(below.inputs()).containsEntry("bound", new BigDecimal("10"));
    assertThat(below.rule()).isEqualTo("achievement:range-positive");
    Figure above = Achievements.compute(new BigDecimal("25"), r, Polarity.NEGATIVE, HALF_UP);
    assertThat(above.valueOrThrow()).isEqualByComparingTo("75");
  }

  /** Oracle: BigDecimal's exact division rounded to 2 places. */
  private static BigDecimal oracle(
      BigDecimal numerator, BigDecimal denominator, RoundingMode mode) {
    return numerator.multiply(HUNDRED).divide(denominator, 2, mode);
  }

  @Test
  void compute_positivePolarity_matchesOracle() {
    qt().forAll(NON_NEGATIVE, POSITIVE, MODES)
        .checkAssert(
            (r, t, mode) -> {
              Figure f =
                  Achievements.compute(
                      r,
                      target(t.toPlainString()),
                      Polarity.POSITIVE,
                      policy(mode, NegativePolarityForm.TWO_T_MINUS_R_OVER_T));
              assertThat(f.valueOrThrow()).isEqualByComparingTo(oracle(r, t, mode));
            });
  }

  @Test
  void compute_negativePolarityTwoTMinusR_matchesOracle() {
    qt().forAll(NON_NEGATIVE, POSITIVE, MODES)
        .checkAssert(
            (r, t, mode) -> {
              Figure f =
                  Achievements.compute(
                      r,
                      target(t.toPlainString()),
                      Polarity.NEGATIVE,
                      policy(mode, NegativePolarityForm.TWO_T_MINUS_R_OVER_T));
              assertThat(f.valueOrThrow())
                  .isEqualByComparingTo(oracle(t.add(t).subtract(r), t, mode));
            });
  }

  @Test
  void compute_negativePolarityTOverR_matchesOracle() {
    qt().forAll(POSITIVE, POSITIVE, MODES)
        .checkAssert(
            (r, t, mode) -> {
              Figure f =
                  Achievements.compute(
                      r,
                      target(t.toPlainString()),
                      Polarity.NEGATIVE,
                      policy(mode, NegativePolarityForm.T_OVER_R));
              assertThat(f.valueOrThrow()).isEqualByComparingTo(oracle(t, r, mode));
            });
  }

  @Test
  void compute_cap_neverExceededAndEqualsUncappedBelowIt() {
    AchievementPolicy capped =
        ImmutableAchievementPolicy.copyOf(HALF_UP).withCap(new BigDecimal("120"));
    qt().forAll(NON_NEGATIVE, POSITIVE)
        .checkAssert(
            (r, t) -> {
              BigDecimal c =
                  Achievements.compute(r, target(t.toPlainString()), Polarity.POSITIVE, capped)
                      .valueOrThrow();
              BigDecimal u =
                  Achievements.compute(r, target(t.toPlainString()), Polarity.POSITIVE, HALF_UP)
                      .valueOrThrow();
              assertThat(c).isLessThanOrEqualTo(new BigDecimal("120"));
              assertThat(c).isEqualByComparingTo(u.min(new BigDecimal("120")));
            });
  }

  @Test
  void compute_higherActualNeverLowersPositiveOrRaisesNegative() {
    qt().forAll(NON_NEGATIVE, NON_NEGATIVE, POSITIVE)
        .checkAssert(
            (a, b, t) -> {
              BigDecimal lo = a.min(b);
              BigDecimal hi = a.max(b);
              Target tt = target(t.toPlainString());
              assertThat(Achievements.compute(hi, tt, Polarity.POSITIVE, HALF_UP).valueOrThrow())
                  .isGreaterThanOrEqualTo(
                      Achievements.compute(lo, tt, Polarity.POSITIVE, HALF_UP).valueOrThrow());
              assertThat(Achievements.compute(hi, tt, Polarity.NEGATIVE, HALF_UP).valueOrThrow())
                  .isLessThanOrEqualTo(
                      Achievements.compute(lo, tt, Polarity.NEGATIVE, HALF_UP).valueOrThrow());
            });
  }

  @Test
  void compute_rangeTarget_matchesOracle() {
    qt().forAll(NON_NEGATIVE, POSITIVE, POSITIVE)
        .checkAssert(
            (r, a, b) -> {
              BigDecimal low = a.min(b);
              BigDecimal high = a.max(b);
              Figure f =
                  Achievements.compute(
                      r,
                      range(low.toPlainString(), high.toPlainString()),
                      Polarity.POSITIVE,
                      HALF_UP);
              BigDecimal expected =
                  r.compareTo(low) < 0
                      ? oracle(r, low, RoundingMode.HALF_UP)
                      : r.compareTo(high) > 0
                          ? oracle(r, high, RoundingMode.HALF_UP)
                          : new BigDecimal("100.00");
              assertThat(f.valueOrThrow()).isEqualByComparingTo(expected);
              assertThat(f.reason().isPresent())
                  .isEqualTo(
                      expected.compareTo(HUNDRED) == 0
                          && r.compareTo(low) >= 0
                          && r.compareTo(high) <= 0);
            });
  }

  @Test
  void compute_neverThrowsForZeros() {
    qt().forAll(
            NON_NEGATIVE,
            Generate.enumValues(Polarity.class),
            Generate.enumValues(NegativePolarityForm.class))
        .checkAssert(
            (r, polarity, form) -> {
              Figure f =
                  Achievements.compute(
                      r, target("0"), polarity, policy(RoundingMode.HALF_UP, form));
              assertThat(f.status()).isIn(Status.COMPUTED, Status.DIVISION_BY_ZERO);
              assertThat(Optional.of(f)).isNotEmpty();
            });
  }
}
