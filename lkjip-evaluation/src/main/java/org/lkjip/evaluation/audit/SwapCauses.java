package org.lkjip.evaluation.audit;

import java.util.List;
import java.util.Optional;

/**
 * The rule set's achievement formula with target and actual exchanged (id {@code
 * swapped-target-actual}): {@code (2R − T) / R × 100} for {@code (2T − R) / T × 100}. For {@code R
 * / T} and {@code T / R} the exchange is the other formula, which {@link FormulaCauses} already
 * tries as {@code formula-t-over-r} and {@code formula-r-over-t}, so this family gives nothing
 * then.
 */
final class SwapCauses implements CauseFamily {
  @Override
  public List<CauseTrial> trials(CauseQuery q) {
    Optional<CauseQuery.AchievementInputs> in = q.achievementInputs();
    if (in.isEmpty() || in.get().form() != AchievementForm.TWO_T_MINUS_R_OVER_T) {
      return List.of();
    }
    return List.of(
        FormulaCauses.trial("swapped-target-actual", in.get().form().swapped(), in.get()));
  }
}
