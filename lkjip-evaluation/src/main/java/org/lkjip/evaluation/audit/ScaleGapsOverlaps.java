package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lkjip.evaluation.IndicatorResult;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.Grader;
import org.lkjip.evaluation.grading.ScaleChecker;
import org.lkjip.evaluation.grading.ScaleFinding;
import org.lkjip.model.GradingScale;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/**
 * The stated scale's gaps, overlaps and uncovered ranges in {@code [0, +∞)} (WARNING, from {@link
 * ScaleChecker}), and the achievements, recomputed or printed, that fall into them (ERROR).
 */
final class ScaleGapsOverlaps implements ConsistencyCheck {
  static final String ID = "scale-gaps-overlaps";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "gaps, overlaps and uncovered ranges of the stated grading scale, and achievements that"
        + " fall into them";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    Optional<GradingScale> scale = ctx.scale();
    if (scale.isEmpty()) {
      return List.of();
    }
    GradingScale s = scale.get();
    List<Finding> out = new ArrayList<>();
    for (ScaleFinding f : ScaleChecker.check(s)) {
      out.add(Checks.about(ID, Severity.WARNING, s.id()).message(f.describe()).build());
    }
    Set<String> seen = new HashSet<>();
    for (IndicatorResult r : ctx.evaluation().indicators()) {
      for (IndicatorYear y : r.years()) {
        Grade g = Grader.grade(s, y.achievement());
        if (g.outcome() == Grade.Outcome.UNCOVERED || g.outcome() == Grade.Outcome.AMBIGUOUS) {
          BigDecimal v = y.achievement().valueOrThrow();
          seen.add(key(r.indicatorId(), y.year(), v));
          out.add(
              Checks.about(ID, Severity.ERROR, r.indicatorId())
                  .message(
                      "recomputed achievement of "
                          + r.indicatorId()
                          + " in "
                          + y.year()
                          + ": "
                          + g.reason())
                  .build());
        }
      }
    }
    for (PublishedFigure p : ctx.report().published()) {
      if (p.measure() != Measure.ACHIEVEMENT || p.value().isEmpty()) {
        continue;
      }
      BigDecimal v = p.value().get();
      Grade g = Grader.grade(s, v);
      if ((g.outcome() == Grade.Outcome.UNCOVERED || g.outcome() == Grade.Outcome.AMBIGUOUS)
          && seen.add(key(p.subject().orElse(""), ctx.yearOf(p), v))) {
        out.add(
            Checks.at(ID, Severity.ERROR, p)
                .message(
                    Texts.where(p) + ": printed achievement " + p.printed() + ": " + g.reason())
                .build());
      }
    }
    return out;
  }

  private static String key(String subject, int year, BigDecimal v) {
    return subject + "|" + year + "|" + v.stripTrailingZeros().toPlainString();
  }
}
