package org.lkjip.evaluation;

import org.immutables.value.Value;
import org.lkjip.formulas.Figure;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Totals over every sub-activity of the report, including the three RFK-style percentages: the
 * ratio of sums, the simple mean of line percentages and the budget-weighted mean.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportTotals.class)
@JsonDeserialize(as = ImmutableReportTotals.class)
public interface ReportTotals {
  /** Sum of budgets. */
  Figure budget();

  /** Sum of spending, or which lines are missing. */
  Figure spending();

  /** Ratio of sums: total spending / total budget × 100. */
  Figure absorption();

  /** Simple mean of the line absorption percentages (the seed's RFK "TOTAL 85,85%"). */
  Figure meanAbsorption();

  /** Budget-weighted mean of the line absorption percentages. */
  Figure weightedMeanAbsorption();

  /** Simple mean of the lines' physical progress (the seed's RFK "TOTAL 94,17%"). */
  Figure meanPhysicalProgress();

  /** Total budget − total spending. */
  Figure unspent();

  /** Sum of the spending by period. */
  Figure periodSpending();

  /** Spending by period minus total spending. */
  Figure periodDifference();
}
