package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.model.Band;
import org.lkjip.model.GradingScale;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * The data of the achievement chart: one bar per indicator (its recomputed achievement in the
 * fiscal year and the grade it gets on the scale used), and the band labels of that scale in scale
 * order, for the legend.
 *
 * @param scaleId id of the scale used
 * @param bandLabels labels of the scale's bands in scale order; empty when the scale is unknown
 * @param bars one per indicator, in report order
 * @since 0.1
 */
public record AchievementChart(
    String scaleId, ImmutableList<String> bandLabels, ImmutableList<Bar> bars) {

  /**
   * One bar.
   *
   * @param indicatorId id of the indicator
   * @param name name as printed
   * @param achievement the recomputed achievement (percent), absent when not computed
   * @param grade the band label, or "UNCOVERED", "AMBIGUOUS" or "NOT GRADED"
   * @param printedAchievement the achievement the report prints for the fiscal year, if it does
   * @param printedGrade the grade the report prints for the fiscal year, if it does
   */
  public record Bar(
      String indicatorId,
      String name,
      Optional<BigDecimal> achievement,
      String grade,
      Optional<BigDecimal> printedAchievement,
      Optional<String> printedGrade) {}

  /** The chart of {@code evaluation} of {@code report}. */
  public static AchievementChart of(Report report, Evaluation evaluation) {
    Optional<GradingScale> scale =
        Scales.find(evaluation.scaleId())
            .or(() -> report.statedScale().filter(s -> s.id().equals(evaluation.scaleId())));
    ImmutableList<String> labels =
        scale
            .map(s -> s.bands().stream().map(Band::label).collect(ImmutableList.toImmutableList()))
            .orElse(ImmutableList.of());
    ImmutableList.Builder<Bar> bars = ImmutableList.builder();
    for (Indicator i : report.indicators()) {
      Optional<IndicatorYear> y =
          evaluation.indicator(i.id()).flatMap(r -> r.year(evaluation.fiscalYear()));
      Optional<BigDecimal> value = y.flatMap(x -> x.achievement().value());
      String grade = y.map(x -> gradeText(x.grade())).orElse("NOT GRADED");
      Optional<BigDecimal> printedAchievement =
          printed(report, i.id(), Measure.ACHIEVEMENT).flatMap(PublishedFigure::value);
      Optional<String> printedGrade =
          printed(report, i.id(), Measure.GRADE).map(p -> p.printed().trim());
      bars.add(new Bar(i.id(), i.name(), value, grade, printedAchievement, printedGrade));
    }
    return new AchievementChart(evaluation.scaleId(), labels, bars.build());
  }

  /** The first figure printed for {@code id}'s {@code measure} in the fiscal year. */
  private static Optional<PublishedFigure> printed(Report report, String id, Measure measure) {
    return report.published().stream()
        .filter(p -> p.measure() == measure && p.subject().equals(Optional.of(id)))
        .filter(p -> p.year().orElse(report.fiscalYear()) == report.fiscalYear())
        .findFirst();
  }

  private static String gradeText(Grade g) {
    return switch (g.outcome()) {
      case GRADED -> g.label().orElse("NOT GRADED");
      case UNCOVERED -> "UNCOVERED";
      case AMBIGUOUS -> "AMBIGUOUS";
      case NOT_GRADED -> "NOT GRADED";
    };
  }
}
