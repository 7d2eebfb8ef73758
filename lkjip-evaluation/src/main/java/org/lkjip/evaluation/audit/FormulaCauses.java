package org.lkjip.evaluation.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The achievement formulas the rule set does not use for the indicator's polarity, among {@code R /
 * T × 100}, {@code (2T − R) / T × 100} and {@code T / R × 100} (ids {@code formula-r-over-t},
 * {@code formula-2t-minus-r-over-t}, {@code formula-t-over-r}), with the rule set's cap: the other
 * polarity's formula, or the other form of negative polarity. For achievement, plan progress and
 * standard comparison of an indicator against one target value.
 */
final class FormulaCauses implements AchievementCauseFamily {
  private static final List<AchievementForm> FORMS =
      List.of(
          AchievementForm.R_OVER_T, AchievementForm.TWO_T_MINUS_R_OVER_T, AchievementForm.T_OVER_R);

  @Override
  public List<CauseTrial> trials(CauseQuery q, CauseQuery.AchievementInputs x) {
    List<CauseTrial> out = new ArrayList<>();
    for (AchievementForm form : FORMS) {
      if (form == x.form()) {
        continue;
      }
      out.add(trial("formula-" + form.code, form, x));
    }
    return out;
  }

  /** The trial of {@code form} on the inputs, with the rule set's cap. */
  static CauseTrial trial(String id, AchievementForm form, CauseQuery.AchievementInputs x) {
    return CauseTrial.of(
        id,
        form.apply(x.actual(), x.target()).map(x::capped),
        form.dividesByActual() ? "reason.actual-zero" : "reason.target-zero",
        List.of(
            Fact.of("formula", form.text),
            Fact.of("actual", CauseQuery.shown(x.actual())),
            Fact.of("target", CauseQuery.shown(x.target()))));
  }
}
