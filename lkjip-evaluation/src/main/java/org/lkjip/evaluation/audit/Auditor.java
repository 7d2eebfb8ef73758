package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Report;

/**
 * The audit of a report: evaluates it under a rule set, reconciles every published figure with its
 * recomputed value, runs the consistency checks and returns one {@link Verification}. Pure and
 * thread-safe; never throws for data problems.
 *
 * @since 0.1
 */
public final class Auditor {
  private final Evaluator evaluator;
  private final ImmutableList<ConsistencyCheck> checks;

  /** An auditor with the formulas of {@code registry} and the built-in checks. */
  public Auditor(FormulaRegistry registry) {
    this(new Evaluator(registry), Checks.builtIns());
  }

  /** An auditor with {@code evaluator} and {@code checks}, run in the given order. */
  public Auditor(Evaluator evaluator, java.util.List<? extends ConsistencyCheck> checks) {
    this.evaluator = evaluator;
    this.checks = ImmutableList.copyOf(checks);
  }

  /** The checks this auditor runs, in order. */
  public ImmutableList<ConsistencyCheck> checks() {
    return checks;
  }

  /**
   * Audits {@code report} under {@code ruleSet}.
   *
   * @param inputHash SHA-256 of the input document's bytes, recorded as is
   */
  public Verification verify(Report report, RuleSet ruleSet, Optional<String> inputHash) {
    Evaluation evaluation = evaluator.evaluate(report, ruleSet, inputHash.orElse(null));
    ImmutableList<FigureReconciliation> figures =
        new Reconciler(evaluator).reconcile(report, ruleSet, evaluation);
    return ImmutableVerification.builder()
        .agency(report.agency().name())
        .region(report.agency().region())
        .fiscalYear(report.fiscalYear())
        .ruleSetId(ruleSet.id())
        .ruleSetVersion(String.valueOf(ruleSet.version()))
        .inputHash(inputHash)
        .figures(figures)
        .build();
  }
}
