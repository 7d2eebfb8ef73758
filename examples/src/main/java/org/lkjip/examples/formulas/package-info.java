/**
 * A host application's own indicator formula, contributed to lkjip through {@link
 * org.lkjip.formulas.FormulaProvider} and {@link java.util.ServiceLoader}: the open unemployment
 * rate (<i>tingkat pengangguran terbuka</i>, TPT) of a city.
 *
 * <p>The class is listed in {@code META-INF/services/org.lkjip.formulas.FormulaProvider}, so {@link
 * org.lkjip.formulas.FormulaRegistry#standard()} finds it whenever this jar is on the class path.
 */
@NullMarked
package org.lkjip.examples.formulas;

import org.jspecify.annotations.NullMarked;
