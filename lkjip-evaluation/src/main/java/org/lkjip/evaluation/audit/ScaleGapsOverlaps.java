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
 * The gaps, overlaps and uncovered ranges in {@code [0, +∞)} of the scale the report states
 * (WARNING, from {@link ScaleChecker}), and the achievements, recomputed or printed, that fall into
 * them: an ERROR when the report prints a grade for that subject and year (the grade cannot follow
 * from the scale), a WARNING otherwise (an achievement above 100% with no grade printed is common
 * and not a defect of the report).
 *
 * <p>Only the report's stated scale is checked: the rule set's scale is the auditor's choice, not
 * something the report printed, and its gaps are shown by {@code lkjip scales}.
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
    Optional<GradingScale> scale = ctx.report().statedScale();
    if (scale.isEmpty()) {
      return List.of();
    }
    GradingScale s = scale.get();
    Set<String> graded = new HashSet<>();
    for (PublishedFigure p : ctx.report().published()) {
      if (p.measure() == Measure.GRADE && p.subject().isPresent()) {
        graded.add(p.subject().get() + "|" + ctx.yearOf(p));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (ScaleFinding f : ScaleChecker.check(s)) {
      out.add(
          Checks.about(ID, Severity.WARNING, s.id())
              .addFact(Fact.of(Fact.SCALE, s.id()))
              .addFact(Fact.of("kind", f.kind().name()))
              .addFact(Fact.of("interval", f.interval().toString()))
              .addAllFacts(
                  f.labels().isEmpty()
                      ? List.of()
                      : List.of(Fact.of("labels", String.join(AuditMessages.ITEMS, f.labels()))))
              .messageKey("scale-gaps-overlaps.scale")
              .build());
    }
    Set<String> seen = new HashSet<>();
    for (IndicatorResult r : ctx.evaluation().indicators()) {
      for (IndicatorYear y : r.years()) {
        Grade g = Grader.grade(s, y.achievement(), ctx.ruleSet().gradeAboveTopBandAsTop());
        if (g.outcome() == Grade.Outcome.UNCOVERED || g.outcome() == Grade.Outcome.AMBIGUOUS) {
          BigDecimal v = y.achievement().valueOrThrow();
          seen.add(key(r.indicatorId(), y.year(), v));
          boolean isGraded = graded.contains(r.indicatorId() + "|" + y.year());
          out.add(
              Checks.about(ID, severity(isGraded), r.indicatorId())
                  .addFact(Fact.of(Fact.RECOMPUTED, v))
                  .addFact(Fact.of(Fact.YEAR, y.year()))
                  .addFact(Fact.of(Fact.SCALE, s.id()))
                  .addAllFacts(Reconciler.gradeFacts(g))
                  .addFact(Fact.of("gradePrinted", String.valueOf(isGraded)))
                  .messageKey("scale-gaps-overlaps.recomputed")
                  .build());
        }
      }
    }
    for (PublishedFigure p : ctx.report().published()) {
      if (p.measure() != Measure.ACHIEVEMENT || p.value().isEmpty()) {
        continue;
      }
      BigDecimal v = p.value().get();
      Grade g = Grader.grade(s, v, ctx.ruleSet().gradeAboveTopBandAsTop());
      if ((g.outcome() == Grade.Outcome.UNCOVERED || g.outcome() == Grade.Outcome.AMBIGUOUS)
          && seen.add(key(p.subject().orElse(""), ctx.yearOf(p), v))) {
        boolean isGraded = graded.contains(p.subject().orElse("") + "|" + ctx.yearOf(p));
        out.add(
            Checks.at(ID, severity(isGraded), p)
                .addFact(Fact.of(Fact.YEAR, ctx.yearOf(p)))
                .addFact(Fact.of(Fact.SCALE, s.id()))
                .addAllFacts(Reconciler.gradeFacts(g))
                .addFact(Fact.of("gradePrinted", String.valueOf(isGraded)))
                .messageKey("scale-gaps-overlaps.printed")
                .build());
      }
    }
    return out;
  }

  private static Severity severity(boolean graded) {
    return graded ? Severity.ERROR : Severity.WARNING;
  }

  private static String key(String subject, int year, BigDecimal v) {
    return subject + "|" + year + "|" + v.stripTrailingZeros().toPlainString();
  }
}
