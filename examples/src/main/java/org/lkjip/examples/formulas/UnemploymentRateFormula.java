package org.lkjip.examples.formulas;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;

/**
 * The open unemployment rate (<i>tingkat pengangguran terbuka</i>, TPT) as a host formula: {@code
 * unemployed / labourForce × 100} for the year computed. Lower is better, so indicators that use it
 * should declare {@link org.lkjip.model.Polarity#NEGATIVE} polarity; the formula itself only
 * computes the rate.
 *
 * <p>Never throws for data problems: a missing or absent input is {@link Status#MISSING_INPUT}
 * naming it, a negative count is {@link Status#INVALID_INPUT}, a zero labour force is {@link
 * Status#DIVISION_BY_ZERO}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class UnemploymentRateFormula implements IndicatorFormula {
  /** Id of the formula; host ids must not use the reserved "lkjip:" prefix. */
  public static final String ID = "tebing:open-unemployment-rate";

  /** Name of the input holding the number of unemployed people looking for work. */
  public static final String UNEMPLOYED = "unemployed";

  /** Name of the input holding the labour force (employed plus unemployed). */
  public static final String LABOUR_FORCE = "labourForce";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final ImmutableList<String> INPUTS = ImmutableList.of(UNEMPLOYED, LABOUR_FORCE);

  /** Creates the formula. */
  public UnemploymentRateFormula() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "open unemployment rate (TPT, lower is better): unemployed / labourForce × 100";
  }

  @Override
  public ImmutableList<String> inputNames() {
    return INPUTS;
  }

  @Override
  public Figure compute(FormulaInputs inputs, Rounding rounding) {
    int year = inputs.year();
    Map<String, BigDecimal> used = new LinkedHashMap<>();
    for (String name : INPUTS) {
      Optional<BigDecimal> v = inputs.value(name, year);
      if (v.isEmpty()) {
        String why =
            inputs
                .missingReason(name, year)
                .orElse("input '" + name + "' for " + year + " has no value");
        return Figure.notComputed(ID, Status.MISSING_INPUT, why, used);
      }
      if (v.get().signum() < 0) {
        used.put(name, v.get());
        return Figure.notComputed(
            ID,
            Status.INVALID_INPUT,
            "input '" + name + "' for " + year + " is negative: " + v.get().toPlainString(),
            used);
      }
      used.put(name, v.get());
    }
    BigDecimal unemployed = used.get(UNEMPLOYED);
    BigDecimal labourForce = used.get(LABOUR_FORCE);
    if (unemployed == null || labourForce == null) {
      throw new IllegalStateException("bug: inputs not collected");
    }
    if (labourForce.signum() == 0) {
      return Figure.notComputed(
          ID,
          Status.DIVISION_BY_ZERO,
          "labour force for " + year + " is 0 (unemployed " + unemployed.toPlainString() + ")",
          used);
    }
    BigDecimal unrounded =
        unemployed.multiply(HUNDRED).divide(labourForce, Rounding.WORKING_PRECISION);
    return Figure.computed(ID, unrounded, rounding, used);
  }

  @Override
  public String toString() {
    return ID;
  }
}
