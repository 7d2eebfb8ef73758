/**
 * Audit of a published report: reconciliation of every printed figure against its recomputed value
 * ({@link org.lkjip.evaluation.audit.Reconciler}), general consistency checks that run on any
 * report ({@link org.lkjip.evaluation.audit.ConsistencyCheck}, registered in {@link
 * org.lkjip.evaluation.audit.Checks}), and the {@link org.lkjip.evaluation.audit.Auditor} that
 * combines both into one {@link org.lkjip.evaluation.audit.Verification}.
 *
 * <p>Nothing here throws for data problems: a figure that cannot be recomputed is {@link
 * org.lkjip.evaluation.audit.ReconciliationStatus#NOT_RECOMPUTABLE} with a cause, and a defect in
 * the report is a {@link org.lkjip.evaluation.audit.Finding}.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.evaluation.audit;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
