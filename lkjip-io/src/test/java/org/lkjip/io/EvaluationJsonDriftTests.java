package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards {@link EvaluationJson} against drift from the model: for each type it writes, the property
 * names (and their order) are those that Jackson's serialization introspection reports with {@link
 * EvaluationOracle#MAPPER}, it knows every type that introspection reaches from the evaluation, and
 * it writes each enum constant as Jackson does. A property added to the model fails here until the
 * writer writes it too.
 */
class EvaluationJsonDriftTests {
  private final EvaluationModel model = new EvaluationModel();

  @Test
  void properties_everyType_sameNamesAndOrderAsJackson() {
    Map<Class<?>, List<String>> jackson = new LinkedHashMap<>();
    model
        .objects()
        .forEach(
            (type, properties) ->
                jackson.put(
                    type, properties.stream().map(EvaluationModel.Property::name).toList()));

    assertThat(EvaluationJson.properties().keySet())
        .containsExactlyInAnyOrderElementsOf(jackson.keySet());
    jackson.forEach(
        (type, names) ->
            assertThat(EvaluationJson.properties().get(type))
                .as("properties of %s", type.getName())
                .containsExactlyElementsOf(names));
  }

  @Test
  void enums_everyConstant_sameTextAsJackson() {
    assertThat(EvaluationJson.enumTexts().keySet())
        .containsExactlyInAnyOrderElementsOf(model.enums());
    EvaluationJson.enumTexts()
        .forEach(
            (type, texts) -> {
              Object[] constants = type.getEnumConstants();
              assertThat(texts).hasSize(constants.length);
              for (int i = 0; i < constants.length; i++) {
                assertThat(LkjipJson.mapper().writeValueAsString(constants[i]))
                    .as("%s.%s", type.getSimpleName(), constants[i])
                    .isEqualTo("\"" + texts.get(i) + "\"");
              }
            });
  }

  @Test
  void model_reachesTheTypesUnderTheEvaluation() {
    assertThat(model.objects()).hasSizeGreaterThanOrEqualTo(14);
    assertThat(model.enums()).hasSizeGreaterThanOrEqualTo(8);
  }
}
