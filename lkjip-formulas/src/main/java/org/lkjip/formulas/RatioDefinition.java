package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A ratio formula as data ({@code "kind": "ratio"}): {@code numerator / denominator × scale}, each
 * side a weighted sum of inputs of the year computed, {@code scale} 100 unless stated. It computes
 * exactly like the built-in ratios: {@code {"numerator": [{"input": "certified"}], "denominator":
 * [{"input": "examined"}]}} is {@link Formulas#certificationRatio()} under another id.
 *
 * <p>Valid when both sides list at least one input, no side lists an input twice (the same input
 * may appear on both sides, as in {@code a / (a + b)}), no weight is zero and the scale is not
 * zero.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatioDefinition.class)
@JsonDeserialize(as = ImmutableRatioDefinition.class)
@JsonTypeName(RatioDefinition.KIND)
@JsonPropertyOrder({"id", "description", "numerator", "denominator", "scale"})
public abstract class RatioDefinition implements FormulaDefinition {
  /** The {@code kind} of this definition in JSON: {@value}. */
  public static final String KIND = "ratio";

  /** The numerator: a weighted sum of inputs, at least one; an immutable list. */
  public abstract List<WeightedInput> numerator();

  /** The denominator: a weighted sum of inputs, at least one; an immutable list. */
  public abstract List<WeightedInput> denominator();

  /** The factor applied to the ratio; 100 (a percentage) unless stated; not zero. */
  @Value.Default
  public BigDecimal scale() {
    return BigDecimal.valueOf(100);
  }

  /** A builder. */
  public static ImmutableRatioDefinition.Builder builder() {
    return ImmutableRatioDefinition.builder();
  }

  @Override
  public final String kind() {
    return KIND;
  }

  @Override
  public final ImmutableList<String> inputNames() {
    Set<String> names = new LinkedHashSet<>();
    numerator().forEach(c -> names.add(c.input()));
    denominator().forEach(c -> names.add(c.input()));
    return ImmutableList.copyOf(names);
  }

  @Override
  public final IndicatorFormula toFormula() {
    return RatioFormula.of(
        id(),
        description() + ": ",
        Definitions.combination(numerator()),
        Definitions.combination(denominator()),
        scale());
  }

  @Value.Check
  protected void check() {
    Definitions.checkCommon(this);
    Definitions.checkComponents(this, "numerator", numerator());
    Definitions.checkComponents(this, "denominator", denominator());
    Definitions.checkScale(this, scale());
  }
}
