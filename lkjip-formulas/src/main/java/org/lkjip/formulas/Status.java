package org.lkjip.formulas;

/**
 * Outcome of a computation. Only {@link #COMPUTED} carries a value; every other status carries a
 * reason.
 *
 * @since 0.1
 */
public enum Status {
  /** The value was computed. */
  COMPUTED,
  /** An input the rule needs is missing or reported as absent ("N/A", blank). */
  MISSING_INPUT,
  /** The denominator is zero (a ratio of x/0, or growth from a zero base). */
  DIVISION_BY_ZERO,
  /** The figure does not apply (e.g. a "Nihil" national standard, a target of "N/A"). */
  NOT_APPLICABLE,
  /** An input has a value the rule cannot use (e.g. a negative count). */
  INVALID_INPUT,
  /** A host-supplied rule threw; the reason names the rule and the indicator. */
  RULE_FAILED
}
