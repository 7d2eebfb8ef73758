/**
 * Evaluation of a whole report: the {@link org.lkjip.evaluation.Evaluator} applies a {@link
 * org.lkjip.evaluation.RuleSet} to a {@link org.lkjip.model.Report} and returns an immutable {@link
 * org.lkjip.evaluation.Evaluation} in which every figure carries its provenance.
 *
 * <p>Data problems never throw: a figure that cannot be computed is a {@link
 * org.lkjip.formulas.Figure} with a status and a reason, and anything else worth saying is a note.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.evaluation;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
