package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RoundingPolicyTests {
  private static final BigDecimal PLACEMENT_GROWTH =
      new BigDecimal("34.28571428571428571428571428571429");
  private static final BigDecimal TARGET = new BigDecimal("65");

  @Test
  void input_roundInputsFirst_truncatesAsTheSeedDoes() {
    RoundingPolicy seed =
        RoundingPolicy.of(Rounding.truncate(2), true, "seed: truncate, from truncated");
    RoundingPolicy plain = RoundingPolicy.of(Rounding.truncate(2));

    // achievement = R / T × 100: from the truncated 34.28 it is 52.738… → 52.73 (the seed's Tabel
    // 9);
    // from the unrounded 34.2857… it is 52.747… → 52.74 (the seed's Tabel 5)
    assertThat(seed.apply(achievement(seed.input(PLACEMENT_GROWTH))))
        .isEqualTo(new BigDecimal("52.73"));
    assertThat(plain.apply(achievement(plain.input(PLACEMENT_GROWTH))))
        .isEqualTo(new BigDecimal("52.74"));
  }

  private static BigDecimal achievement(BigDecimal actual) {
    return actual.multiply(new BigDecimal("100")).divide(TARGET, Rounding.WORKING_PRECISION);
  }

  @Test
  void description_default_saysRoundingAndInputs() {
    assertThat(RoundingPolicy.of(Rounding.halfUp(2)).description())
        .isEqualTo("rounded half-up to 2 decimals, from unrounded inputs");
    assertThat(RoundingPolicy.of(Rounding.truncate(2), true).description())
        .isEqualTo("truncated to 2 decimals, from inputs rounded the same way");
  }

  @Test
  void build_blankDescription_isRejected() {
    assertThatThrownBy(() -> RoundingPolicy.of(Rounding.halfUp(2), false, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding policy half-up-2 has a blank description");
  }

  @Test
  void json_roundTrips() {
    JsonMapper mapper = JsonMapper.builder().build();
    RoundingPolicy p = RoundingPolicy.of(Rounding.of(3, RoundingMode.HALF_EVEN), true, "why");

    String json = mapper.writeValueAsString(p);

    assertThat(mapper.readValue(json, RoundingPolicy.class)).isEqualTo(p);
  }
}
