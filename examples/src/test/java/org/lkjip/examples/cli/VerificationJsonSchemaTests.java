package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code lkjip-verification/1} output validates against the shipped JSON Schema. */
class VerificationJsonSchemaTests {
  private static final JsonMapper PLAIN =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static Schema schema() {
    CliRun run = CliRun.of("schema", "lkjip-verification-1");
    assertThat(run.exitCode()).isZero();
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(run.out(), InputFormat.JSON);
  }

  private static JsonNode seedVerification(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "verify";
    args[1] = LkjipCliTests.SEED;
    args[2] = "--format";
    args[3] = "json";
    System.arraycopy(extra, 0, args, 4, extra.length);
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    return PLAIN.readTree(run.out());
  }

  @Test
  void seedVerification_underBothBuiltInRuleSets_isValid() {
    Schema schema = schema();
    for (String rules : new String[] {RuleSets.SEED_TEBING_TINGGI_2022, RuleSets.RECOMMENDED}) {
      JsonNode doc = seedVerification("--rules", rules, "--timestamp");
      List<Error> errors = schema.validate(doc);
      assertThat(errors).as(rules).isEmpty();
      assertThat(doc.get("figures").size()).as("one entry per published figure").isEqualTo(623);
    }
  }

  @Test
  void workbookVerification_isValid_andEveryFigureNamesItsCell() {
    CliRun run = CliRun.of("verify", WorkbookCliTests.SEED_XLSX.toString(), "--format", "json");
    JsonNode doc = PLAIN.readTree(run.out());
    assertThat(schema().validate(doc)).isEmpty();
    assertThat(doc.get("figures"))
        .allSatisfy(f -> assertThat(f.get("source").asString()).matches("'Angka Terbit'!D[0-9]+"));
    assertThat(doc.get("findings"))
        .filteredOn(f -> f.has("table") && f.has("row") && f.has("column"))
        .isNotEmpty()
        .anySatisfy(f -> assertThat(f.get("source").asString()).startsWith("'Angka Terbit'!D"));
    // JSON input: no source
    assertThat(seedVerification().get("figures").get(0).has("source")).isFalse();
  }

  @Test
  void consistentReportVerification_isValid() {
    CliRun run = CliRun.of("verify", LkjipCliTests.CONSISTENT, "--format", "json");
    assertThat(schema().validate(PLAIN.readTree(run.out()))).isEmpty();
  }

  @Test
  void brokenDocuments_areRejected() {
    Schema schema = schema();
    ObjectNode unknownStatus = (ObjectNode) seedVerification().deepCopy();
    ((ObjectNode) unknownStatus.get("figures").get(0)).put("status", "ROUGHLY");
    assertThat(schema.validate(unknownStatus)).isNotEmpty();

    ObjectNode numberAsNumber = (ObjectNode) seedVerification().deepCopy();
    ((ObjectNode) numberAsNumber.get("figures").get(0)).put("difference", 1);
    assertThat(schema.validate(numberAsNumber)).isNotEmpty();

    ObjectNode missingSummary = (ObjectNode) seedVerification().deepCopy();
    missingSummary.remove("summary");
    assertThat(schema.validate(missingSummary)).isNotEmpty();
  }
}
