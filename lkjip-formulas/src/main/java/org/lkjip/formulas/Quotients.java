package org.lkjip.formulas;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Division to {@link Rounding#WORKING_PRECISION}, giving exactly the {@code BigDecimal} (value and
 * scale) that {@code x.divide(y, Rounding.WORKING_PRECISION)} gives, computed with {@code long}
 * arithmetic when both unscaled values fit in 62 bits (rupiah amounts, counts, percentages).
 *
 * <p>The specification of {@code BigDecimal.divide(divisor, MathContext)} fixes the result:
 *
 * <ul>
 *   <li>An exact quotient that fits in the precision is the representation whose scale is closest
 *       to the preferred scale {@code x.scale() - y.scale()}: the smallest {@code k ≥ 0} such that
 *       {@code y} divides {@code x × 10^k} gives the quotient {@code x × 10^k / y} at scale {@code
 *       preferred + k}. ({@code BigDecimal} computes {@code 1200 / 12} as 34 digits and strips 33
 *       zeros one {@code BigInteger} division at a time: ten times the cost of an inexact
 *       quotient.)
 *   <li>A quotient that does not terminate (the divisor has a prime factor other than 2 and 5 that
 *       the dividend lacks) is rounded half-even to exactly 34 significant digits, at the least
 *       scale that holds them. Its digits are found by long division, 19 at a time, with 128-by-64-
 *       bit division; it is never exactly half-way, so the rounding compares the remainder with
 *       half the divisor.
 * </ul>
 *
 * <p>Any other case (a quotient that terminates only after more than 18 digits, large operands, a
 * zero divisor) is left to {@code BigDecimal}.
 */
final class Quotients {
  private static final int DIGITS = 34;

  /** 10^0 to 10^19; 10^19 is above {@link Long#MAX_VALUE} and is read as unsigned. */
  private static final long[] POW10 = new long[20];

  /** 10^34, the first 35-digit number, as an unsigned 128-bit number. */
  private static final long TEN34_HI;

  private static final long TEN34_LO;

  /** 10^33, the first 34-digit number. */
  private static final long TEN33_HI;

