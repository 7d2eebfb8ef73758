package org.lkjip.model;

/**
 * What a published figure states, so that it can be recomputed. The subject of the figure is an
 * indicator, an objective, a budget line (program, activity, sub-activity) or the whole report.
 *
 * @since 0.1
 */
public enum Measure {
  /** Indicator value (<i>realisasi kinerja</i>) for a year; subject: indicator. */
  INDICATOR_VALUE,
  /** Target for a year; subject: indicator. */
  TARGET,
  /**
   * Achievement (<i>% capaian</i>); subject: indicator, or objective (mean over its indicators).
   */
  ACHIEVEMENT,
  /** Grade (<i>kategori, predikat</i>) as printed text; subject: indicator. */
  GRADE,
  /** Target at the end of the plan period; subject: indicator. */
  PLAN_END_TARGET,
  /** Progress against the plan's end target (<i>tingkat kemajuan</i>); subject: indicator. */
  PLAN_PROGRESS,
  /** National standard; subject: indicator. */
  NATIONAL_STANDARD,
  /** Value as a percentage of the national standard; subject: indicator. */
  STANDARD_COMPARISON,
  /** Budget (<i>anggaran</i>); subject: line, objective, or the report. */
  BUDGET,
  /** Spending (<i>realisasi anggaran</i>); subject: line, objective, or the report. */
  SPENDING,
  /** Spending over a span of quarters; subject: line or the report. */
  PERIOD_SPENDING,
  /**
   * Absorption (<i>penyerapan</i>) = spending / budget × 100; subject: line, objective, or the
   * report.
   */
  ABSORPTION,
  /** Simple mean of the absorption percentages of the sub-activities below the subject. */
  MEAN_ABSORPTION,
  /** Unspent budget (<i>sisa anggaran</i>) = budget − spending. */
  UNSPENT,
  /** Physical progress in percent; for a group, the simple mean over its sub-activities. */
  PHYSICAL_PROGRESS,
  /** Output target quantity of a sub-activity. */
  OUTPUT_TARGET,
  /** Output actual quantity of a sub-activity. */
  OUTPUT_ACTUAL,
  /** Output achievement = actual / target × 100 of a sub-activity. */
  OUTPUT_ACHIEVEMENT,
  /** Budget efficiency (<i>tingkat efisiensi</i>); subject: objective or line. */
  EFFICIENCY,
  /** A printed figure that no rule recomputes (kept so that it is accounted for). */
  OTHER
}
