package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How one quantity of an evaluation is rounded: a {@link Rounding} of the result, whether the
 * inputs are rounded the same way before use, and a description for people. A rule set holds one
 * per quantity (indicator value, achievement, absorption, …).
 *
 * <p>The seed report truncates indicator values and achievement to two decimals and computes
 * achievement from the <em>truncated</em> indicator value (34,28 / 65 → 52,73, not 52,74 from the
 * unrounded 34,2857…): {@code RoundingPolicy.of(Rounding.truncate(2), true, "…")}. Most reports
 * round half-up from unrounded inputs: {@code RoundingPolicy.of(Rounding.halfUp(2))}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoundingPolicy.class)
@JsonDeserialize(as = ImmutableRoundingPolicy.class)
@JsonPropertyOrder({"rounding", "roundInputsFirst", "description"})
public abstract class RoundingPolicy {
  /** The rounding of the result. */
  public abstract Rounding rounding();

  /**
   * Whether inputs are rounded with {@link #rounding()} before use, e.g. achievement computed from
   * the truncated indicator value; false unless stated.
   */
  @Value.Default
  public boolean roundInputsFirst() {
    return false;
  }

  /**
   * For people, e.g. "truncated to 2 decimals, from inputs truncated the same way"; by default
   * derived from the rounding.
   */
  @Value.Default
  public String description() {
    return rounding().describe()
        + (roundInputsFirst() ? ", from inputs rounded the same way" : ", from unrounded inputs");
  }

  /** {@code rounding} applied to the result only, from unrounded inputs. */
  public static RoundingPolicy of(Rounding rounding) {
    return ImmutableRoundingPolicy.builder().rounding(rounding).build();
  }

  /** {@code rounding}, applied to the inputs first when {@code roundInputsFirst}. */
  public static RoundingPolicy of(Rounding rounding, boolean roundInputsFirst) {
    return ImmutableRoundingPolicy.builder()
        .rounding(rounding)
        .roundInputsFirst(roundInputsFirst)
        .build();
  }

  /** {@code rounding} with {@code roundInputsFirst} and a description of why. */
  public static RoundingPolicy of(Rounding rounding, boolean roundInputsFirst, String description) {
    return ImmutableRoundingPolicy.builder()
        .rounding(rounding)
        .roundInputsFirst(roundInputsFirst)
        .description(description)
        .build();
  }

  /** An input prepared for use: rounded when {@link #roundInputsFirst()}, else as it is. */
  public BigDecimal input(BigDecimal value) {
    return roundInputsFirst() ? rounding().apply(value) : value;
  }

  /** The result rounded with {@link #rounding()}. */
  public BigDecimal apply(BigDecimal value) {
    return rounding().apply(value);
  }

  @Value.Check
  protected void check() {
    if (description().isBlank()) {
      throw new IllegalArgumentException(
          "rounding policy " + rounding() + " has a blank description");
    }
  }
}
