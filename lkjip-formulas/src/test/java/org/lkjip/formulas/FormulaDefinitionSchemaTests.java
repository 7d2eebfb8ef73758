package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema against serialised definitions and deliberately broken documents. */
class FormulaDefinitionSchemaTests {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(FormulaDefinition.jsonSchema(), InputFormat.JSON);

  private static String document(String formulas) {
    return "{\"format\":\"lkjip-formulas/1\",\"formulas\":" + formulas + "}";
  }

  private static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void jsonSchema_isTheResource() {
    assertThat(FormulaDefinition.jsonSchema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("lkjip-formulas/1");
    assertThat(FormulaDefinition.class.getResource(FormulaDefinition.SCHEMA_RESOURCE)).isNotNull();
  }

  @Test
  void validate_serialisedDefinitionsOfEveryKind_hasNoErrors() {
    String formulas =
        MAPPER
            .writerFor(new TypeReference<List<FormulaDefinition>>() {})
            .writeValueAsString(FormulaDefinitionTests.ALL);
    JsonNode doc = MAPPER.readTree(document(formulas));

    assertThat(SCHEMA.validate(doc)).isEmpty();
    assertThat(doc.get("formulas").size()).isEqualTo(4);
  }

  @Test
  void validate_minimalDefinitionsWithDefaults_hasNoErrors() {
    assertThat(
            validate(
                document(
                    "[{\"kind\":\"ratio\",\"id\":\"x:y\",\"description\":\"d\","
                        + "\"numerator\":[{\"input\":\"a\"}],\"denominator\":[{\"input\":\"b\"}]},"
                        + "{\"kind\":\"growth\",\"id\":\"x:g\",\"description\":\"d\",\"input\":\"a\"}]")))
        .isEmpty();
  }

  @Test
  void validate_reservedId_isAnError() {
    assertThat(
            validate(
                document(
                    "[{\"kind\":\"growth\",\"id\":\"lkjip:mine\",\"description\":\"d\",\"input\":\"a\"}]")))
        .isNotEmpty();
  }

  @Test
  void validate_unknownKind_isAnError() {
    assertThat(
            validate(
                document(
                    "[{\"kind\":\"org.lkjip.formulas.GrowthDefinition\",\"id\":\"x:y\","
                        + "\"description\":\"d\",\"input\":\"a\"}]")))
        .isNotEmpty();
  }

  @Test
  void validate_unknownProperty_isAnError() {
    assertThat(
            validate(
                document(
                    "[{\"kind\":\"growth\",\"id\":\"x:y\",\"description\":\"d\",\"input\":\"a\","
                        + "\"lag\":2}]")))
        .isNotEmpty();
  }

  @Test
  void validate_zeroWeightOrEmptySide_isAnError() {
    assertThat(
            validate(
                document(
                    "[{\"kind\":\"sum\",\"id\":\"x:y\",\"description\":\"d\","
                        + "\"components\":[{\"input\":\"a\",\"weight\":0}]}]")))
        .isNotEmpty();
    assertThat(
            validate(
                document(
                    "[{\"kind\":\"sum\",\"id\":\"x:y\",\"description\":\"d\",\"components\":[]}]")))
        .isNotEmpty();
  }

  @Test
  void validate_wrongFormatOrMissingFormulas_isAnError() {
    assertThat(validate("{\"format\":\"lkjip-formulas/2\",\"formulas\":[]}")).isNotEmpty();
    assertThat(validate("{\"format\":\"lkjip-formulas/1\"}")).isNotEmpty();
    assertThat(validate(document("[]"))).isEmpty();
  }
}
