package org.lkjip.evaluation.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.formulas.Figure;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.GradingScale;

/**
 * The grader: finds the band of a {@link GradingScale} that holds a value, and never guesses — a
 * value in no band is {@link Grade.Outcome#UNCOVERED} (saying whether it is below every band, in a
 * gap, or above every band), a value in several bands is {@link Grade.Outcome#AMBIGUOUS} (listing
 * them).
 *
 * @since 0.1
 */
public final class Grader {
  private Grader() {}

  /** The grade of {@code value} on {@code scale}, never null. */
  public static Grade grade(GradingScale scale, BigDecimal value) {
    List<String> holding = new ArrayList<>(2);
    boolean bandStartsAtOrBelow = false;
    boolean bandEndsAtOrAbove = false;
    for (Band b : scale.bands()) {
      Optional<Bound> lower = b.lower();
      Optional<Bound> upper = b.upper();
      // Band.contains, on the bounds read once
      int vsLower = lower.isEmpty() ? 1 : value.compareTo(lower.get().value());
      int vsUpper = upper.isEmpty() ? -1 : value.compareTo(upper.get().value());
      boolean aboveLower =
          lower.isEmpty() || (lower.get().inclusive() ? vsLower >= 0 : vsLower > 0);
      boolean belowUpper =
          upper.isEmpty() || (upper.get().inclusive() ? vsUpper <= 0 : vsUpper < 0);
      if (aboveLower && belowUpper) {
        holding.add(b.label());
      }
      bandStartsAtOrBelow |= vsLower >= 0;
      bandEndsAtOrAbove |= vsUpper <= 0;
    }
    ImmutableGrade.Builder g = ImmutableGrade.builder().scaleId(scale.id()).value(value);
    String v = value.toPlainString();
    if (holding.size() == 1) {
      String label = holding.get(0);
      return g.outcome(Grade.Outcome.GRADED)
          .label(label)
          .reason(v + " is in band '" + label + "' of scale '" + scale.id() + "'")
          .build();
    }
    if (holding.size() > 1) {
      return g.outcome(Grade.Outcome.AMBIGUOUS)
          .addAllLabels(holding)
          .reason(
              v
                  + " is in several bands of scale '"
                  + scale.id()
                  + "': "
                  + String.join(", ", holding)
                  + "; none is chosen")
          .build();
    }
    Grade.Position position =
        !bandStartsAtOrBelow
            ? Grade.Position.BELOW
            : !bandEndsAtOrAbove ? Grade.Position.ABOVE : Grade.Position.GAP;
    String where =
        switch (position) {
          case BELOW -> "below every band";
          case ABOVE -> "above every band";
          case GAP -> "in a gap between bands";
        };
    return g.outcome(Grade.Outcome.UNCOVERED)
        .position(position)
        .reason(v + " is in no band of scale '" + scale.id() + "': " + where)
        .build();
  }

  /**
   * The grade of {@code value} on {@code scale}, where a value above every band takes the top band
   * when {@code aboveTopAsTop} (a rule-set choice, {@code RuleSet#gradeAboveTopBandAsTop()}); the
   * reason then says so.
   */
  public static Grade grade(GradingScale scale, BigDecimal value, boolean aboveTopAsTop) {
    Grade g = grade(scale, value);
    if (!aboveTopAsTop || g.position().orElse(null) != Grade.Position.ABOVE) {
      return g;
    }
    Band top = scale.bands().get(0);
    for (Band b : scale.bands()) {
      if (b.upper().isPresent()
          && top.upper().isPresent()
          && b.upper().get().value().compareTo(top.upper().get().value()) > 0) {
        top = b;
      }
    }
    return ImmutableGrade.builder()
        .scaleId(scale.id())
        .value(value)
        .outcome(Grade.Outcome.GRADED)
        .label(top.label())
        .reason(
            value.toPlainString()
                + " is above every band of scale '"
                + scale.id()
                + "'; graded as its top band '"
                + top.label()
                + "', as the rule set says")
        .build();
  }

  /** {@link #grade(GradingScale, Figure)} with the rule set's treatment of values above the top. */
  public static Grade grade(GradingScale scale, Figure figure, boolean aboveTopAsTop) {
    return figure.value().isPresent()
        ? grade(scale, figure.value().get(), aboveTopAsTop)
        : grade(scale, figure);
  }

  /**
   * The grade of a figure's value on {@code scale}; {@link Grade.Outcome#NOT_GRADED} when the
   * figure has no value.
   */
  public static Grade grade(GradingScale scale, Figure figure) {
    if (figure.value().isPresent()) {
      return grade(scale, figure.value().get());
    }
    return ImmutableGrade.builder()
        .scaleId(scale.id())
        .outcome(Grade.Outcome.NOT_GRADED)
        .reason(
            "no value to grade: "
                + figure.status()
                + figure.reason().map(r -> " (" + r + ")").orElse(""))
        .build();
  }
}
