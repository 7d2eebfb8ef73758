package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;

/**
 * An indicator formula (<i>formulasi</i>) as a rule: a stable id, a human description, the inputs
 * it reads, and one pure method that computes the indicator value for a year.
 *
 * <p>Implementations must be immutable and thread-safe, and must not throw for data problems: a
 * missing input or a zero denominator is a {@link Figure} with the matching {@link Status}. The
 * figure's value is in the indicator's unit (a percentage on the 0–100 scale for percentage
 * indicators).
 *
 * @since 0.1
 */
public interface IndicatorFormula {
  /** Stable id, e.g. "lkjip:placement-growth"; the "lkjip:" prefix is reserved for built-ins. */
  String id();

  /**
   * What the formula computes, for people, e.g. "(placed[n] − placed[n−1]) / placed[n−1] × 100".
   */
  String description();

  /** Names of the inputs the formula reads (from {@link org.lkjip.model.Indicator#inputs()}). */
  ImmutableList<String> inputNames();

  /**
   * Computes the indicator value for {@code inputs.year()}, rounding the result with {@code
   * rounding}.
   *
   * @param inputs the indicator's raw inputs and the year to compute, never null
   * @param rounding the rounding of the result, never null
   * @return the figure, never null
   */
  Figure compute(FormulaInputs inputs, Rounding rounding);
}
