package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.budget.AllocatedLine;
import org.lkjip.evaluation.budget.Allocations;
import org.lkjip.evaluation.budget.BudgetIndex;
import org.lkjip.formulas.Figure;
import org.lkjip.model.Alignment;
import org.lkjip.model.GradingScale;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * What a {@link ConsistencyCheck} may read: the report, its evaluation under the rule set, the rule
 * set and the reconciliation of every published figure (in the report's order). Read-only.
 *
 * @since 0.1
 */
@Value.Immutable
public interface AuditContext {
  /** The report audited. */
  Report report();

  /** The report evaluated under {@link #ruleSet()}. */
  Evaluation evaluation();

  /** The rule set applied. */
  RuleSet ruleSet();

  /** One per published figure, in the report's order. */
  ImmutableList<FigureReconciliation> reconciliations();

  /**
   * For each reconciliation (same index), the ids of every rounding that reproduces the printed
   * value: "rule" when the rule set's does, mode ids at the printed scale ("half-up-2"), variant
   * ids ("down-2 from the unrounded indicator value"), or "exact"; empty when none does.
   */
  ImmutableList<ImmutableSet<String>> reproducedBy();

  /** The evaluator, for checks that re-evaluate a variant of the report. */
  Evaluator evaluator();

  /**
   * The scale a report's grades are checked against: the report's stated scale, else the rule set's
   * built-in scale; empty when neither is known.
   */
  @Value.Lazy
  default Optional<GradingScale> scale() {
    return Reconciler.gradingScale(report(), ruleSet());
  }

  /** The budget tree of the report, indexed. */
  @Value.Lazy
  default BudgetIndex budgetIndex() {
    return BudgetIndex.of(report());
  }

  /**
   * The lines the evaluation's alignment ({@link Evaluation#alignmentId()}) allocates to each
   * objective, by objective id; empty when the evaluation used no alignment.
   */
  @Value.Lazy
  default ImmutableListMultimap<String, AllocatedLine> allocations() {
    Optional<Alignment> a =
        evaluation().alignmentId().flatMap(id -> report().find(id, Alignment.class));
    return a.isPresent()
        ? Allocations.byObjective(a.get(), budgetIndex())
        : ImmutableListMultimap.of();
  }

  /** The recomputed figure a published figure states, in {@link #evaluation()}. */
  default Figure recomputed(PublishedFigure p) {
    return Reconciler.recomputed(report(), ruleSet(), evaluation(), budgetIndex(), p);
  }

  /** The year a published figure refers to. */
  default int yearOf(PublishedFigure p) {
    return p.year().orElse(report().fiscalYear());
  }

  @Value.Check
  default void check() {
    if (reproducedBy().size() != reconciliations().size()) {
      throw new IllegalArgumentException(
          "bug: "
              + reproducedBy().size()
              + " rounding sets for "
              + reconciliations().size()
              + " reconciliations");
    }
  }
}
