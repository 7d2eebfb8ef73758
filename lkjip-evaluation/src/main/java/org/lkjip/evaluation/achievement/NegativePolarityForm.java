package org.lkjip.evaluation.achievement;

/**
 * How achievement is computed for an indicator of negative polarity (lower is better).
 *
 * @since 0.1
 */
public enum NegativePolarityForm {
  /**
   * {@code (2T − R) / T × 100}: PermenPAN-RB "kondisi khusus"; linear, 100 at target, may go
   * negative when R exceeds 2T.
   */
  TWO_T_MINUS_R_OVER_T,
  /** {@code T / R × 100}: hyperbolic; undefined when R = 0 (see {@link ZeroActualPolicy}). */
  T_OVER_R
}
