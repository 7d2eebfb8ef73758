package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/**
 * The realisasi as the report prints it instead of the actual the rule used, for an indicator whose
 * realisasi for the year is printed (in the figure's table first):
 *
 * <ul>
 *   <li>{@code printed-actual}: the rule set's formula from the printed realisasi, when it differs
 *       from the actual used;
 *   <li>{@code unrounded-printed-actual}: the rule set's formula from any unrounded realisasi that
 *       the rule set's indicator-value rounding prints as the printed one (under half-up "12,5"
 *       stands for [12,45; 12,55], under truncation for [12,5; 12,6]): the range of achievements
 *       those give. It reproduces the figure when that range and the values that round to the
 *       printed achievement overlap: the figure was then computed from an unrounded realisasi whose
 *       printed value is rounded.
 * </ul>
 */
final class PrintedInputCauses implements AchievementCauseFamily {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  @Override
  public List<CauseTrial> trials(CauseQuery q, CauseQuery.AchievementInputs x) {
    List<PublishedFigure> printed = q.printed(Measure.INDICATOR_VALUE, x.indicator().id());
    if (printed.isEmpty()) {
      return List.of();
    }
    PublishedFigure p = printed.get(0);
    BigDecimal r = p.value().orElseThrow();
    String place = AuditMessages.item(p.table(), p.row(), p.column());
    String reason = x.form().dividesByActual() ? "reason.actual-zero" : "reason.target-zero";
    List<CauseTrial> out = new ArrayList<>();
    if (r.compareTo(x.actual()) != 0) {
      out.add(
          CauseTrial.of(
              "printed-actual",
              x.rule(r, x.target()),
              reason,
              List.of(
                  Fact.of("printedActual", r),
                  Fact.of("actualPlace", place),
                  Fact.of("actual", CauseQuery.shown(x.actual())),
                  Fact.of("target", CauseQuery.shown(x.target())))));
    }
    int scale = Texts.printedScale(p);
    RoundingMode mode = q.ruleSet.indicatorValue().rounding().mode();
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal lo;
    BigDecimal hi;
    if (mode == RoundingMode.DOWN) {
      lo = r.signum() < 0 ? r.subtract(unit) : r;
      hi = r.signum() < 0 ? r : r.add(unit);
    } else {
      BigDecimal half = unit.divide(TWO);
      lo = r.subtract(half);
      hi = r.add(half);
    }
    List<Fact> facts =
        List.of(
            Fact.of("printedActual", r),
            Fact.of("actualPlace", place),
            Fact.of("inputRounding", Rounding.of(scale, mode).id()),
            Fact.of("actualLow", lo),
            Fact.of("actualHigh", hi),
            Fact.of("target", CauseQuery.shown(x.target())));
    Optional<BigDecimal> atLow = x.rule(lo, x.target());
    Optional<BigDecimal> atHigh = x.rule(hi, x.target());
    boolean crossesZero = x.form().dividesByActual() && lo.signum() <= 0 && hi.signum() >= 0;
    if (atLow.isEmpty() || atHigh.isEmpty() || crossesZero) {
      out.add(CauseTrial.notComputed("unrounded-printed-actual", reason, facts));
      return out;
    }
    out.add(
        CauseTrial.range(
            "unrounded-printed-actual",
            atLow.get(),
            atHigh.get(),
            a -> x.form().inverse(a, x.target()),
            facts));
    return out;
  }
}
