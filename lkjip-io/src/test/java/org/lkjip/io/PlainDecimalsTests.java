package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link PlainDecimals} gives exactly {@link BigDecimal#toPlainString()}, or refuses. */
class PlainDecimalsTests {
  private final byte[] scratch = new byte[PlainDecimals.SCRATCH_LENGTH];
  private final byte[] out = new byte[PlainDecimals.BUFFER_LENGTH];

  /** The formatted text, or "refused". */
  private String format(BigDecimal v) {
    int n = PlainDecimals.format(v, scratch, out);
    return n < 0 ? "refused" : new String(out, 0, n, StandardCharsets.US_ASCII);
  }

  private void assertFormatsOrRefuses(BigDecimal v) {
    boolean handled =
        Math.abs(v.scale()) <= PlainDecimals.MAX_SCALE
            && v.precision() <= PlainDecimals.MAX_PRECISION;

    assertThat(format(v))
        .as("%s (unscaled %s, scale %d)", v, v.unscaledValue(), v.scale())
        .isEqualTo(handled ? v.toPlainString() : "refused");
  }

  @Test
  void format_edgeValues_sameAsToPlainString() {
    List<BigInteger> unscaled = new ArrayList<>();
    for (int bits : new int[] {0, 1, 31, 32, 33, 62, 63, 64, 65, 95, 96, 97, 125, 126, 127, 200}) {
      BigInteger p = BigInteger.ONE.shiftLeft(bits);
      unscaled.add(p);
      unscaled.add(p.subtract(BigInteger.ONE));
      unscaled.add(p.add(BigInteger.ONE));
    }
    for (int k = 0; k <= 40; k++) {
      BigInteger p = BigInteger.TEN.pow(k);
      unscaled.add(p);
      unscaled.add(p.subtract(BigInteger.ONE));
      unscaled.add(p.add(BigInteger.ONE));
      unscaled.add(p.multiply(BigInteger.valueOf(7)).add(BigInteger.valueOf(k)));
    }
    unscaled.add(BigInteger.valueOf(Long.MAX_VALUE));
    unscaled.add(BigInteger.valueOf(Long.MIN_VALUE).negate());
    for (BigInteger u : unscaled) {
      for (int scale :
          new int[] {
            -100, -65, -64, -63, -3, -1, 0, 1, 2, 9, 17, 18, 19, 33, 34, 35, 40, 63, 64, 65, 100
          }) {
        assertFormatsOrRefuses(new BigDecimal(u, scale));
        assertFormatsOrRefuses(new BigDecimal(u.negate(), scale));
      }
    }
    assertFormatsOrRefuses(BigDecimal.valueOf(Long.MIN_VALUE, 3));
    assertFormatsOrRefuses(BigDecimal.valueOf(Long.MIN_VALUE));
    assertFormatsOrRefuses(new BigDecimal("0E-12"));
    assertFormatsOrRefuses(new BigDecimal("-0.000"));
  }

  @Test
  void format_randomValues_sameAsToPlainString() {
    SplittableRandom r = new SplittableRandom(20_221_231L);
    for (int i = 0; i < 200_000; i++) {
      BigInteger u = new BigInteger(r.nextInt(0, 131), new Random(r.nextLong()));
      if (r.nextBoolean()) {
        u = u.negate();
      }
      assertFormatsOrRefuses(new BigDecimal(u, r.nextInt(-70, 70)));
    }
  }

  @Test
  void format_quotientsAsTheEvaluatorMakesThem_sameAsToPlainString() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      BigDecimal a =
          BigDecimal.valueOf(r.nextLong(-10_000_000_000L, 10_000_000_000L), r.nextInt(4));
      BigDecimal b = BigDecimal.valueOf(r.nextLong(1, 10_000_000_000L), r.nextInt(4));
      BigDecimal q = a.divide(b, MathContext.DECIMAL128);
      assertFormatsOrRefuses(q);
      assertFormatsOrRefuses(q.multiply(BigDecimal.valueOf(100)));
      assertFormatsOrRefuses(q.setScale(2, RoundingMode.HALF_UP));
    }
  }
}
