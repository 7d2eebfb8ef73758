package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.EvaluationWriter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code lkjip-evaluation/2} output validates against the shipped JSON Schema. */
class EvaluationJsonSchemaTests {
  private static final JsonMapper PLAIN =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static Schema schema() {
    CliRun run = CliRun.of("schema", "lkjip-evaluation-2");
    assertThat(run.err()).isEmpty();
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(run.out(), InputFormat.JSON);
  }

  private static JsonNode evaluate(String file, String rules) {
    CliRun run = CliRun.of("evaluate", file, "--rules", rules);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return PLAIN.readTree(run.out());
  }

  @Test
  void seedAndConsistentReport_underBothBuiltIns_areValid() {
    Schema schema = schema();
    for (String file : new String[] {LkjipCliTests.SEED, LkjipCliTests.CONSISTENT}) {
      for (String rules : new String[] {RuleSets.SEED_TEBING_TINGGI_2022, RuleSets.RECOMMENDED}) {
        assertThat(schema.validate(evaluate(file, rules))).as(file + " " + rules).isEmpty();
      }
    }
  }

  @Test
  void generatedReports_areValid() {
    Schema schema = schema();
    Evaluator evaluator = new Evaluator(FormulaRegistry.standard());
    for (long seed = 1; seed <= 20; seed++) {
      String json =
          new EvaluationWriter()
              .toJson(evaluator.evaluate(SyntheticReports.generate(seed), RuleSets.recommended()));
      assertThat(schema.validate(PLAIN.readTree(json))).as("synthetic report %s", seed).isEmpty();
    }
  }

  @Test
  void brokenDocuments_areRejected() {
    Schema schema = schema();
    ObjectNode valueWithoutComputed =
        (ObjectNode) evaluate(LkjipCliTests.CONSISTENT, RuleSets.RECOMMENDED).deepCopy();
    ObjectNode totals = (ObjectNode) valueWithoutComputed.get("evaluation").get("totals");
    ((ObjectNode) totals.get("budget")).put("status", "MISSING_INPUT");
    assertThat(schema.validate(valueWithoutComputed))
        .as("a value on a non-computed figure")
        .isNotEmpty();

    ObjectNode numberNotString =
        (ObjectNode) evaluate(LkjipCliTests.CONSISTENT, RuleSets.RECOMMENDED).deepCopy();
    ((ObjectNode) numberNotString.get("evaluation").get("totals").get("budget"))
        .put("value", new BigDecimal("100.5"));
    assertThat(schema.validate(numberNotString)).as("a decimal as a JSON number").isNotEmpty();

    ObjectNode exponent =
        (ObjectNode) evaluate(LkjipCliTests.CONSISTENT, RuleSets.RECOMMENDED).deepCopy();
    ((ObjectNode) exponent.get("evaluation").get("totals").get("budget")).put("value", "1E+3");
    assertThat(schema.validate(exponent)).as("a decimal in exponent notation").isNotEmpty();

    ObjectNode unknownProperty =
        (ObjectNode) evaluate(LkjipCliTests.CONSISTENT, RuleSets.RECOMMENDED).deepCopy();
    ((ObjectNode) unknownProperty.get("evaluation")).put("colour", "red");
    assertThat(schema.validate(unknownProperty)).isNotEmpty();
  }
}
