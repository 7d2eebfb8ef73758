package org.lkjip.evaluation.achievement;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.formulas.RoundingPolicy;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How achievement (<i>capaian</i>) is computed: the negative-polarity form, an optional cap, the
 * policies for a zero target and a zero actual, the rounding of the result, and whether the
 * indicator value is rounded (as printed) before it is divided.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAchievementPolicy.class)
@JsonDeserialize(as = ImmutableAchievementPolicy.class)
public abstract class AchievementPolicy {
  /** Form for negative polarity; {@link NegativePolarityForm#TWO_T_MINUS_R_OVER_T} by default. */
  @Value.Default
  public NegativePolarityForm negativeForm() {
    return NegativePolarityForm.TWO_T_MINUS_R_OVER_T;
  }

  /**
   * Upper limit of achievement (e.g. 100, 110 or 120); none by default, as published reports do not
   * cap (the seed prints 111,11%).
   */
  public abstract Optional<BigDecimal> cap();

  /** What a zero target gives; {@link ZeroTargetPolicy#DIVISION_BY_ZERO} by default. */
  @Value.Default
  public ZeroTargetPolicy zeroTarget() {
    return ZeroTargetPolicy.DIVISION_BY_ZERO;
  }

  /** What a zero actual gives under {@code T / R}; {@code DIVISION_BY_ZERO} by default. */
  @Value.Default
  public ZeroActualPolicy zeroActual() {
    return ZeroActualPolicy.DIVISION_BY_ZERO;
  }

  /**
   * Rounding of the result; when {@link RoundingPolicy#roundInputsFirst()}, achievement is computed
   * from the indicator value as rounded (as printed: the seed's truncated 34.28 gives 34.28 / 65 →
   * 52.73) rather than from the unrounded value (34.2857… / 65 → 52.74).
   */
  public abstract RoundingPolicy rounding();

  /** A policy with the defaults and the given rounding. */
  public static AchievementPolicy of(RoundingPolicy rounding) {
    return ImmutableAchievementPolicy.builder().rounding(rounding).build();
  }

  @Value.Check
  protected void check() {
    cap()
        .ifPresent(
            c -> {
              if (c.signum() <= 0) {
                throw new IllegalArgumentException(
                    "achievement cap must be positive, was " + c.toPlainString());
              }
            });
  }
}
