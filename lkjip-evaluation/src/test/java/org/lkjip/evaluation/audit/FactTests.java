package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactTests {
  @Test
  void number_isExactPlainDecimal_andReadsBack() {
    Random random = new Random(20221231L);
    for (int i = 0; i < 500; i++) {
      BigDecimal v = BigDecimal.valueOf(random.nextLong(), random.nextInt(20) - 6);
      Fact f = Fact.of("printed", v);
      assertThat(f.numeric()).isTrue();
      assertThat(f.value()).doesNotContain("E").isEqualTo(v.toPlainString());
      assertThat(f.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(v));
    }
  }

  @Test
  void text_isNotANumber() {
    Fact f = Fact.of("expected", "Baik");
    assertThat(f.numeric()).isFalse();
    assertThat(f.number()).isEmpty();
  }

  @Test
  void badKeysAndNonPlainNumbers_areRejected() {
    assertThatThrownBy(() -> Fact.of("Printed", "x")).hasMessageContaining("'Printed'");
    assertThatThrownBy(() -> Fact.of("printed value", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fact("printed", "1E+3", true))
        .hasMessageContaining("not a plain decimal");
  }

  @Test
  void finding_rejectsTheSameKeyTwice() {
    assertThatThrownBy(
            () ->
                ImmutableFinding.builder()
                    .check("c")
                    .severity(Severity.ERROR)
                    .message("m")
                    .addFact(Fact.of("printed", 1))
                    .addFact(Fact.of("printed", 2))
                    .build())
        .hasMessageContaining("'printed' twice");
  }
}
