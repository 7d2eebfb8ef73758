package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A year-on-year growth formula as data ({@code "kind": "growth"}): {@code (x[n] − x[n−1]) / x[n−1]
 * × scale} for one input {@code x}, {@code scale} 100 unless stated. It computes exactly like
 * {@link Formulas#placementGrowth()}; a zero base is {@link Status#DIVISION_BY_ZERO}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrowthDefinition.class)
@JsonDeserialize(as = ImmutableGrowthDefinition.class)
@JsonTypeName(GrowthDefinition.KIND)
@JsonPropertyOrder({"id", "description", "input", "scale"})
public abstract class GrowthDefinition implements FormulaDefinition {
  /** The {@code kind} of this definition in JSON: {@value}. */
  public static final String KIND = "growth";

  /** The input whose growth is computed, read for the year and the year before. */
  public abstract String input();

  /** The factor applied to the relative change; 100 (a percentage) unless stated; not zero. */
  @Value.Default
  public BigDecimal scale() {
    return BigDecimal.valueOf(100);
  }

  /** A builder. */
  public static ImmutableGrowthDefinition.Builder builder() {
    return ImmutableGrowthDefinition.builder();
  }

  @Override
  public final String kind() {
    return KIND;
  }

  @Override
  public final ImmutableList<String> inputNames() {
    return ImmutableList.of(input());
  }

  @Override
  public final IndicatorFormula toFormula() {
    return GrowthFormula.of(id(), description() + ": ", input(), scale());
  }

  @Value.Check
  protected void check() {
    Definitions.checkCommon(this);
    Definitions.checkInput(this, "input", input());
    Definitions.checkScale(this, scale());
  }
}
