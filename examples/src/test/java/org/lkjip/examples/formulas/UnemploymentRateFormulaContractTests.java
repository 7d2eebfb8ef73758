package org.lkjip.examples.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.formulas.testkit.IndicatorFormulaContract;
import org.lkjip.formulas.testkit.SampleInputs;

/**
 * The host formula meets lkjip's formula contract, and {@link FormulaRegistry#standard()} finds it
 * through {@code META-INF/services}.
 */
class UnemploymentRateFormulaContractTests implements IndicatorFormulaContract {
  private static final int YEAR = 2024;

  @Override
  public IndicatorFormula formula() {
    return new UnemploymentRateFormula();
  }

  @Override
  public FormulaInputs sampleInputs() {
    return SampleInputs.forYear(YEAR)
        .put(UnemploymentRateFormula.UNEMPLOYED, YEAR, 1830)
        .put(UnemploymentRateFormula.LABOUR_FORCE, YEAR, 29412)
        .build();
  }

  @Test
  void standardRegistry_findsTheHostFormulaThroughServiceLoader() {
    FormulaRegistry registry = FormulaRegistry.standard();
    assertThat(registry.ids()).contains(UnemploymentRateFormula.ID);
    assertThat(registry.find(UnemploymentRateFormula.ID))
        .hasValueSatisfying(
            f -> assertThat(f.inputNames()).containsExactly("unemployed", "labourForce"));
  }

  @Test
  void compute_sample_isUnemployedOverLabourForceTimesHundred() {
    // 1830 / 29412 × 100 = 6.2219502244…, half-up to 2 decimals 6.22, truncated 6.22
    Figure f = formula().compute(sampleInputs(), Rounding.halfUp(4));
    assertThat(f.value()).contains(new BigDecimal("6.2220"));
    assertThat(f.inputs()).containsEntry("unemployed", new BigDecimal("1830"));
  }

  @Test
  void compute_zeroLabourForce_isDivisionByZero() {
    FormulaInputs in =
        SampleInputs.forYear(YEAR)
            .put(UnemploymentRateFormula.UNEMPLOYED, YEAR, 0)
            .put(UnemploymentRateFormula.LABOUR_FORCE, YEAR, 0)
            .build();
    Figure f = formula().compute(in, Rounding.halfUp(2));
    assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(f.reason()).hasValue("labour force for 2024 is 0 (unemployed 0)");
  }

  @Test
  void compute_negativeCount_isInvalidInput() {
    FormulaInputs in =
        SampleInputs.forYear(YEAR)
            .put(UnemploymentRateFormula.UNEMPLOYED, YEAR, -1)
            .put(UnemploymentRateFormula.LABOUR_FORCE, YEAR, 100)
            .build();
    assertThat(formula().compute(in, Rounding.halfUp(2)).status()).isEqualTo(Status.INVALID_INPUT);
  }
}
