/**
 * Achievement (<i>capaian</i>) of an indicator against its target, by polarity: {@code R / T × 100}
 * for positive polarity, {@code (2T − R) / T × 100} or {@code T / R × 100} for negative polarity,
 * range targets against the nearer bound, an optional cap, and explicit policies for zero targets
 * and zero actuals.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.evaluation.achievement;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
