package org.lkjip.evaluation;

import org.immutables.value.Value;
import org.lkjip.formulas.Figure;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The figures of one strategic objective (<i>sasaran</i>) for the fiscal year: achievement (the
 * mean of its indicators'), and, through the rule set's alignment, budget, spending, absorption and
 * efficiency (the seed's Tabel 13).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjectiveResult.class)
@JsonDeserialize(as = ImmutableObjectiveResult.class)
public interface ObjectiveResult {
  /** Objective id. */
  String objectiveId();

  /** Simple mean of the achievement of its indicators in the fiscal year. */
  Figure achievement();

  /** Budget of the lines the alignment allocates to it (shares applied). */
  Figure budget();

  /** Spending of those lines (shares applied). */
  Figure spending();

  /** Absorption of those lines: spending / budget × 100. */
  Figure absorption();

  /** Efficiency by the rule set's objective efficiency rule. */
  Figure efficiency();
}