  private static final long TEN33_LO;

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
    BigInteger ten34 = BigInteger.TEN.pow(DIGITS);
    TEN34_HI = ten34.shiftRight(64).longValue();
    TEN34_LO = ten34.longValue();
    BigInteger ten33 = BigInteger.TEN.pow(DIGITS - 1);
    TEN33_HI = ten33.shiftRight(64).longValue();
    TEN33_LO = ten33.longValue();
  }

  private Quotients() {}

  /** {@code x.divide(y, Rounding.WORKING_PRECISION)}, the same value and scale. */
  static BigDecimal divide(BigDecimal x, BigDecimal y) {
    BigDecimal q = quotientOrNull(x, y);
    return q != null ? q : x.divide(y, Rounding.WORKING_PRECISION);
  }

  private static @Nullable BigDecimal quotientOrNull(BigDecimal x, BigDecimal y) {
    BigInteger by = y.unscaledValue();
    if (by.bitLength() > 62 || by.signum() == 0) {
      return null;
    }
    BigInteger bx = x.unscaledValue();
    long uy = by.longValue();
    long preferred = (long) x.scale() - y.scale();
    // y divides x × 10^k for some k exactly when the part of y prime to 10 divides x.
    long odd = Math.abs(uy) >>> Long.numberOfTrailingZeros(uy);
    while (odd % 5 == 0) {
      odd /= 5;
    }
    long b = Math.abs(uy);
    boolean negative = (bx.signum() < 0) != (uy < 0);
    if (bx.bitLength() <= 62) {
      long ux = bx.longValue();
      if (ux % odd == 0) {
        return exact(ux, uy, preferred);
      }
      long a = Math.abs(ux);
      return nonTerminating(negative, a / b, a % b, b, preferred);
    }
    if (bx.bitLength() > 126) {
      return null;
    }
    // A dividend of up to 126 bits (e.g. an unrounded value times 100) over a small divisor.
    BigInteger m = bx.abs();
    long aHi = m.shiftRight(64).longValue();
    long aLo = m.longValue();
    if (Rescaling.divide128(aHi % odd, aLo, odd)[1] == 0 || aHi >= b) {
      return null; // a terminating quotient, or an integer part above 64 bits
    }
    long[] qr = Rescaling.divide128(aHi, aLo, b);
    if (qr[0] < 0) {
      return null; // an integer part of 2^63 or more
    }
    return nonTerminating(negative, qr[0], qr[1], b, preferred);
  }

  /** The exact quotient {@code ux / uy × 10^-preferred}; null when it needs more than 18 digits. */
  private static @Nullable BigDecimal exact(long ux, long uy, long preferred) {
    long n = ux;
    for (int k = 0; ; k++) {
      if (n % uy == 0) {
        return valueOf(n / uy, preferred + k);
      }
      if (Math.abs(n) > Long.MAX_VALUE / 10) {
        return null;
      }
      n *= 10;
    }
  }

  private static @Nullable BigDecimal valueOf(long unscaled, long scale) {
    return scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE
        ? null
        : BigDecimal.valueOf(unscaled, (int) scale);
  }

  /**
   * The quotient {@code ±(integer + r / b) × 10^-preferred}, which does not terminate, to 34
   * significant digits rounded half-even; null when its scale is out of range.
   *
   * @param integer the integer part of the magnitude of the quotient of the unscaled values, below
   *     2^63
   * @param r the remainder of that division, {@code 0 < r < b}
   * @param b the magnitude of the divisor's unscaled value, below 2^62
   */
  private static @Nullable BigDecimal nonTerminating(
      boolean negative, long integer, long r, long b, long preferred) {
    // f: the number of fraction digits that, with the integer part, make 34 significant digits
    int f;
    if (integer > 0) {
      f = DIGITS - digits(integer);
    } else {
      int zeros = 1; // the first nonzero digit is at 10^-zeros (r > 0: the quotient is inexact)
      long t = r;
      while (t <= (b - 1) / 10) { // t × 10 < b, without overflow
        t *= 10;
        zeros++;
      }
      f = zeros + DIGITS - 1;
    }
    // d = floor(a × 10^f / b), as an unsigned 128-bit number; r the remainder
    long dHi = 0;
    long dLo = integer;
    for (int left = f; left > 0; ) {
      int c = Math.min(left, 19);
      long p = POW10[c];
      long hi = unsignedMultiplyHigh(r, p);
      long lo = r * p;
      long[] qr = Rescaling.divide128(hi, lo, b);
      // d = d × 10^c + qr[0]
      long carry = unsignedMultiplyHigh(dLo, p);
      dHi = dHi * p + carry;
      dLo = dLo * p;
      long sum = dLo + qr[0];
      if (Long.compareUnsigned(sum, dLo) < 0) {
        dHi++;
      }
      dLo = sum;
      r = qr[1];
      left -= c;
    }
    long scale = preferred + f;
    if (r > b - r) { // more than half of the last digit: round up (never exactly half)
      dLo++;
      if (dLo == 0) {
        dHi++;
      }
      if (dHi == TEN34_HI && dLo == TEN34_LO) { // 99…9 + 1: one digit more, a zero, dropped
        dHi = TEN33_HI;
        dLo = TEN33_LO;
        scale--;
      }
    }
    if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
      return null;
    }
    BigInteger unscaled = unsigned128(dHi, dLo);
    return new BigDecimal(negative ? unscaled.negate() : unscaled, (int) scale);
  }

  /** The number of decimal digits of {@code v > 0}. */
  private static int digits(long v) {
    int n = 1;
    while (n < 19 && v >= POW10[n]) {
      n++;
    }
    return n;
  }

  /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh of Java 18). */
  private static long unsignedMultiplyHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  private static BigInteger unsigned128(long hi, long lo) {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (hi >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
    }
    return new BigInteger(1, bytes);
  }
}
