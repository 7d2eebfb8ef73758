package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Rounding#apply} (through {@link Rescaling}) against its definition, {@code
 * x.setScale(scale, mode)}: the same value and scale for every rounding mode, with values of about
 * 34 digits, ties, carries and both signs.
 */
class RescalingTests {
  private static final int CASES = 200_000;
  private static final RoundingMode[] MODES = {
    RoundingMode.UP,
    RoundingMode.DOWN,
    RoundingMode.CEILING,
    RoundingMode.FLOOR,
    RoundingMode.HALF_UP,
    RoundingMode.HALF_DOWN,
    RoundingMode.HALF_EVEN
  };

  @Test
  void sameValueAndScaleAsSetScale() {
    SplittableRandom rnd = new SplittableRandom(34L);
    for (int i = 0; i < CASES; i++) {
      int scale = rnd.nextInt(-2, 48);
      int newScale = rnd.nextInt(-3, Math.max(scale + 3, 1));
      BigInteger u = unscaled(rnd, scale - newScale);
      BigDecimal x = new BigDecimal(rnd.nextBoolean() ? u : u.negate(), scale);
      for (RoundingMode mode : MODES) {
        assertSame(x, newScale, mode);
      }
    }
  }

  @Test
  void quotientsRoundedAsFigures() {
    SplittableRandom rnd = new SplittableRandom(128L);
    for (int i = 0; i < CASES; i++) {
      BigDecimal budget = BigDecimal.valueOf(rnd.nextLong(1, 100_000_000_000_000L));
      BigDecimal spent = BigDecimal.valueOf(rnd.nextLong(0, 200_000_000_000_000L));
      BigDecimal q =
          spent.multiply(BigDecimal.valueOf(100)).divide(budget, Rounding.WORKING_PRECISION);
      for (RoundingMode mode : MODES) {
        assertSame(q, rnd.nextInt(0, 7), mode);
      }
    }
  }

  @Test
  void divide128MatchesBigInteger() {
    SplittableRandom rnd = new SplittableRandom(64L);
    BigInteger two64 = BigInteger.ONE.shiftLeft(64);
    for (int i = 0; i < CASES; i++) {
      long d = rnd.nextInt(4) == 0 ? rnd.nextLong() : rnd.nextLong() >>> rnd.nextInt(64);
      if (d == 0) {
        continue;
      }
      BigInteger bd = new BigInteger(Long.toUnsignedString(d));
      long hi = Long.remainderUnsigned(rnd.nextLong(), d);
      long lo = rnd.nextLong();
      BigInteger n =
          new BigInteger(Long.toUnsignedString(hi))
              .multiply(two64)
              .add(new BigInteger(Long.toUnsignedString(lo)));
      BigInteger[] expected = n.divideAndRemainder(bd);
      long[] qr = Rescaling.divide128(hi, lo, d);
      assertThat(Long.toUnsignedString(qr[0])).isEqualTo(expected[0].toString());
      assertThat(Long.toUnsignedString(qr[1])).isEqualTo(expected[1].toString());
    }
  }

  private static void assertSame(BigDecimal x, int newScale, RoundingMode mode) {
    BigDecimal expected = x.setScale(newScale, mode);
    BigDecimal actual = Rescaling.setScale(x, newScale, mode);
    assertThat(actual).as("%s to %d %s", x, newScale, mode).isEqualTo(expected);
    if (newScale >= 0 && newScale <= 12) {
      assertThat(Rounding.of(newScale, mode).apply(x)).isEqualTo(expected);
    }
  }

  /** A magnitude of about 34 digits, often a tie, a carry or a round number at digit {@code k}. */
  private static BigInteger unscaled(SplittableRandom rnd, int k) {
    BigInteger base = new BigInteger(rnd.nextInt(40, 131), new java.util.Random(rnd.nextLong()));
    if (k <= 0 || rnd.nextInt(3) == 0) {
      return base;
    }
    BigInteger unit = BigInteger.TEN.pow(k);
    BigInteger q = base.divide(unit);
    BigInteger half = unit.shiftRight(1);
    return switch (rnd.nextInt(6)) {
      case 0 -> q.multiply(unit).add(half); // a tie
      case 1 -> q.multiply(unit).add(half).add(BigInteger.ONE);
      case 2 -> q.multiply(unit).add(half).subtract(BigInteger.ONE);
      case 3 -> q.multiply(unit); // exact
      case 4 -> q.multiply(unit).add(unit).subtract(BigInteger.ONE); // a carry
      default -> q.multiply(unit).add(BigInteger.ONE);
    };
  }
}
