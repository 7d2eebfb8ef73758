/**
 * A test kit for authors of indicator formulas: {@link
 * org.lkjip.formulas.testkit.IndicatorFormulaContract}, a JUnit contract a host's formula test
 * implements to check that the formula follows the rules of {@link
 * org.lkjip.formulas.IndicatorFormula}, and {@link org.lkjip.formulas.testkit.SampleInputs} to
 * build inputs. Published as the {@code tests} jar of lkjip-formulas ({@code
 * <type>test-jar</type><scope>test</scope>}).
 */
@NullMarked
package org.lkjip.formulas.testkit;

import org.jspecify.annotations.NullMarked;
