package org.lkjip.formulas;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code x.setScale(newScale, mode)}, giving exactly the {@code BigDecimal} that {@code setScale}
 * gives, but faster for an unrounded value of about 34 digits rounded to a few decimals (the common
 * case: {@link Rounding#apply} of a quotient to {@link Rounding#WORKING_PRECISION}).
 *
 * <p>{@code BigDecimal.setScale} divides such a value by a power of ten as a {@code BigInteger}
 * (Knuth's long division on {@code int} words). Here the unscaled value, when it has 63 to 125
 * bits, is taken as two 64-bit words and divided by the power of ten with 128-by-64-bit unsigned
 * division; the quotient, the remainder's comparison with one half and the rounding mode give the
 * result. Any other case (a small or very large unscaled value, a quotient that does not fit in a
 * {@code long}, {@link RoundingMode#UNNECESSARY}, a larger scale) is left to {@code BigDecimal}.
 */
final class Rescaling {
  /** 10^0 to 10^19; 10^19 is above {@link Long#MAX_VALUE} and is read as unsigned. */
  private static final long[] POW10 = powersOfTen();

  private static final int MAX_BITS = 125;

  private Rescaling() {}

  private static long[] powersOfTen() {
    long[] p = new long[20];
    p[0] = 1;
    for (int i = 1; i < p.length; i++) {
      p[i] = p[i - 1] * 10; // 10^19 wraps to the unsigned value 10^19
    }
    return p;
  }

  /** {@code x.setScale(newScale, mode)}, the same value and scale. */
  static BigDecimal setScale(BigDecimal x, int newScale, RoundingMode mode) {
    int scale = x.scale();
    if (newScale >= scale || mode == RoundingMode.UNNECESSARY) {
      return x.setScale(newScale, mode);
    }
    BigInteger u = x.unscaledValue();
    int bits = u.bitLength();
    if (bits <= 62 || bits > MAX_BITS) {
      return x.setScale(newScale, mode);
    }
    long k = (long) scale - newScale;
    int sign = u.signum();
    BigInteger m = sign < 0 ? u.negate() : u;
    long hi = m.shiftRight(64).longValue();
    long lo = m.longValue();
    long q;
    int half; // the discarded digits against one half of a unit: -1, 0 or 1
    boolean inexact;
    if (k > 38) {
      // m < 2^125 < 5 × 10^37: less than half of 10^k.
      q = 0;
      half = -1;
      inexact = true;
    } else if (k <= 19) {
      long d = POW10[(int) k];
      if (Long.compareUnsigned(hi, d) >= 0) {
        return x.setScale(newScale, mode);
      }
      long[] qr = divide128(hi, lo, d);
      q = qr[0];
      if (q < 0) {
        return x.setScale(newScale, mode);
      }
      half = Long.compareUnsigned(qr[1], d >>> 1);
      inexact = qr[1] != 0;
    } else {
      long d = POW10[19];
      long[] qr = divide128(hi, lo, d); // hi < 2^61 < d: the quotient is below 2^62
      long d2 = POW10[(int) k - 19];
      q = Long.divideUnsigned(qr[0], d2);
      long r2 = Long.remainderUnsigned(qr[0], d2);
      // k >= 20: d2 >= 10 is even, and one half of 10^k is (d2 / 2) × 10^19.
      half = Long.compareUnsigned(r2, d2 >>> 1);
      if (half == 0) {
        half = qr[1] != 0 ? 1 : 0;
      }
      inexact = r2 != 0 || qr[1] != 0;
    }
    boolean up =
        switch (mode) {
          case UP -> inexact;
          case DOWN -> false;
          case CEILING -> inexact && sign > 0;
          case FLOOR -> inexact && sign < 0;
          case HALF_UP -> half >= 0 && inexact;
          case HALF_DOWN -> half > 0;
          case HALF_EVEN -> half > 0 || (half == 0 && inexact && (q & 1) == 1);
          case UNNECESSARY -> throw new IllegalStateException("bug: handled above");
        };
    if (up) {
      if (q == Long.MAX_VALUE) {
        return x.setScale(newScale, mode);
      }
      q++;
    }
    return BigDecimal.valueOf(sign < 0 ? -q : q, newScale);
  }

  /**
   * The unsigned 128-bit {@code (hi, lo)} divided by the unsigned {@code d}: {quotient, remainder}.
   * Requires {@code hi < d} (unsigned), so that the quotient fits in 64 bits (unsigned). Hacker's
   * Delight, {@code divlu}: Knuth's algorithm D on 32-bit digits.
   */
  static long[] divide128(long hi, long lo, long d) {
    final long b = 1L << 32;
    int s = Long.numberOfLeadingZeros(d);
    long v = d << s;
    long vn1 = v >>> 32;
    long vn0 = v & 0xFFFFFFFFL;
    long un32 = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
    long un10 = lo << s;
    long un1 = un10 >>> 32;
    long un0 = un10 & 0xFFFFFFFFL;
    long q1 = Long.divideUnsigned(un32, vn1);
    long rhat = un32 - q1 * vn1;
    while (Long.compareUnsigned(q1, b) >= 0
        || Long.compareUnsigned(q1 * vn0, (rhat << 32) + un1) > 0) {
      q1--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, b) >= 0) {
        break;
      }
    }
    long un21 = (un32 << 32) + un1 - q1 * v;
    long q0 = Long.divideUnsigned(un21, vn1);
    rhat = un21 - q0 * vn1;
    while (Long.compareUnsigned(q0, b) >= 0
        || Long.compareUnsigned(q0 * vn0, (rhat << 32) + un0) > 0) {
      q0--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, b) >= 0) {
        break;
      }
    }
    long r = ((un21 << 32) + un0 - q0 * v) >>> s;
    return new long[] {(q1 << 32) + q0, r};
  }
}
