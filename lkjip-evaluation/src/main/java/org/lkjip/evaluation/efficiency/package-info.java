/**
 * Budget efficiency (<i>tingkat efisiensi</i>) as pluggable rules: the ratio form {@code (1 −
 * absorption / achievement) × 100}, the savings form {@code 100 − absorption}, the difference form
 * {@code achievement − absorption} and the PMK 22/2021 form over lines.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.evaluation.efficiency;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
