package org.lkjip.evaluation.audit;

import java.util.List;

/**
 * The rule set's achievement formula with target and actual exchanged (id {@code
 * swapped-target-actual}): {@code (2R − T) / R × 100} for {@code (2T − R) / T × 100}. For {@code R
 * / T} and {@code T / R} the exchange is the other formula, which {@link FormulaCauses} already
 * tries as {@code formula-t-over-r} and {@code formula-r-over-t}, so this family gives nothing
 * then.
 */
final class SwapCauses implements AchievementCauseFamily {
  @Override
  public List<CauseTrial> trials(CauseQuery q, CauseQuery.AchievementInputs x) {
    if (x.form() != AchievementForm.TWO_T_MINUS_R_OVER_T) {
      return List.of();
    }
    return List.of(FormulaCauses.trial("swapped-target-actual", x.form().swapped(), x));
  }
}
