package org.lkjip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.achievement.NegativePolarityForm;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.Rounding;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.datatype.guava.GuavaModule;

class RuleSetsTests {
  /**
   * lkjip-formulas' Figure and Rounding write {@code computed} and {@code id} (an is-getter and a
   * derived attribute) that they do not read back; until they are marked {@code @JsonIgnore} there,
   * a strict mapper needs these mix-ins.
   */
  @JsonIgnoreProperties(value = {"computed"})
  interface FigureMixIn {}

  @JsonIgnoreProperties(value = {"id"})
  interface RoundingMixIn {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new GuavaModule())
          .addMixIn(Figure.class, FigureMixIn.class)
          .addMixIn(Rounding.class, RoundingMixIn.class)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Test
  void seed_statesTheVerifiedConventions() {
    RuleSet rs = RuleSets.seedTebingTinggi2022();
    assertThat(rs.id()).isEqualTo("seed-tebing-tinggi-2022");
    assertThat(rs.version()).isEqualTo(1);
    assertThat(rs.indicatorValue().rounding().mode()).isEqualTo(RoundingMode.DOWN);
    assertThat(rs.achievement().rounding().rounding().mode()).isEqualTo(RoundingMode.DOWN);
    assertThat(rs.achievement().rounding().roundInputsFirst()).isTrue();
    assertThat(rs.absorption().rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(rs.objectiveEfficiency().ruleId()).isEqualTo("ratio");
    assertThat(rs.lineEfficiency().ruleId()).isEqualTo("savings");
    assertThat(rs.gradingScaleId()).isEqualTo("tebing-tinggi-2022-printed");
    assertThat(rs.achievement().cap()).isEmpty();
  }

  @Test
  void recommended_isExactThenHalfUp() {
    RuleSet rs = RuleSets.recommended();
    assertThat(rs.achievement().rounding().roundInputsFirst()).isFalse();
    assertThat(rs.achievement().rounding().rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(rs.achievement().negativeForm())
        .isEqualTo(NegativePolarityForm.TWO_T_MINUS_R_OVER_T);
    assertThat(rs.gradingScaleId()).isEqualTo("akip");
    assertThat(rs.objectiveEfficiency().ruleId()).isEqualTo("difference");
    assertThat(RuleSets.find("recommended")).contains(rs);
  }

  @Test
  void ruleSets_roundTripThroughJsonWithoutClassNames() {
    for (RuleSet rs : RuleSets.builtIns()) {
      String json = MAPPER.writeValueAsString(rs);
      assertThat(json)
          .doesNotContain("Immutable")
          .doesNotContain("org.lkjip")
          .doesNotContain("@class");
      assertThat(MAPPER.readValue(json, RuleSet.class)).isEqualTo(rs);
    }
  }

  @Test
  void ruleSet_fromMinimalJson_takesDefaults() {
    String json =
        "{\"id\":\"mine\",\"version\":2,\"description\":\"d\","
            + "\"indicatorValue\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}},"
            + "\"achievement\":{\"rounding\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}}},"
            + "\"gradingScaleId\":\"akip\","
            + "\"absorption\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}},"
            + "\"outputAchievement\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}},"
            + "\"objectiveEfficiency\":{\"ruleId\":\"pmk-22-2021\",\"rounding\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}}},"
            + "\"lineEfficiency\":{\"ruleId\":\"difference\",\"rounding\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}}},"
            + "\"planProgress\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}},"
            + "\"standardComparison\":{\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\"}}}";
    RuleSet rs = MAPPER.readValue(json, RuleSet.class);
    assertThat(rs.usePublishedActualWhenMissing()).isTrue();
    assertThat(rs.alignmentId()).isEmpty();
    assertThat(rs.achievement().negativeForm())
        .isEqualTo(NegativePolarityForm.TWO_T_MINUS_R_OVER_T);
    Evaluation e = new Evaluator(FormulaRegistry.standard()).evaluate(SeedFixture.report(), rs);
    assertThat(e.ruleSetVersion()).isEqualTo(2);
    assertThat(e.objective("S3").orElseThrow().efficiency().isComputed()).isTrue();
  }

  @Test
  void evaluation_roundTripsThroughJson() {
    Evaluation e =
        new Evaluator(FormulaRegistry.standard())
            .evaluate(SeedFixture.report(), RuleSets.seedTebingTinggi2022(), "hash");
    String json = MAPPER.writeValueAsString(e);
    assertThat(json).doesNotContain("indicatorsById");
    assertThat(MAPPER.readValue(json, Evaluation.class)).isEqualTo(e);
  }
}
