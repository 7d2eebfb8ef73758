package org.lkjip.evaluation.achievement;

/**
 * What achievement is when the target it divides by is zero.
 *
 * @since 0.1
 */
public enum ZeroTargetPolicy {
  /** Always a {@code DIVISION_BY_ZERO} figure whose reason says the target is zero. */
  DIVISION_BY_ZERO,
  /**
   * 100 when the actual is zero too (a zero target met exactly, e.g. "0 disputes" achieved), with a
   * reason saying so; otherwise {@code DIVISION_BY_ZERO}.
   */
  HUNDRED_IF_MET
}
