/**
 * Indicator formulas (<i>formulasi</i>) as small, pure, thread-safe rules with stable ids; the
 * {@link org.lkjip.formulas.Figure} value object every computation returns; and {@link
 * org.lkjip.formulas.Rounding}, the explicit rounding every figure states.
 *
 * <ul>
 *   <li>{@link org.lkjip.formulas.Formulas}: the built-in formulas of the seed report (ids
 *       "lkjip:…") and {@link org.lkjip.formulas.Formulas#compute(IndicatorFormula, FormulaInputs,
 *       Rounding)}, which turns a host formula's exception into a {@link
 *       org.lkjip.formulas.Status#RULE_FAILED} figure.
 *   <li>{@link org.lkjip.formulas.FormulaDefinition}: formulas as data ({@code ratio}, {@code
 *       growth}, {@code sum}, {@code difference}) for hosts that write JSON rather than Java.
 *   <li>{@link org.lkjip.formulas.FormulaRegistry}: built-ins, {@link
 *       org.lkjip.formulas.FormulaProvider}s found by {@link java.util.ServiceLoader}, and
 *       definitions, by id, with id rules checked at registration.
 *   <li>{@link org.lkjip.formulas.RoundingPolicy}: how one quantity is rounded, including whether
 *       its inputs are rounded first.
 * </ul>
 *
 * <p>Data problems never throw: they are figures with a status and a reason. Configuration problems
 * (a bad id, an invalid definition, an unknown id) throw a {@link
 * org.lkjip.formulas.FormulaException}.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.formulas;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
