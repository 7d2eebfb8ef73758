package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.RuleSet;
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
}
