package org.lkjip.evaluation.audit;

/**
 * Outcome of reconciling one published figure with its recomputed value.
 *
 * @since 0.1
 */
public enum ReconciliationStatus {
  /** The printed value equals the recomputed one under the rule set (at the printed precision). */
  MATCH,
  /** The printed value is reproduced only by another rounding, named in the reconciliation. */
  MATCH_WITH_OTHER_ROUNDING,
  /** No rule and no rounding reproduces the printed value. */
  MISMATCH,
  /** No rule recomputes the figure, or its inputs are missing; the cause says which. */
  NOT_RECOMPUTABLE
}
