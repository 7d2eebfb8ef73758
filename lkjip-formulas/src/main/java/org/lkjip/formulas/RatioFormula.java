package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ratio shape: {@code numerator / denominator × scale}, where numerator and denominator are
 * weighted sums of inputs of the year computed. With single inputs and scale 100 it is the usual
 * percentage {@code a / b × 100}.
 *
 * <p>The unrounded value is {@code numerator.multiply(scale).divide(denominator,
 * WORKING_PRECISION)}: 34 significant digits. For a power-of-ten scale such as 100 this is the same
 * number as dividing first and then multiplying, without the trailing zeros. Inputs are counts: a
 * negative one is {@link Status#INVALID_INPUT}. A zero denominator is {@link
 * Status#DIVISION_BY_ZERO}; a zero numerator is a computed 0. The figure's inputs are the raw
 * inputs in order of use (numerator first), followed by "numerator" and "denominator" totals when a
 * side is more than one input taken once.
 */
final class RatioFormula extends AbstractFormula {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final LinearCombination numerator;
  private final LinearCombination denominator;
  private final BigDecimal scale;

  private RatioFormula(
      String id,
      String title,
      LinearCombination numerator,
      LinearCombination denominator,
      BigDecimal scale) {
    super(id, title + describe(numerator, denominator, scale), union(numerator, denominator), true);
    if (scale.signum() == 0) {
      throw new IllegalArgumentException("bug: ratio scale 0");
    }
    this.numerator = numerator;
    this.denominator = denominator;
    this.scale = scale;
  }

  /** {@code numerator / denominator × 100}, described as "title: numerator / denominator × 100". */
  static RatioFormula percentage(String id, String title, String numerator, String denominator) {
    return new RatioFormula(
        id,
        title + ": ",
        LinearCombination.of(numerator),
        LinearCombination.of(denominator),
        HUNDRED);
  }

  /** The general ratio; {@code prefix} precedes the generated formula text in the description. */
  static RatioFormula of(
      String id,
      String prefix,
      LinearCombination numerator,
      LinearCombination denominator,
      BigDecimal scale) {
    return new RatioFormula(id, prefix, numerator, denominator, scale);
  }

  private static String describe(LinearCombination n, LinearCombination d, BigDecimal scale) {
    String s = n.describe(true) + " / " + d.describe(true);
    return scale.compareTo(BigDecimal.ONE) == 0 ? s : s + " × " + scale.toPlainString();
  }

  private static ImmutableList<String> union(LinearCombination n, LinearCombination d) {
    Set<String> names = new LinkedHashSet<>(n.inputNames());
    names.addAll(d.inputNames());
    return ImmutableList.copyOf(names);
  }

  @Override
  ImmutableList<InputKey> keys(int year) {
    return sameYearKeys(year);
  }

  @Override
  Figure computeFrom(int year, ImmutableMap<String, BigDecimal> values, Rounding rounding) {
    BigDecimal num = numerator.evaluate(values);
    BigDecimal den = denominator.evaluate(values);
    boolean totals = !numerator.isSingleInput() || !denominator.isSingleInput();
    Map<String, BigDecimal> shown = values;
    if (totals) {
      shown = new LinkedHashMap<>(values);
      shown.put("numerator", num);
      shown.put("denominator", den);
    }
    if (den.signum() == 0) {
      return Figure.notComputed(
          id(),
          Status.DIVISION_BY_ZERO,
          "denominator "
              + side(denominator, values)
              + " for "
              + year
              + " is "
              + den.toPlainString()
              + " (numerator "
              + side(numerator, values)
              + " = "
              + num.toPlainString()
              + ")",
          shown);
    }
    BigDecimal unrounded = Rounding.divide(num.multiply(scale), den);
    return Figure.computed(id(), unrounded, rounding, shown);
  }

  /** "'examined'" for a single input, else "(a + b) [a = 1, b = 2]". */
  private static String side(LinearCombination side, Map<String, BigDecimal> values) {
    if (side.isSingleInput()) {
      return "'" + side.terms().get(0).input() + "'";
    }
    StringBuilder s = new StringBuilder(side.describe(true)).append(" [");
    for (int i = 0; i < side.terms().size(); i++) {
      String name = side.terms().get(i).input();
      BigDecimal v = values.get(name);
      s.append(i == 0 ? "" : ", ")
          .append(name)
          .append(" = ")
          .append(v == null ? "?" : v.toPlainString());
    }
    return s.append(']').toString();
  }
}
