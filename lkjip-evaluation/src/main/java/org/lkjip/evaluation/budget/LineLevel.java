package org.lkjip.evaluation.budget;

/**
 * Level of a budget line in the tree program → activity → sub-activity.
 *
 * @since 0.1
 */
public enum LineLevel {
  /** A program. */
  PROGRAM,
  /** An activity (<i>kegiatan</i>). */
  ACTIVITY,
  /** A sub-activity (<i>sub kegiatan</i>), the line that carries budget and spending. */
  SUB_ACTIVITY
}
