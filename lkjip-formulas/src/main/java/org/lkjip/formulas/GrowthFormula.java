package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;

/**
 * The year-on-year growth shape: {@code (x[n] − x[n−1]) / x[n−1] × scale} for one input {@code x}
 * (scale 100 gives a percentage).
 *
 * <p>The unrounded value is {@code (x[n] − x[n−1]).multiply(scale).divide(x[n−1],
 * WORKING_PRECISION)} (34 significant digits); it is negative when the count fell. Inputs are
 * counts: a negative one is {@link Status#INVALID_INPUT}. A zero base {@code x[n−1]} is {@link
 * Status#DIVISION_BY_ZERO}. The figure's inputs are "x[n]" and "x[n−1]" with the years written out,
 * e.g. "placed[2022]" then "placed[2021]".
 */
final class GrowthFormula extends AbstractFormula {
  private final String input;
  private final BigDecimal scale;

  private GrowthFormula(String id, String prefix, String input, BigDecimal scale) {
    super(id, prefix + describe(input, scale), ImmutableList.of(input), true);
    if (scale.signum() == 0) {
      throw new IllegalArgumentException("bug: growth scale 0");
    }
    this.input = input;
    this.scale = scale;
  }

  /** Growth of {@code input} in percent, described as "title: (x[n] − x[n−1]) / x[n−1] × 100". */
  static GrowthFormula percentage(String id, String title, String input) {
    return new GrowthFormula(id, title + ": ", input, BigDecimal.valueOf(100));
  }

  /** The general growth; {@code prefix} precedes the generated formula text in the description. */
  static GrowthFormula of(String id, String prefix, String input, BigDecimal scale) {
    return new GrowthFormula(id, prefix, input, scale);
  }

  private static String describe(String x, BigDecimal scale) {
    String s = "(" + x + "[n] − " + x + "[n−1]) / " + x + "[n−1]";
    return scale.compareTo(BigDecimal.ONE) == 0 ? s : s + " × " + scale.toPlainString();
  }

  @Override
  ImmutableList<InputKey> keys(int year) {
    return ImmutableList.of(
        new InputKey(input, year, label(year)), new InputKey(input, year - 1, label(year - 1)));
  }

  private String label(int year) {
    return input + "[" + year + "]";
  }

  @Override
  Figure computeFrom(int year, ImmutableMap<String, BigDecimal> values, Rounding rounding) {
    BigDecimal current = value(values, label(year));
    BigDecimal base = value(values, label(year - 1));
    if (base.signum() == 0) {
      return Figure.notComputed(
          id(),
          Status.DIVISION_BY_ZERO,
          "base '"
              + input
              + "' for "
              + (year - 1)
              + " is "
              + base.toPlainString()
              + " (it is "
              + current.toPlainString()
              + " for "
              + year
              + "): growth from zero is undefined",
          values);
    }
    BigDecimal unrounded = Rounding.divide(current.subtract(base).multiply(scale), base);
    return Figure.computed(id(), unrounded, rounding, values);
  }

  private static BigDecimal value(ImmutableMap<String, BigDecimal> values, String label) {
    BigDecimal v = values.get(label);
    if (v == null) {
      throw new IllegalStateException("bug: no value for " + label);
    }
    return v;
  }
}
