package org.lkjip.model;

/**
 * Direction in which an indicator improves.
 *
 * @since 0.1
 */
public enum Polarity {
  /** Higher is better (most indicators). */
  POSITIVE,
  /** Lower is better (e.g. open unemployment rate, number of disputes). */
  NEGATIVE
}
