package org.lkjip.evaluation.audit;

import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.formulas.Figure;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * How the published figures of one report are recomputed: for each, the very {@link Figure} the
 * {@link Auditor} compares it with (rule, inputs, unrounded value, rounding, or why there is none).
 * For tools that explain one figure ({@code lkjip explain}) and for tests that need the recomputed
 * value before it is rounded.
 *
 * @since 0.4
 */
public final class Derivations {
  private final Evaluation evaluation;
  private final Reconciler.Lookup lookup;

  private Derivations(Report report, RuleSet ruleSet, Evaluation evaluation) {
    this.evaluation = evaluation;
    this.lookup = new Reconciler.Lookup(report, ruleSet, evaluation);
  }

  /** The derivations of {@code report} evaluated by {@code evaluator} under {@code ruleSet}. */
  public static Derivations of(Evaluator evaluator, Report report, RuleSet ruleSet) {
    return new Derivations(report, ruleSet, evaluator.evaluate(report, ruleSet));
  }

  /** The evaluation the figures come from. */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * The recomputed figure {@code p} is reconciled with. For a {@link Measure#GRADE} it is the
   * achievement that is graded (the same subject and year); for a measure no rule recomputes, a
   * figure that says so.
   */
  public Figure figure(PublishedFigure p) {
    if (p.measure() == Measure.GRADE) {
      return lookup.figure(ImmutablePublishedFigure.copyOf(p).withMeasure(Measure.ACHIEVEMENT));
    }
    return lookup.figure(p);
  }
}
