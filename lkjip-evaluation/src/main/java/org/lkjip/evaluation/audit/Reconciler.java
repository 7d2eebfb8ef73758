package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * Reconciles every published figure of a report with its recomputed value in an {@link Evaluation}.
 *
 * @since 0.1
 */
public final class Reconciler {
  private final Evaluator evaluator;

  /** A reconciler that re-evaluates with {@code evaluator} when it tries other roundings. */
  public Reconciler(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** One reconciliation per published figure of {@code report}, in the report's order. */
  public ImmutableList<FigureReconciliation> reconcile(
      Report report, RuleSet ruleSet, Evaluation evaluation) {
    ImmutableList.Builder<FigureReconciliation> out = ImmutableList.builder();
    for (PublishedFigure p : report.published()) {
      out.add(
          ImmutableFigureReconciliation.builder()
              .published(p)
              .status(ReconciliationStatus.NOT_RECOMPUTABLE)
              .cause("not reconciled yet")
              .rule("none")
              .build());
    }
    return out.build();
  }
}
