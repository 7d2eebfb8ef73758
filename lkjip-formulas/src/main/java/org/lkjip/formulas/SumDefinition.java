package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A weighted sum as data ({@code "kind": "sum"}): {@code w1 × a + w2 × b + …} over inputs of the
 * year computed, e.g. placements by sex added up. Valid when it lists at least one input, none
 * twice, and no weight is zero.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSumDefinition.class)
@JsonDeserialize(as = ImmutableSumDefinition.class)
@JsonTypeName(SumDefinition.KIND)
@JsonPropertyOrder({"id", "description", "components"})
public abstract class SumDefinition implements FormulaDefinition {
  /** The {@code kind} of this definition in JSON: {@value}. */
  public static final String KIND = "sum";

  /** The weighted inputs, at least one; an immutable list. */
  public abstract List<WeightedInput> components();

  /** A builder. */
  public static ImmutableSumDefinition.Builder builder() {
    return ImmutableSumDefinition.builder();
  }

  @Override
  public final String kind() {
    return KIND;
  }

  @Override
  public final ImmutableList<String> inputNames() {
    return components().stream().map(WeightedInput::input).collect(ImmutableList.toImmutableList());
  }

  @Override
  public final IndicatorFormula toFormula() {
    return LinearFormula.of(
        id(), description() + ": ", Definitions.combination(components()), true);
  }

  @Value.Check
  protected void check() {
    Definitions.checkCommon(this);
    Definitions.checkComponents(this, "components", components());
  }
}
