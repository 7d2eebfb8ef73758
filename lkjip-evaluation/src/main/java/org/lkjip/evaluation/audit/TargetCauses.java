package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.lkjip.model.Measure;
import org.lkjip.model.Target;

/**
 * The previous year's target instead of the year's (id {@code previous-year-target}): the rule
 * set's formula from the same actual against the target the indicator records for the year before,
 * when it has a value that differs. For achievement only (plan-end targets and national standards
 * have no previous year).
 */
final class TargetCauses implements AchievementCauseFamily {
  @Override
  public List<CauseTrial> trials(CauseQuery q, CauseQuery.AchievementInputs x) {
    if (q.published.measure() != Measure.ACHIEVEMENT) {
      return List.of();
    }
    int previous = q.year - 1;
    Optional<BigDecimal> t = x.indicator().targetFor(previous).flatMap(Target::value);
    if (t.isEmpty() || t.get().compareTo(x.target()) == 0) {
      return List.of();
    }
    return List.of(
        CauseTrial.of(
            "previous-year-target",
            x.rule(x.actual(), t.get()),
            x.form().dividesByActual() ? "reason.actual-zero" : "reason.target-zero",
            List.of(
                Fact.of("previousYear", previous),
                Fact.of("previousTarget", t.get()),
                Fact.of("target", CauseQuery.shown(x.target())),
                Fact.of("actual", CauseQuery.shown(x.actual())))));
  }
}
