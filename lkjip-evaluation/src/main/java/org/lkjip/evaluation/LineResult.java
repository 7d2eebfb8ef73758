package org.lkjip.evaluation;

import org.immutables.value.Value;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.formulas.Figure;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The figures of one budget line: a program or activity (sums over its sub-activities) or a
 * sub-activity (the seed's Tabel 12 and 14, and the RFK attachment).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLineResult.class)
@JsonDeserialize(as = ImmutableLineResult.class)
public interface LineResult {
  /** Line id. */
  String lineId();

  /** Level in the budget tree. */
  LineLevel level();

  /** Budget (<i>anggaran</i>): the sum over its sub-activities. */
  Figure budget();

  /** Spending (<i>realisasi</i>): the sum over its sub-activities, or which are missing. */
  Figure spending();

  /** Absorption: spending / budget × 100. */
  Figure absorption();

  /** Unspent budget (<i>sisa anggaran</i>): budget − spending. */
  Figure unspent();

  /** Sum of the spending by period (e.g. quarters 1–3 and quarter 4). */
  Figure periodSpending();

  /** Spending by period minus total spending; zero when they agree. */
  Figure periodDifference();

  /** Physical progress: the sub-activity's, or the simple mean over the sub-activities. */
  Figure physicalProgress();

  /**
   * Output achievement: {@code actual / target × 100} of a sub-activity's output, or the simple
   * mean over the sub-activities of a program or activity.
   */
  Figure outputAchievement();

  /** Efficiency by the rule set's line efficiency rule. */
  Figure efficiency();
}
