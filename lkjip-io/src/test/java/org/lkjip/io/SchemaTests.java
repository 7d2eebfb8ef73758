package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written JSON Schema accepts every valid sample and rejects the structurally bad ones.
 */
class SchemaTests {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Schemas.text(Schemas.REPORT_1), InputFormat.JSON);

  /** A plain parser, as a user of the schema would have: no duplicate detection, no limits. */
  private static final JsonMapper PLAIN =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static List<Error> validate(String json) {
    JsonNode node = PLAIN.readTree(json);
    return SCHEMA.validate(node);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void names_everyShippedSchema_listedAndReadable() {
    assertThat(Schemas.names())
        .containsExactly(
            "lkjip-evaluation-2", "lkjip-formulas-1", "lkjip-report-1", "lkjip-verification-1");
    for (String name : Schemas.names()) {
      assertThat(Schemas.text(name)).as(name).contains("\"$schema\"");
    }
  }

  @Test
  void text_unknownName_errorListsNames() {
    assertThatThrownBy(() -> Schemas.text("lkjip-nope-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no schema named 'lkjip-nope-1'; known schemas: lkjip-evaluation-2, lkjip-formulas-1,"
                + " lkjip-report-1, lkjip-verification-1");
  }

  @Test
  void text_reportSchema_declaresDraft2020AndFormatConst() {
    JsonNode schema = PLAIN.readTree(Schemas.text(Schemas.REPORT_1));

    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/format/const").asString()).isEqualTo(ReportReader.FORMAT);
  }

  @Test
  void text_everyObjectDefinition_closed() {
    JsonNode defs = PLAIN.readTree(Schemas.text(Schemas.REPORT_1)).get("$defs");
    defs.properties()
        .forEach(
            d -> {
              if (d.getValue().path("type").asString("").equals("object")) {
                assertThat(d.getValue().path("additionalProperties").asBoolean(true))
                    .as(d.getKey() + " additionalProperties")
                    .isFalse();
              }
            });
  }

  static Stream<Path> validSamples() {
    return TestFiles.files("valid", ".json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSamples")
  void validate_validSample_noErrors(Path sample) {
    assertThat(validate(read(sample))).isEmpty();
  }

  static Stream<Arguments> malformed() {
    return MalformedDocumentsTests.cases().stream()
        .filter(c -> !c.schema().equals("unparsable"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void validate_malformedSample_asItsExpectedFileSays(MalformedDocumentsTests.Case c) {
    List<Error> errors = validate(read(c.file()));

    if (c.schema().equals("invalid")) {
      assertThat(errors).as("schema errors for " + c).isNotEmpty();
    } else {
      // The reader catches these; the schema cannot (duplicates, references, limits).
      assertThat(errors).as("schema errors for " + c).isEmpty();
    }
  }

  @Test
  void validate_generatedReports_noErrors() {
    ReportWriter writer = new ReportWriter();
    qt().withExamples(200)
        .forAll(ReportGen.reports())
        .checkAssert(r -> assertThat(validate(writer.toJson(r))).isEmpty());
  }

  @Test
  void validate_seedTranscriptionIfPresent_noErrors() {
    Path seed = TestFiles.seedTranscription();
    Assumptions.assumeTrue(
        Files.exists(seed), "skipped: " + seed + " is not written yet (another task makes it)");

    assertThat(validate(read(seed))).isEmpty();
    assertThat(new ReportReader().read(seed).fiscalYear()).isEqualTo(2022);
  }
}
