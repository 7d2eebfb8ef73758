package org.lkjip.formulas;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An explicit rounding: a scale (decimal places) and a {@link RoundingMode}. {@code Rounding.of(2,
 * RoundingMode.DOWN)} truncates to two decimals, as the seed report does for indicator values;
 * {@code Rounding.of(2, RoundingMode.HALF_UP)} rounds half-up, as most reports do.
 *
 * <p>Unrounded intermediate results are kept to {@link #WORKING_PRECISION} (34 significant digits),
 * which is far beyond any printed figure; nothing rounds implicitly to fewer digits.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRounding.class)
@JsonDeserialize(as = ImmutableRounding.class)
public abstract class Rounding {
  /** Precision of unrounded intermediate values (divisions): 34 significant digits, half-even. */
  public static final MathContext WORKING_PRECISION = MathContext.DECIMAL128;

  /** Decimal places, 0..12. */
  @Value.Parameter
  public abstract int scale();

  /** Rounding mode; {@link RoundingMode#DOWN} is truncation. */
  @Value.Parameter
  public abstract RoundingMode mode();

  /** A rounding to {@code scale} places with {@code mode}. */
  public static Rounding of(int scale, RoundingMode mode) {
    return ImmutableRounding.of(scale, mode);
  }

  /** Truncation (towards zero) to {@code scale} places. */
  public static Rounding truncate(int scale) {
    return of(scale, RoundingMode.DOWN);
  }

  /** Half-up rounding to {@code scale} places. */
  public static Rounding halfUp(int scale) {
    return of(scale, RoundingMode.HALF_UP);
  }

  /**
   * {@code dividend / divisor} to {@link #WORKING_PRECISION}: exactly the value and scale of {@code
   * dividend.divide(divisor, WORKING_PRECISION)}, computed faster when the quotient is exact (such
   * as {@code 1200 / 12}).
   *
   * @throws ArithmeticException if {@code divisor} is zero
   * @since 0.2
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return Quotients.divide(dividend, divisor);
  }

  /**
   * {@code value.setScale(scale, mode)}: the same value and scale, computed faster for a value of
   * about 34 digits (an unrounded figure) rounded to a few decimals. For callers that round at a
   * scale a {@code Rounding} cannot hold, e.g. a printed precision.
   *
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     necessary
   * @since 0.2
   */
  public static BigDecimal setScale(BigDecimal value, int scale, RoundingMode mode) {
    return Rescaling.setScale(value, scale, mode);
  }

  /** Applies the rounding. */
  public BigDecimal apply(BigDecimal value) {
    return Rescaling.setScale(value, scale(), mode());
  }

  /** A stable id, e.g. "half-up-2" or "down-2" (truncation); derived, not serialized. */
  public String id() {
    return mode().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + scale();
  }

  /** A human description, e.g. "truncated to 2 decimals". */
  public String describe() {
    String how =
        switch (mode()) {
          case DOWN -> "truncated";
          case HALF_UP -> "rounded half-up";
          case HALF_EVEN -> "rounded half-even";
          case HALF_DOWN -> "rounded half-down";
          case UP -> "rounded away from zero";
          case CEILING -> "rounded up (ceiling)";
          case FLOOR -> "rounded down (floor)";
          case UNNECESSARY -> "exact (no rounding allowed)";
        };
    return how + " to " + scale() + (scale() == 1 ? " decimal" : " decimals");
  }

  @Value.Check
  protected void check() {
    if (scale() < 0 || scale() > 12) {
      throw new IllegalArgumentException("rounding scale must be 0..12, was " + scale());
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
