/**
 * Grading scales (<i>skala, kategori, predikat</i>) as data: the built-in scales with their
 * sources, a checker that says what a scale leaves uncovered or covers twice, and a grader that
 * never guesses.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.evaluation.grading;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
