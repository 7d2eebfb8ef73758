package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.Grader;
import org.lkjip.evaluation.grading.Interval;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.model.Band;
import org.lkjip.model.GradingScale;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/**
 * A printed grade that the stated scale does not give to the printed achievement of the same
 * subject and year (the achievement of the same table and row when there is one, else the first
 * printed): names the band the scale gives and any built-in scale that gives the printed grade.
 */
final class GradeContradictsScale implements ConsistencyCheck {
  static final String ID = "grade-contradicts-scale";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a printed grade that differs from the grade the stated scale gives to the printed"
        + " achievement";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    Optional<GradingScale> scale = ctx.scale();
    if (scale.isEmpty()) {
      return List.of();
    }
    GradingScale s = scale.get();
    List<Finding> out = new ArrayList<>();
    for (PublishedFigure g : ctx.report().published()) {
      if (g.measure() != Measure.GRADE || g.subject().isEmpty()) {
        continue;
      }
      Optional<PublishedFigure> achievement = achievement(ctx, g);
      if (achievement.isEmpty()) {
        continue;
      }
      PublishedFigure a = achievement.get();
      BigDecimal value = a.value().orElseThrow();
      Grade grade = Grader.grade(s, value, ctx.ruleSet().gradeAboveTopBandAsTop());
      String printed = Texts.normalizedLabel(g.printed());
      if (grade.label().map(l -> Texts.normalizedLabel(l).equals(printed)).orElse(false)) {
        continue;
      }
      List<String> otherIds = new ArrayList<>();
      for (GradingScale other : Scales.builtIns()) {
        if (!other.id().equals(s.id())
            && Grader.grade(other, value)
                .label()
                .map(l -> Texts.normalizedLabel(l).equals(printed))
                .orElse(false)) {
          otherIds.add(other.id());
        }
      }
      out.add(
          Checks.at(ID, Severity.ERROR, g)
              .addAllFacts(Checks.ifPresent(Fact.EXPECTED, grade.label()))
              .addFact(Fact.of("achievement", value))
              .addFact(Fact.of(Fact.SCALE, s.id()))
              .addAllFacts(grade.isGraded() ? List.of() : Reconciler.gradeFacts(grade))
              .addAllFacts(
                  Checks.ifPresent(
                      "scalesGivingPrinted",
                      Optional.of(String.join(AuditMessages.ITEMS, otherIds))
                          .filter(x -> !x.isEmpty())))
              .addFact(Fact.of("achievementText", a.printed()))
              .addFact(Fact.of("achievementPlace", Checks.place(a)))
              .addAllFacts(
                  grade.isGraded()
                      ? List.of(Fact.of("band", band(s, grade.label().orElseThrow())))
                      : List.of())
              .addFact(Fact.of("printedLabel", g.printed().trim()))
              .messageKey(
                  grade.isGraded() ? "grade-contradicts-scale" : "grade-contradicts-scale.ungraded")
              .build());
    }
    return out;
  }

  private static String band(GradingScale s, String label) {
    for (Band b : s.bands()) {
      if (b.label().equals(label)) {
        return Interval.of(b.lower(), b.upper()).toString();
      }
    }
    return "";
  }

  private static Optional<PublishedFigure> achievement(AuditContext ctx, PublishedFigure g) {
    int year = ctx.yearOf(g);
    Optional<PublishedFigure> sameRow = Optional.empty();
    Optional<PublishedFigure> any = Optional.empty();
    for (PublishedFigure p : ctx.report().published()) {
      if (p.measure() != Measure.ACHIEVEMENT
          || p.value().isEmpty()
          || !p.subject().equals(g.subject())
          || ctx.yearOf(p) != year) {
        continue;
      }
      if (sameRow.isEmpty() && p.table().equals(g.table()) && p.row().equals(g.row())) {
        sameRow = Optional.of(p);
      }
      if (any.isEmpty()) {
        any = Optional.of(p);
      }
    }
    return sameRow.isPresent() ? sameRow : any;
  }
}
