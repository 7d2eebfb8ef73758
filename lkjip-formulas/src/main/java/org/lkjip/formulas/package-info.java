/**
 * Indicator formulas (<i>formulasi</i>) as small, pure, thread-safe rules with stable ids; the
 * {@link org.lkjip.formulas.Figure} value object every computation returns; and {@link
 * org.lkjip.formulas.Rounding}, the explicit rounding every figure states.
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
