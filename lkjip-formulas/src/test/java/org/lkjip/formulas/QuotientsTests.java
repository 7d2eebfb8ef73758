package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Rounding#divide} against its definition, {@code x.divide(y, WORKING_PRECISION)}: the same
 * value and the same scale ({@code equals}, not only {@code compareTo}), for exact and inexact
 * quotients of every sign and size.
 */
class QuotientsTests {
  private static final int CASES = 300_000;

  @Test
  void sameValueAndScaleAsBigDecimalDivide() {
    SplittableRandom rnd = new SplittableRandom(20_261_128L);
    for (int i = 0; i < CASES; i++) {
      BigDecimal y = decimal(rnd, unscaled(rnd));
      if (y.signum() == 0) {
        continue;
      }
      BigDecimal x;
      switch (rnd.nextInt(4)) {
        case 0 -> x = decimal(rnd, unscaled(rnd));
        case 1 -> { // a multiple of y's unscaled value: an integral quotient
          long q = rnd.nextLong(-1_000_000L, 1_000_000L);
          x = decimal(rnd, y.unscaledValue().multiply(BigInteger.valueOf(q)));
        }
        case 2 -> { // y is a power of two and five times a divisor of x: a terminating quotient
          long d = 1 + rnd.nextInt(1000);
          long twosAndFives = (1L << rnd.nextInt(12)) * pow(5, rnd.nextInt(8));
          y = decimal(rnd, BigInteger.valueOf(d * twosAndFives * (rnd.nextBoolean() ? 1 : -1)));
          x = decimal(rnd, BigInteger.valueOf(d * rnd.nextLong(-1_000_000_000L, 1_000_000_000L)));
        }
        default -> x = decimal(rnd, BigInteger.valueOf(rnd.nextLong()).shiftRight(rnd.nextInt(64)));
      }
      assertSame(x, y);
    }
  }

  @Test
  void edgeCases() {
    String[] values = {
      "0",
      "0.00",
      "1",
      "-1",
      "100",
      "1200",
      "12",
      "3",
      "7",
      "0.1",
      "1E+3",
      "1E-3",
      "2.5",
      "4611686018427387903",
      "-4611686018427387903",
      "4611686018427387904",
      "9223372036854775807",
      "-9223372036854775808",
      "99999999999999999999999999999999999",
      "0.000000000000000000000001",
      "123456789012345678",
      "1024",
      "3125",
      "6.25E+5"
    };
    for (String a : values) {
      for (String b : values) {
        BigDecimal y = new BigDecimal(b);
        if (y.signum() != 0) {
          assertSame(new BigDecimal(a), y);
        }
      }
    }
  }

  @Test
  void roundedQuotientsWithCarriesAndTrailingZeros() {
    SplittableRandom rnd = new SplittableRandom(99L);
    for (int i = 0; i < CASES / 3; i++) {
      // 10^k - 1 over 3^j and friends: long runs of nines and zeros around the 34th digit
      long y = pow(3, 1 + rnd.nextInt(30)) * (rnd.nextBoolean() ? 7 : 1);
      if (y <= 0 || y > (1L << 61)) {
        continue;
      }
      long x = rnd.nextLong(1, Long.MAX_VALUE >> 2) / y * y + rnd.nextInt(-2, 3);
      assertSame(decimal(rnd, BigInteger.valueOf(x)), decimal(rnd, BigInteger.valueOf(y)));
      assertSame(
          decimal(rnd, BigInteger.valueOf(rnd.nextLong(1, 1000))),
          decimal(rnd, BigInteger.valueOf(y)));
    }
    // quotients whose 34 digits end in zeros, or are all nines before the carry
    String[][] pairs = {
      {"3000000000000000000000000000000001", "3"},
      {"1", "3"},
      {"2", "3"},
      {"1", "7"},
      {"10", "9999999999999999"},
      {"99999999999999999", "100000000000000001"},
      {"1", "4611686018427387903"},
      {"4611686018427387903", "3"},
      {"-1", "3"},
      {"1", "-6"},
      {"100000000000000000", "99999999999999999"},
      {"7", "700000000000000001"}
    };
    for (String[] p : pairs) {
      for (int sx = -3; sx <= 3; sx++) {
        for (int sy = -3; sy <= 3; sy++) {
          assertSame(
              new BigDecimal(new BigInteger(p[0]), sx), new BigDecimal(new BigInteger(p[1]), sy));
        }
      }
    }
  }

  @Test
  void unroundedValuesOverSmallDivisors() {
    // an achievement: an unrounded value of 34 digits times 100, over a target
    SplittableRandom rnd = new SplittableRandom(1234L);
    for (int i = 0; i < CASES; i++) {
      BigInteger unscaled =
          new BigInteger(rnd.nextInt(40, 128), new java.util.Random(rnd.nextLong()));
      BigDecimal x =
          new BigDecimal(rnd.nextBoolean() ? unscaled : unscaled.negate(), rnd.nextInt(-2, 40));
      long d = rnd.nextInt(3) == 0 ? rnd.nextLong(1, 1000) : rnd.nextLong(1, 1L << 62);
      BigDecimal y =
          new BigDecimal(BigInteger.valueOf(rnd.nextBoolean() ? d : -d), rnd.nextInt(-3, 6));
      assertSame(x, y);
      assertSame(x.multiply(BigDecimal.valueOf(100)), y);
    }
  }

  @Test
  void divisionByZeroThrowsLikeBigDecimal() {
    assertThatThrownBy(() -> Rounding.divide(BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rounding.divide(BigDecimal.ZERO, new BigDecimal("0.00")))
        .isInstanceOf(ArithmeticException.class);
  }

  private static void assertSame(BigDecimal x, BigDecimal y) {
    BigDecimal expected = x.divide(y, Rounding.WORKING_PRECISION);
    BigDecimal actual = Rounding.divide(x, y);
    assertThat(actual).as("%s / %s", x, y).isEqualTo(expected);
    assertThat(actual.scale()).as("scale of %s / %s", x, y).isEqualTo(expected.scale());
  }

  private static BigInteger unscaled(SplittableRandom rnd) {
    long v =
        switch (rnd.nextInt(4)) {
          case 0 -> rnd.nextInt(1000);
          case 1 -> rnd.nextLong(10_000_000_000L);
          case 2 -> rnd.nextLong();
          default -> rnd.nextLong() >> rnd.nextInt(64);
        };
    BigInteger b = BigInteger.valueOf(rnd.nextBoolean() ? v : -v);
    return rnd.nextInt(20) == 0 ? b.multiply(BigInteger.TEN.pow(rnd.nextInt(30))) : b;
  }

  private static BigDecimal decimal(SplittableRandom rnd, BigInteger unscaled) {
    return new BigDecimal(unscaled, rnd.nextInt(20) - 6);
  }

  private static long pow(long base, int exponent) {
    long r = 1;
    for (int i = 0; i < exponent; i++) {
      r *= base;
    }
    return r;
  }
}
