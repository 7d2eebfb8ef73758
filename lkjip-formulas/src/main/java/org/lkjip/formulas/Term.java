package org.lkjip.formulas;

import java.math.BigDecimal;

/**
 * One weighted input of a {@link LinearCombination}: {@code weight × input}.
 *
 * @param input the input name, non-blank
 * @param weight the factor, not zero
 */
record Term(String input, BigDecimal weight) {
  Term {
    if (input.isBlank()) {
      throw new IllegalArgumentException("bug: blank input name in a term");
    }
    if (weight.signum() == 0) {
      throw new IllegalArgumentException("bug: zero weight for input '" + input + "'");
    }
  }

  /** {@code 1 × input}. */
  static Term of(String input) {
    return new Term(input, BigDecimal.ONE);
  }
}
