package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.datatype.guava.GuavaModule;

class VerificationJsonTests {
  private static final JsonMapper STRICT =
      JsonMapper.builder()
          .addModule(new GuavaModule())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Test
  void verification_seed_roundTripsThroughJson() {
    Verification v =
        new Auditor(FormulaRegistry.standard())
            .verify(SeedReport.report(), RuleSets.seedTebingTinggi2022(), Optional.of("h"));
    String json = STRICT.writeValueAsString(v);
    assertThat(json).doesNotContain("countsByStatus").doesNotContain("\"passed\"");
    Verification back = STRICT.readValue(json, Verification.class);
    assertThat(back).isEqualTo(v);
  }
}
