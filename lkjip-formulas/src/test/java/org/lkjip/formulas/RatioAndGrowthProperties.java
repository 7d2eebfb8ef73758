package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.testkit.SampleInputs;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ratio and growth formulas against a plain {@code BigDecimal} oracle written here, independently
 * of the implementation: {@code num.divide(den, DECIMAL128).multiply(100).setScale(scale, mode)},
 * for every {@link RoundingMode} but UNNECESSARY and every scale 0–6.
 */
class RatioAndGrowthProperties {
  private static final int YEAR = 2022;
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final long MAX_COUNT = 1_000_000_000_000L;

  /** Every rounding: all modes but UNNECESSARY, scales 0 to 6. */
  private static final List<Rounding> ROUNDINGS = roundings();

  private static List<Rounding> roundings() {
    List<Rounding> all = new ArrayList<>();
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode != RoundingMode.UNNECESSARY) {
        for (int scale = 0; scale <= 6; scale++) {
          all.add(Rounding.of(scale, mode));
        }
      }
    }
    return all;
  }

  /** Non-negative integers up to 10^12, small counts (often 0) and decimals with up to 6 places. */
  private static Gen<BigDecimal> counts() {
    Gen<BigDecimal> large = longs().between(0, MAX_COUNT).map(v -> BigDecimal.valueOf(v));
    Gen<BigDecimal> small = longs().between(0, 30).map(v -> BigDecimal.valueOf(v));
    Gen<BigDecimal> decimals =
        longs().between(0, MAX_COUNT).zip(integers().between(1, 6), BigDecimal::valueOf);
    return large.mix(small, 30).mix(decimals, 30);
  }

  private static Gen<BigDecimal> positiveCounts() {
    return counts().assuming(v -> v.signum() > 0);
  }

  private static Gen<BigDecimal> zeros() {
    return integers().between(0, 6).map(scale -> BigDecimal.ZERO.setScale(scale));
  }

  private static BigDecimal ratioOracle(BigDecimal num, BigDecimal den, Rounding r) {
    return num.divide(den, MathContext.DECIMAL128).multiply(HUNDRED).setScale(r.scale(), r.mode());
  }

  private static BigDecimal growthOracle(BigDecimal current, BigDecimal base, Rounding r) {
    return current
        .subtract(base)
        .divide(base, MathContext.DECIMAL128)
        .multiply(HUNDRED)
        .setScale(r.scale(), r.mode());
  }

  private static FormulaInputs ratioInputs(BigDecimal num, BigDecimal den) {
    return SampleInputs.forYear(YEAR)
        .put("certified", YEAR, num)
        .put("examined", YEAR, den)
        .build();
  }

  private static FormulaInputs growthInputs(BigDecimal current, BigDecimal base) {
    return SampleInputs.forYear(YEAR)
        .put("placed", YEAR, current)
        .put("placed", YEAR - 1, base)
        .build();
  }

  @Test
  void ratio_nonZeroDenominator_equalsOracleForEveryRounding() {
    qt().forAll(counts(), positiveCounts())
        .checkAssert(
            (num, den) -> {
              for (Rounding r : ROUNDINGS) {
                Figure f = Formulas.certificationRatio().compute(ratioInputs(num, den), r);
                assertThat(f.status()).isEqualTo(Status.COMPUTED);
                assertThat(f.value())
                    .as("%s / %s, %s", num, den, r)
                    .contains(ratioOracle(num, den, r));
              }
            });
  }

  @Test
  void growth_nonZeroBase_equalsOracleForEveryRounding() {
    qt().forAll(counts(), positiveCounts())
        .checkAssert(
            (current, base) -> {
              for (Rounding r : ROUNDINGS) {
                Figure f = Formulas.placementGrowth().compute(growthInputs(current, base), r);
                assertThat(f.status()).isEqualTo(Status.COMPUTED);
                assertThat(f.value())
                    .as("%s after %s, %s", current, base, r)
                    .contains(growthOracle(current, base, r));
              }
            });
  }

  @Test
  void ratio_zeroDenominator_isDivisionByZeroAndNeverThrows() {
    qt().forAll(counts(), zeros())
        .checkAssert(
            (num, zero) -> {
              for (Rounding r : ROUNDINGS) {
                assertThatCode(
                        () -> Formulas.certificationRatio().compute(ratioInputs(num, zero), r))
                    .doesNotThrowAnyException();
                Figure f = Formulas.certificationRatio().compute(ratioInputs(num, zero), r);
                assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
                assertThat(f.value()).isEmpty();
              }
            });
  }

  @Test
  void growth_zeroBase_isDivisionByZeroAndNeverThrows() {
    qt().forAll(counts(), zeros())
        .checkAssert(
            (current, zero) -> {
              for (Rounding r : ROUNDINGS) {
                assertThatCode(
                        () -> Formulas.placementGrowth().compute(growthInputs(current, zero), r))
                    .doesNotThrowAnyException();
                Figure f = Formulas.placementGrowth().compute(growthInputs(current, zero), r);
                assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
              }
            });
  }

  @Test
  void jsonRatioDefinition_anyInputs_equalsBuiltInTwin() {
    IndicatorFormula twin =
        definition(
                "{\"kind\":\"ratio\",\"id\":\"test:certification\",\"description\":\"certified share\","
                    + "\"numerator\":[{\"input\":\"certified\"}],"
                    + "\"denominator\":[{\"input\":\"examined\",\"weight\":1}]}")
            .toFormula();
    qt().forAll(counts(), counts())
        .checkAssert(
            (num, den) -> {
              for (Rounding r : ROUNDINGS) {
                FormulaInputs in = ratioInputs(num, den);
                assertThat(ImmutableFigure.copyOf(twin.compute(in, r)).withRule("x"))
                    .isEqualTo(
                        ImmutableFigure.copyOf(Formulas.certificationRatio().compute(in, r))
                            .withRule("x"));
              }
            });
  }

  @Test
  void jsonGrowthDefinition_anyInputs_equalsBuiltInTwin() {
    IndicatorFormula twin =
        definition(
                "{\"kind\":\"growth\",\"id\":\"test:placement-growth\","
                    + "\"description\":\"placement growth\",\"input\":\"placed\"}")
            .toFormula();
    qt().forAll(counts(), counts())
        .checkAssert(
            (current, base) -> {
              for (Rounding r : ROUNDINGS) {
                FormulaInputs in = growthInputs(current, base);
                assertThat(ImmutableFigure.copyOf(twin.compute(in, r)).withRule("x"))
                    .isEqualTo(
                        ImmutableFigure.copyOf(Formulas.placementGrowth().compute(in, r))
                            .withRule("x"));
              }
            });
  }

  private static FormulaDefinition definition(String json) {
    return JsonMapper.builder().build().readValue(json, FormulaDefinition.class);
  }
}
