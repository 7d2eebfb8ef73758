package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.Rounding;
import org.lkjip.io.EvaluationWriter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The number rule of {@code lkjip-evaluation/2} (docs/format-lkjip-evaluation-2.md): every decimal
 * is a string in plain notation that parses as the same {@link BigDecimal}, no figure has more
 * digits than the evaluation carries ({@link Rounding#WORKING_PRECISION} for a quotient), every
 * {@code unrounded} is the exact quotient recomputed here from the report's own numbers, every
 * rounded {@code value} is its {@code unrounded} rounded as {@code rounding} says, and no {@code
 * value} is an object (no {@code value.value}). On the seed, then on generated reports.
 */
class EvaluationJsonNumbersTests {
  /** 34: the significant digits a division carries (MathContext.DECIMAL128). */
  private static final int CARRIED_DIGITS = Rounding.WORKING_PRECISION.getPrecision();

  private static final long GENERATOR_SEED = 20_221_231L;
  private static final int GENERATED_REPORTS = 40;

  /** The integer properties: the only JSON numbers of the document. */
  private static final Set<String> INTEGERS =
      Set.of("year", "fiscalYear", "ruleSetVersion", "scale");

  /** The properties that hold a decimal (and every property of an {@code inputs} object). */
  private static final Set<String> DECIMALS =
      Set.of("value", "unrounded", "low", "high", "shareSum");

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Reads numbers as BigDecimal, so that a JSON number in the output would show as one. */
  private static final JsonMapper PLAIN =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());

  private static JsonNode seedEvaluation() {
    CliRun run = CliRun.of("evaluate", LkjipCliTests.SEED);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return PLAIN.readTree(run.out());
  }

  private static JsonNode seedReport() throws IOException {
    return PLAIN
        .readTree(Files.readString(Path.of(LkjipCliTests.SEED), StandardCharsets.UTF_8))
        .get("report");
  }

  @Test
  void seed_everyNumber_plainStringOrInteger_withinTheCarriedDigits() {
    List<String> problems = numberProblems(seedEvaluation());

    assertThat(problems).isEmpty();
  }

  @Test
  void seed_noValueIsAnObject_theIndicatorsFigureIsActual() {
    JsonNode doc = seedEvaluation();

    assertThat(valueObjects(doc, "$")).isEmpty();
    JsonNode year = doc.get("evaluation").get("indicators").get(0).get("years").get(0);
    assertThat(year.has("actual")).isTrue();
    assertThat(year.has("value")).isFalse();
  }

  @Test
  void seed_everyRoundedValue_isItsUnroundedRoundedAsStated() {
    List<JsonNode> figures = new ArrayList<>();
    collectFigures(seedEvaluation(), figures);

    assertThat(figures).hasSizeGreaterThan(300);
    for (JsonNode f : figures) {
      if (!f.has("value")) {
        continue;
      }
      BigDecimal unrounded = new BigDecimal(f.get("unrounded").asString());
      String expected =
          f.has("rounding")
              ? unrounded
                  .setScale(
                      f.get("rounding").get("scale").asInt(),
                      RoundingMode.valueOf(f.get("rounding").get("mode").asString()))
                  .toPlainString()
              : unrounded.toPlainString();
      assertThat(f.get("value").asString()).as("figure %s", f).isEqualTo(expected);
    }
  }

  @Test
  void seed_placementGrowth_unroundedIsTheExactQuotientOfTheReportsCounts() throws IOException {
    JsonNode report = seedReport();
    JsonNode iku1 = report.get("goals").get(0).get("objectives").get(0).get("indicators").get(0);
    assertThat(iku1.get("id").asString()).isEqualTo("IKU1");
    BigDecimal placed2022 = input(iku1, "placed", 2022);
    BigDecimal placed2021 = input(iku1, "placed", 2021);
    // (x[n] − x[n−1]) × 100 ÷ x[n−1], one division to 34 significant digits, half-even
    BigDecimal expected =
        placed2022
            .subtract(placed2021)
            .multiply(HUNDRED)
            .divide(placed2021, Rounding.WORKING_PRECISION);

    JsonNode actual = indicatorYear(seedEvaluation(), "IKU1", 2022).get("actual");

    assertThat(actual.get("unrounded").asString()).isEqualTo(expected.toPlainString());
    assertThat(actual.get("unrounded").asString()).isEqualTo("34.28571428571428571428571428571429");
    assertThat(actual.get("value").asString()).isEqualTo("34.28");
  }

  @Test
  void seed_subActivityAbsorption_unroundedIsSpendingTimesHundredOverBudget() throws IOException {
    Map<String, JsonNode> subActivities = new LinkedHashMap<>();
    for (JsonNode program : seedReport().get("programs")) {
      for (JsonNode activity : program.get("activities")) {
        for (JsonNode s : activity.get("subActivities")) {
          subActivities.put(s.get("id").asString(), s);
        }
      }
    }
    BigDecimal budgetSum = BigDecimal.ZERO;
    int checked = 0;
    JsonNode evaluation = seedEvaluation().get("evaluation");
    for (JsonNode line : evaluation.get("lines")) {
      JsonNode s = subActivities.get(line.get("lineId").asString());
      if (!line.get("level").asString().equals("SUB_ACTIVITY") || s == null) {
        continue;
      }
      BigDecimal budget = s.get("budget").decimalValue();
      BigDecimal spending = s.get("spending").decimalValue();
      budgetSum = budgetSum.add(budget);
      assertThat(line.get("budget").get("value").asString()).isEqualTo(budget.toPlainString());
      assertThat(line.get("absorption").get("unrounded").asString())
          .as("absorption of %s", line.get("lineId"))
          .isEqualTo(
              spending
                  .multiply(HUNDRED)
                  .divide(budget, Rounding.WORKING_PRECISION)
                  .toPlainString());
      checked++;
    }

    assertThat(checked).isEqualTo(subActivities.size());
    assertThat(evaluation.get("totals").get("budget").get("value").asString())
        .isEqualTo(budgetSum.toPlainString());
  }

  @Test
  void generatedReports_everyRuleSet_validNumbersNoValueObject_prettyAndCompactAlike() {
    Schema schema = EvaluationJsonSchemaTests.schema();
    EvaluationWriter writer = new EvaluationWriter();
    qt().withFixedSeed(GENERATOR_SEED)
        .withExamples(GENERATED_REPORTS)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (RuleSet rules : RuleSets.builtIns()) {
                Evaluation e = EVALUATOR.evaluate(SyntheticReports.generate(seed), rules, "hash");
                JsonNode pretty = PLAIN.readTree(writer.toJson(e));
                JsonNode compact =
                    PLAIN.readTree(new String(writer.toCompactLine(e), StandardCharsets.UTF_8));
                String what = "report of seed " + seed + " under " + rules.id();
                assertThat(schema.validate(pretty)).as(what).isEmpty();
                assertThat(numberProblems(pretty)).as(what).isEmpty();
                assertThat(valueObjects(pretty, "$")).as(what).isEmpty();
                assertThat(compact).as(what).isEqualTo(pretty);
              }
            });
  }

  /** What breaks the number rule, as "path: problem"; empty when nothing does. */
  private static List<String> numberProblems(JsonNode doc) {
    List<String> problems = new ArrayList<>();
    walkNumbers(doc, "$", false, problems);
    List<JsonNode> figures = new ArrayList<>();
    collectFigures(doc, figures);
    for (JsonNode f : figures) {
      carriedDigits(f, problems);
    }
    return problems;
  }

  /**
   * A figure's numbers have no more digits than the computation carries: a rounded value exactly
   * the rounding's decimals; an unrounded value at most {@value #CARRIED_DIGITS} significant digits
   * (a quotient) or, when more, no more decimals than its inputs (exact arithmetic on them, such as
   * 100 − absorption).
   */
  private static void carriedDigits(JsonNode f, List<String> problems) {
    if (f.has("rounding") && f.has("value")) {
      int scale = new BigDecimal(f.get("value").asString()).scale();
      if (scale != f.get("rounding").get("scale").asInt()) {
        problems.add(f + ": a value with " + scale + " decimals");
      }
    }
    if (f.has("unrounded")) {
      BigDecimal unrounded = new BigDecimal(f.get("unrounded").asString());
      int inputScale = Integer.MIN_VALUE;
      if (f.has("inputs")) {
        for (JsonNode input : f.get("inputs").values()) {
          inputScale = Math.max(inputScale, new BigDecimal(input.asString()).scale());
        }
      }
      if (unrounded.precision() > CARRIED_DIGITS && unrounded.scale() > inputScale) {
        problems.add(
            f
                + ": "
                + unrounded.precision()
                + " significant digits, more decimals than its inputs");
      }
    }
  }

  private static void walkNumbers(
      JsonNode node, String path, boolean inInputs, List<String> problems) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      String at = path + "." + name;
      for (JsonNode v : e.getValue().isArray() ? e.getValue().values() : List.of(e.getValue())) {
        if (v.isObject()) {
          walkNumbers(v, at, name.equals("inputs"), problems);
        } else if (v.isNumber()) {
          if (!INTEGERS.contains(name) || !v.isIntegralNumber()) {
            problems.add(at + ": a JSON number " + v + " where the format has a string");
          }
        } else if (inInputs || DECIMALS.contains(name)) {
          checkDecimal(at, v, problems);
        }
      }
    }
  }

  private static void checkDecimal(String at, JsonNode v, List<String> problems) {
    if (!v.isString()) {
      problems.add(at + ": not a string: " + v);
      return;
    }
    String text = v.asString();
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      problems.add(at + ": not a plain decimal: " + text);
      return;
    }
    BigDecimal d = new BigDecimal(text);
    if (!d.toPlainString().equals(text)) {
      problems.add(at + ": not BigDecimal's plain text: " + text);
    }
  }

  /** The paths of the {@code value} properties that are objects. */
  private static List<String> valueObjects(JsonNode node, String path) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = path + "." + e.getKey();
      if (e.getKey().equals("value") && e.getValue().isObject()) {
        found.add(at);
      }
      for (JsonNode v : e.getValue().isArray() ? e.getValue().values() : List.of(e.getValue())) {
        if (v.isObject()) {
          found.addAll(valueObjects(v, at));
        }
      }
    }
    return found;
  }

  /** Every figure (an object with a status and a rule) under {@code node}. */
  private static void collectFigures(JsonNode node, List<JsonNode> figures) {
    if (node.isObject() && node.has("status") && node.has("rule")) {
      figures.add(node);
    }
    for (JsonNode child : node.values()) {
      if (child.isContainer()) {
        collectFigures(child, figures);
      }
    }
  }

  private static JsonNode indicatorYear(JsonNode doc, String indicatorId, int year) {
    for (JsonNode indicator : doc.get("evaluation").get("indicators")) {
      if (indicator.get("indicatorId").asString().equals(indicatorId)) {
        for (JsonNode y : indicator.get("years")) {
          if (y.get("year").asInt() == year) {
            return y;
          }
        }
      }
    }
    return fail("no year " + year + " of indicator " + indicatorId);
  }

  private static BigDecimal input(JsonNode indicator, String name, int year) {
    for (JsonNode input : indicator.get("inputs")) {
      if (input.get("name").asString().equals(name) && input.get("year").asInt() == year) {
        return input.get("value").decimalValue();
      }
    }
    return fail("no input " + name + " for " + year);
  }
}
