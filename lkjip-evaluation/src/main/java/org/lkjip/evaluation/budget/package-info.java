/**
 * Budget figures: absorption (<i>penyerapan</i>) per line and roll-ups to activities, programs,
 * objectives and the whole report, unspent budget (<i>sisa anggaran</i>), spending by quarter, and
 * the check that an alignment allocates every sub-activity exactly once.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.evaluation.budget;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
