package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A difference as data ({@code "kind": "difference"}): input {@code a} minus input {@code b}, both
 * of the year computed, e.g. {@code {"a": "registered", "b": "placed"}}. The result may be
 * negative; the inputs may not. Valid when {@code a} and {@code b} are two different, non-blank
 * names.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDifferenceDefinition.class)
@JsonDeserialize(as = ImmutableDifferenceDefinition.class)
@JsonTypeName(DifferenceDefinition.KIND)
@JsonPropertyOrder({"id", "description", "a", "b"})
public abstract class DifferenceDefinition implements FormulaDefinition {
  /** The {@code kind} of this definition in JSON: {@value}. */
  public static final String KIND = "difference";

  /** The input subtracted from (minuend). */
  public abstract String a();

  /** The input subtracted (subtrahend). */
  public abstract String b();

  /** A builder. */
  public static ImmutableDifferenceDefinition.Builder builder() {
    return ImmutableDifferenceDefinition.builder();
  }

  @Override
  public final String kind() {
    return KIND;
  }

  @Override
  public final ImmutableList<String> inputNames() {
    return ImmutableList.of(a(), b());
  }

  @Override
  public final IndicatorFormula toFormula() {
    return LinearFormula.of(
        id(),
        description() + ": ",
        LinearCombination.of(
            ImmutableList.of(Term.of(a()), new Term(b(), BigDecimal.ONE.negate()))),
        true);
  }

  @Value.Check
  protected void check() {
    Definitions.checkCommon(this);
    Definitions.checkInput(this, "a", a());
    Definitions.checkInput(this, "b", b());
    if (a().equals(b())) {
      throw Definitions.invalid(this, "a and b are the same input '" + a() + "'");
    }
  }
}
