package org.lkjip.examples.formulas;

import java.util.List;
import org.lkjip.formulas.FormulaProvider;
import org.lkjip.formulas.IndicatorFormula;

/**
 * The formula provider of the example host application: contributes {@value
 * UnemploymentRateFormula#ID}. ServiceLoader instantiates it through the public no-argument
 * constructor.
 *
 * @since 0.1
 */
public final class UnemploymentRateFormulaProvider implements FormulaProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public UnemploymentRateFormulaProvider() {}

  @Override
  public List<IndicatorFormula> formulas() {
    return List.of(new UnemploymentRateFormula());
  }
}
