package org.lkjip.evaluation.audit;

import java.util.List;

/**
 * A family of alternative computations of a printed figure that does not reproduce: the other
 * polarity's formulas, caps, the inputs as printed, aggregates of the printed rows, …. Each family
 * says which figures it applies to and, for those, gives its {@link CauseTrial}s; {@link
 * CauseSearch} decides which reproduce the printed value and ranks them. A family is general: it
 * names no report, table or indicator.
 */
interface CauseFamily {
  /**
   * The alternatives of this family for the figure, in catalogue order; empty when the family does
   * not apply. Never throws for data problems: an alternative that cannot be computed is a trial
   * without a value.
   */
  List<CauseTrial> trials(CauseQuery q);
}
