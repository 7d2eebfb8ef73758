package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One component of a weighted sum in a {@link FormulaDefinition}: {@code weight × input}, written
 * {@code {"input": "a", "weight": 1}} (weight defaults to 1). The definition that holds it checks
 * that the input name is non-blank and the weight is not zero, and says which definition is wrong.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightedInput.class)
@JsonDeserialize(as = ImmutableWeightedInput.class)
@JsonPropertyOrder({"input", "weight"})
public abstract class WeightedInput {
  /** The input name, as in {@link org.lkjip.model.Observation#name()}. */
  public abstract String input();

  /** The factor; 1 unless stated; may be negative, never zero. */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** {@code 1 × input}. */
  public static WeightedInput of(String input) {
    return ImmutableWeightedInput.builder().input(input).build();
  }

  /** {@code weight × input}. */
  public static WeightedInput of(String input, BigDecimal weight) {
    return ImmutableWeightedInput.builder().input(input).weight(weight).build();
  }

  Term toTerm() {
    return new Term(input(), weight());
  }
}
