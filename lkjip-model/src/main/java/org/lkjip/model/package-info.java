/**
 * Value types of a whole LKjIP report: agency, plan, goals → objectives → indicators, programs →
 * activities → sub-activities with budgets, the cascade of sub-activities to objectives, raw data
 * sets and the figures the report prints.
 *
 * <p>All types are immutable and null-free: absent values are {@link java.util.Optional} and
 * collections are Guava immutable collections. Money is {@link java.math.BigDecimal} rupiah and
 * percentages are {@code BigDecimal} on the 0–100 scale; nothing here rounds. Equality of decimals
 * is scale-sensitive ({@code 12.50} and {@code 12.5} differ), so a value keeps the precision it was
 * entered with; arithmetic elsewhere compares with {@code compareTo}.
 *
 * <p>Invariants that make a value meaningless (a negative budget, quarter 5, a blank code, a
 * dangling reference) are rejected when the value is built, with an {@link
 * org.lkjip.model.InvalidModelException} that quotes the bad value. Inconsistencies that a real
 * published report may contain (a total that is not the sum of its lines, a duplicated nomenclature
 * code) are kept as data: finding them is the auditor's job.
 */
@NullMarked
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true)
package org.lkjip.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
