package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.FormulaDefinition;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.formulas.GrowthDefinition;
import org.lkjip.formulas.RatioDefinition;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.WeightedInput;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObservation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Formula definitions (formulas as data) are read strictly and written by lkjip-io. */
class FormulaDefinitionsIoTests {
  private static final FormulaDefinitionsIo IO = new FormulaDefinitionsIo();

  private static final String DOCUMENT =
      """
      {
        "format": "lkjip-formulas/1",
        "formulas": [
          {
            "kind": "ratio",
            "id": "tebing:trained-placed",
            "description": "trainees placed in work / trainees",
            "numerator": [{"input": "placed"}],
            "denominator": [{"input": "trained"}]
          },
          {"kind": "growth", "id": "tebing:ikm-growth", "description": "IKM units, year on year",
           "input": "ikmUnits"}
        ]
      }
      """;

  @Test
  void read_document_givesDefinitionsThatCompute() {
    ImmutableList<FormulaDefinition> defs = IO.read("formulas.json", DOCUMENT);

    assertThat(defs)
        .extracting(FormulaDefinition::id)
        .containsExactly("tebing:trained-placed", "tebing:ikm-growth");
    assertThat(defs.get(0)).isInstanceOf(RatioDefinition.class);
    assertThat(defs.get(1)).isInstanceOf(GrowthDefinition.class);
    // 45 placed of 60 trained = 75 %
    var indicator =
        ImmutableIndicator.builder()
            .id("I")
            .name("I")
            .unit("%")
            .addInputs(
                ImmutableObservation.builder()
                    .name("placed")
                    .year(2024)
                    .value(BigDecimal.valueOf(45))
                    .build(),
                ImmutableObservation.builder()
                    .name("trained")
                    .year(2024)
                    .value(BigDecimal.valueOf(60))
                    .build())
            .build();
    assertThat(
            defs.get(0)
                .toFormula()
                .compute(FormulaInputs.of(indicator, 2024), Rounding.halfUp(2))
                .valueOrThrow())
        .isEqualByComparingTo("75.00");
  }

  @Test
  void writeThenRead_givesEqualDefinitions() {
    ImmutableList<FormulaDefinition> defs = IO.read("formulas.json", DOCUMENT);
    String written = IO.toJson(defs);
    assertThat(written).startsWith("{\n  \"format\": \"lkjip-formulas/1\",");
    assertThat(IO.read("written", written)).isEqualTo(defs);
  }

  @Test
  void written_validatesAgainstTheShippedSchema() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Schemas.text(Schemas.FORMULAS_1), InputFormat.JSON);
    JsonMapper plain =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    String written =
        IO.toJson(
            ImmutableList.of(
                RatioDefinition.builder()
                    .id("host:share")
                    .description("a share")
                    .addNumerator(WeightedInput.of("a"))
                    .addDenominator(WeightedInput.of("a"), WeightedInput.of("b"))
                    .build()));
    assertThat(schema.validate(plain.readTree(written))).isEmpty();
  }

  @Test
  void read_unknownKind_locatedError() {
    String doc = DOCUMENT.replace("\"kind\": \"growth\"", "\"kind\": \"java.lang.Runtime\"");
    assertThatThrownBy(() -> IO.read("formulas.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.jsonPath()).startsWith("$.formulas[1]");
              // the second definition, with the bad kind, is on line 11 of the document
              assertThat(e.line()).isEqualTo(11);
              assertThat(e.problem()).contains("java.lang.Runtime");
            });
  }

  @Test
  void read_reservedId_locatedErrorQuotingTheId() {
    String doc = DOCUMENT.replace("tebing:trained-placed", "lkjip:trained-placed");
    assertThatThrownBy(() -> IO.read("formulas.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.jsonPath()).startsWith("$.formulas[0]");
              assertThat(e.problem()).contains("lkjip:trained-placed");
            });
  }

  @Test
  void read_wrongFormat_rejected() {
    assertThatThrownBy(
            () -> IO.read("f.json", DOCUMENT.replace("lkjip-formulas/1", "lkjip-report/1")))
        .isInstanceOf(LkjipInputException.class)
        .hasMessageContaining("lkjip-formulas/1");
  }
}
