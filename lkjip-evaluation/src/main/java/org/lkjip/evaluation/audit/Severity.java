package org.lkjip.evaluation.audit;

/**
 * How serious a {@link Finding} is, most serious first (the declaration order is the sort order).
 *
 * @since 0.1
 */
public enum Severity {
  /** The report contradicts itself or its data: a printed figure is wrong. */
  ERROR,
  /** Something a reader should look at: ambiguous, inconsistent in form, or fragile. */
  WARNING,
  /** Worth knowing, not a defect. */
  INFO
}
