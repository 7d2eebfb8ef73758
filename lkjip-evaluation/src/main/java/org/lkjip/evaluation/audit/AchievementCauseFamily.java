package org.lkjip.evaluation.audit;

import java.util.List;

/**
 * A {@link CauseFamily} of alternative achievement computations: it applies only to a figure with
 * {@linkplain CauseQuery#achievementInputs() achievement inputs} (an actual R against one target T)
 * and gives its trials from them.
 */
interface AchievementCauseFamily extends CauseFamily {
  @Override
  default List<CauseTrial> trials(CauseQuery q) {
    return q.achievementInputs().map(x -> trials(q, x)).orElse(List.of());
  }

  /** The trials for the figure of {@code q}, whose achievement inputs are {@code x}. */
  List<CauseTrial> trials(CauseQuery q, CauseQuery.AchievementInputs x);
}
