package org.lkjip.evaluation.achievement;

/**
 * What achievement is under {@link NegativePolarityForm#T_OVER_R} when the actual is zero (and the
 * target is not): the best possible result, which {@code T / R} cannot express.
 *
 * @since 0.1
 */
public enum ZeroActualPolicy {
  /** A {@code DIVISION_BY_ZERO} figure whose reason says the actual is zero. */
  DIVISION_BY_ZERO,
  /**
   * The cap of the {@link AchievementPolicy}, with a reason saying so; {@code DIVISION_BY_ZERO}
   * when the policy has no cap.
   */
  CAP
}
