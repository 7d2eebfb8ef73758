package org.lkjip.formulas;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Division to {@link Rounding#WORKING_PRECISION}, giving exactly the {@code BigDecimal} (value and
 * scale) that {@code x.divide(y, Rounding.WORKING_PRECISION)} gives, but faster when the quotient
 * is exact and small.
 *
 * <p>{@code BigDecimal.divide(divisor, MathContext)} computes an exact quotient such as {@code 1200
 * / 12} as 34 significant digits ({@code 1.000…0E+2}) and then strips the 33 trailing zeros one
 * division by ten at a time, on a {@code BigInteger}: about ten times the cost of an inexact
 * quotient. Its specification fixes the result of an exact quotient that fits in the precision: the
 * representation whose scale is closest to the preferred scale {@code x.scale() - y.scale()}. When
 * both unscaled values fit in a {@code long}, this class finds that representation with {@code
 * long} arithmetic: the smallest {@code k ≥ 0} such that {@code y} divides {@code x × 10^k}, giving
 * the quotient {@code x × 10^k / y} at scale {@code preferred + k}. Every other case (an inexact
 * quotient, large operands, a zero divisor) is left to {@code BigDecimal}.
 */
final class Quotients {
  private Quotients() {}

  /** {@code x.divide(y, Rounding.WORKING_PRECISION)}, the same value and scale. */
  static BigDecimal divide(BigDecimal x, BigDecimal y) {
    BigDecimal exact = exactOrNull(x, y);
    return exact != null ? exact : x.divide(y, Rounding.WORKING_PRECISION);
  }

  /**
   * The exact quotient at the scale closest to the preferred one, when both unscaled values fit in
   * a {@code long} and the quotient is exact; otherwise null.
   */
  private static @Nullable BigDecimal exactOrNull(BigDecimal x, BigDecimal y) {
    BigInteger bx = x.unscaledValue();
    BigInteger by = y.unscaledValue();
    if (bx.bitLength() > 62 || by.bitLength() > 62 || by.signum() == 0) {
      return null;
    }
    long ux = bx.longValue();
    long uy = by.longValue();
    // y divides x × 10^k for some k exactly when the part of y prime to 10 divides x.
    long odd = Math.abs(uy) >>> Long.numberOfTrailingZeros(uy);
    while (odd % 5 == 0) {
      odd /= 5;
    }
    if (ux % odd != 0) {
      return null;
    }
    long preferred = (long) x.scale() - y.scale();
    long n = ux;
    for (int k = 0; ; k++) {
      if (n % uy == 0) {
        long scale = preferred + k;
        if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
          return null;
        }
        return BigDecimal.valueOf(n / uy, (int) scale);
      }
      if (Math.abs(n) > Long.MAX_VALUE / 10) {
        return null;
      }
      n *= 10;
    }
  }
}
