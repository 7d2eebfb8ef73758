package org.lkjip.io;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Formats a {@link BigDecimal} in plain notation as ASCII bytes, exactly as {@link
 * BigDecimal#toPlainString()} does, without the intermediate strings and builders that it makes:
 * the unscaled value's digits come from one {@code long}, or from four 32-bit limbs for up to
 * {@value #MAX_PRECISION} digits (34-digit quotients of {@link java.math.MathContext#DECIMAL128}
 * included), two at a time, instead of {@link BigInteger#toString()}.
 *
 * <p>Values it does not handle quickly (more than {@value #MAX_PRECISION} digits, or a scale beyond
 * ±{@value #MAX_SCALE}) are refused, and the caller formats them the usual way.
 */
final class PlainDecimals {
  /** The most digits of an unscaled value formatted here. */
  static final int MAX_PRECISION = 37;

  /** The largest scale magnitude formatted here. */
  static final int MAX_SCALE = 64;

  /** Room for any value formatted here: sign, digits, "0." and {@link #MAX_SCALE} zeros. */
  static final int BUFFER_LENGTH = 1 + MAX_PRECISION + 2 + MAX_SCALE;

  /** Room for the digits of any unscaled value formatted here. */
  static final int SCRATCH_LENGTH = 40;

  private static final long BILLION = 1_000_000_000L;

  /** "00", "01", …, "99": two digits at a time. */
  private static final byte[] PAIRS = pairs();

  private PlainDecimals() {}

  /**
   * Writes {@code value.toPlainString()} into {@code out} from index 0.
   *
   * @param scratch at least {@link #SCRATCH_LENGTH} bytes, overwritten
   * @param out at least {@link #BUFFER_LENGTH} bytes
   * @return the number of bytes written, or -1 when the value is not formatted here
   */
  static int format(BigDecimal value, byte[] scratch, byte[] out) {
    int scale = value.scale();
    if (scale < -MAX_SCALE || scale > MAX_SCALE) {
      return -1;
    }
    // The precision is cached by the value (and cheap for one held in a long): up to 18 digits
    // fit a long, up to 37 digits (below 2^123) fit two.
    int precision = value.precision();
    if (precision > MAX_PRECISION) {
      return -1;
    }
    BigInteger unscaled = value.unscaledValue();
    boolean negative = unscaled.signum() < 0;
    // Digits of the magnitude, right-aligned at the end of the scratch area.
    byte[] digits = scratch;
    int start;
    if (precision <= 18) {
      long v = unscaled.longValue();
      start = digitsOf(negative ? -v : v, digits, SCRATCH_LENGTH);
    } else {
      BigInteger magnitude = negative ? unscaled.negate() : unscaled;
      long high = magnitude.shiftRight(64).longValue();
      long low = magnitude.longValue();
      start = digitsOf128(high, low, digits, SCRATCH_LENGTH);
    }
    int length = SCRATCH_LENGTH - start;
    int n = 0;
    if (negative) {
      out[n++] = (byte) '-';
    }
    if (scale <= 0) {
      if (scale < 0 && unscaled.signum() == 0) {
        return zero(out);
      }
      System.arraycopy(digits, start, out, n, length);
      n += length;
      for (int i = scale; i < 0; i++) {
        out[n++] = (byte) '0';
      }
      return n;
    }
    int point = length - scale;
    if (point > 0) {
      System.arraycopy(digits, start, out, n, point);
      n += point;
      out[n++] = (byte) '.';
      System.arraycopy(digits, start + point, out, n, scale);
      return n + scale;
    }
    out[n++] = (byte) '0';
    out[n++] = (byte) '.';
    for (int i = point; i < 0; i++) {
      out[n++] = (byte) '0';
    }
    System.arraycopy(digits, start, out, n, length);
    return n + length;
  }

  /** Writes "0", as {@link BigDecimal#toPlainString()} does for a zero of negative scale. */
  private static int zero(byte[] out) {
    out[0] = (byte) '0';
    return 1;
  }

  /**
   * Writes the decimal digits of {@code v} (not negative) so that they end at {@code end}.
   *
   * @return the index of the first digit
   */
  private static int digitsOf(long v, byte[] out, int end) {
    int i = end;
    while (v >= 100) {
      long q = v / 100;
      int pair = (int) (v - q * 100) << 1;
      out[--i] = PAIRS[pair + 1];
      out[--i] = PAIRS[pair];
      v = q;
    }
    int pair = (int) v << 1;
    out[--i] = PAIRS[pair + 1];
    if (v >= 10) {
      out[--i] = PAIRS[pair];
    }
    return i;
  }

  /**
   * Writes the nine digits of {@code v} (below 10⁹), zeros first, so that they end at {@code end}.
   */
  private static void nineDigitsOf(long v, byte[] out, int end) {
    int i = end;
    for (int k = 0; k < 4; k++) {
      long q = v / 100;
      int pair = (int) (v - q * 100) << 1;
      out[--i] = PAIRS[pair + 1];
      out[--i] = PAIRS[pair];
      v = q;
    }
    out[--i] = (byte) ('0' + (int) v);
  }

  private static byte[] pairs() {
    byte[] pairs = new byte[200];
    for (int i = 0; i < 100; i++) {
      pairs[2 * i] = (byte) ('0' + i / 10);
      pairs[2 * i + 1] = (byte) ('0' + i % 10);
    }
    return pairs;
  }

  /**
   * Writes the decimal digits of the unsigned 128-bit value {@code high·2⁶⁴ + low} (high below 2⁶²)
   * so that they end at {@code end}, nine at a time from 32-bit limbs.
   *
   * @return the index of the first digit
   */
  private static int digitsOf128(long high, long low, byte[] out, int end) {
    long l3 = high >>> 32;
    long l2 = high & 0xFFFF_FFFFL;
    long l1 = low >>> 32;
    long l0 = low & 0xFFFF_FFFFL;
    int i = end;
    while (true) {
      long r = l3;
      l3 = r / BILLION;
      r = ((r - l3 * BILLION) << 32) | l2;
      l2 = r / BILLION;
      r = ((r - l2 * BILLION) << 32) | l1;
      l1 = r / BILLION;
      r = ((r - l1 * BILLION) << 32) | l0;
      l0 = r / BILLION;
      long chunk = r - l0 * BILLION;
      if ((l3 | l2 | l1 | l0) == 0) {
        return digitsOf(chunk, out, i);
      }
      nineDigitsOf(chunk, out, i);
      i -= 9;
    }
  }
}
