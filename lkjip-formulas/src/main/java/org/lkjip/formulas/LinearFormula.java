package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;

/**
 * The weighted-sum shape: {@code w1 × a + w2 × b + …} over inputs of the year computed. It covers
 * sums, differences ({@code a − b}) and a value given directly ({@code 1 × value}).
 *
 * <p>The unrounded value is the exact sum rounded to {@link Rounding#WORKING_PRECISION} (which
 * changes nothing for any realistic figure). When the inputs are counts, a negative one is {@link
 * Status#INVALID_INPUT}. The figure's inputs are the raw inputs by name, in order.
 */
final class LinearFormula extends AbstractFormula {
  private final LinearCombination terms;

  private LinearFormula(String id, String description, LinearCombination terms, boolean counts) {
    super(id, description, terms.inputNames(), counts);
    this.terms = terms;
  }

  /**
   * The weighted sum {@code terms}; {@code prefix} precedes the generated formula text in the
   * description; {@code counts} says whether a negative input is invalid.
   */
  static LinearFormula of(String id, String prefix, LinearCombination terms, boolean counts) {
    return new LinearFormula(id, prefix + terms.describe(false), terms, counts);
  }

  /** The value of input {@code input} as it is (any sign), described by {@code description}. */
  static LinearFormula direct(String id, String description, String input) {
    return new LinearFormula(id, description, LinearCombination.of(input), false);
  }

  @Override
  ImmutableList<InputKey> keys(int year) {
    return sameYearKeys(year);
  }

  @Override
  Figure computeFrom(int year, ImmutableMap<String, BigDecimal> values, Rounding rounding) {
    BigDecimal unrounded = terms.evaluate(values).round(Rounding.WORKING_PRECISION);
    return Figure.computed(id(), unrounded, rounding, values);
  }
}
