package org.lkjip.evaluation.audit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.formulas.Rounding;

/**
 * The recomputed value rounded at the printed precision in each of {@link Reconciler#MODES} other
 * than the rule set's: ids {@code rounding-down}, {@code rounding-half-up}, {@code
 * rounding-half-even}. The reconciler has already tried them (a figure one of them reproduces is
 * {@link ReconciliationStatus#MATCH_WITH_OTHER_ROUNDING}); they are listed so that the candidates
 * of a mismatch say everything that was tried.
 */
final class RoundingCauses implements CauseFamily {
  @Override
  public List<CauseTrial> trials(CauseQuery q) {
    Optional<RoundingMode> rule = q.ruleMode();
    if (rule.isEmpty()) {
      return List.of();
    }
    List<CauseTrial> out = new ArrayList<>();
    for (RoundingMode mode : Reconciler.MODES) {
      if (mode == rule.get()) {
        continue;
      }
      out.add(
          CauseTrial.rounding(
              "rounding-" + id(mode),
              q.unrounded(),
              mode,
              List.of(
                  Fact.of("unrounded", CauseQuery.shown(q.unrounded())),
                  Fact.of("rounding", Rounding.of(q.printedScale, mode).id()))));
    }
    return out;
  }

  /** The kebab-case name of a mode of {@link Reconciler#MODES}. */
  static String id(RoundingMode mode) {
    return switch (mode) {
      case DOWN -> "down";
      case HALF_UP -> "half-up";
      case HALF_EVEN -> "half-even";
      default -> throw new IllegalStateException("bug: mode " + mode + " is not tried");
    };
  }
}
