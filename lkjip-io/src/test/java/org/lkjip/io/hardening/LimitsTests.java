package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.Limits;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * Every {@link Limits} limit, tried with a generated document just over it (and, where the limit is
 * a count, with one exactly at it): the reader fails with one located {@link LkjipInputException}
 * naming the limit, never with an OutOfMemoryError or a StackOverflowError.
 */
class LimitsTests {
  /** Start of a document whose report is valid up to the point where a test adds its content. */
  private static final String HEAD =
      "{\"format\":\"lkjip-report/1\",\"report\":{\"agency\":{\"name\":\"A\",\"region\":\"R\"},"
          + "\"fiscalYear\":2022";

  private final ReportReader reader = new ReportReader();

  private static Consumer<LkjipInputException> located(String path, String problem) {
    return e -> {
      assertThat(e.jsonPath()).isEqualTo(path);
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      assertThat(e.getMessage()).doesNotContain("\n");
    };
  }

  private LkjipInputException readFails(InputStream doc) {
    try {
      Report r = reader.read("limit.json", doc);
      throw new AssertionError("accepted a document over a limit: " + r.agency());
    } catch (LkjipInputException e) {
      return e;
    }
  }

  @Test
  void read_streamOneByteOverDocumentSize_sizeError() {
    long over = Limits.MAX_DOCUMENT_BYTES + 1 - HEAD.length() - ",\"title\":\"\"}}".length();
    InputStream doc = new GeneratedDocument(HEAD + ",\"title\":\"", "x", "", over, "\"}}");

    LkjipInputException e = readFails(doc);

    assertThat(e.getMessage())
        .isEqualTo(
            "limit.json: $: document is larger than 67108864 bytes (Limits.MAX_DOCUMENT_BYTES)");
  }

  @Test
  void read_fileOverDocumentSize_refusedBeforeReading(@TempDir Path dir) throws IOException {
    Path sparse = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(Limits.MAX_DOCUMENT_BYTES + 1);
    }

    assertThatThrownBy(() -> reader.read(sparse))
        .isInstanceOf(LkjipInputException.class)
        .hasMessage(
            sparse + ": $: document is larger than 67108864 bytes (Limits.MAX_DOCUMENT_BYTES)");
  }

  @Test
  void read_nestedOneLevelTooDeep_depthError() {
    // The envelope and the report are two levels, "x" opens the rest.
    int depth = Limits.MAX_NESTING_DEPTH - 1;
    InputStream doc =
        new GeneratedDocument(HEAD + ",\"x\":", "[", "", depth, "]".repeat(depth) + "}}");

    LkjipInputException e = readFails(doc);

    assertThat(e.problem()).isEqualTo("nested deeper than 64 levels (Limits.MAX_NESTING_DEPTH)");
    assertThat(e.jsonPath()).startsWith("$.report.x[0][0]");
    // The bracket that opens level 65.
    assertThat(e.column()).isEqualTo(HEAD.length() + ",\"x\":".length() + depth);
  }

  @Test
  void read_nestedAHundredThousandDeep_depthErrorNoStackOverflow() {
    int depth = 100_000;
    InputStream doc =
        new GeneratedDocument(
            HEAD + ",\"x\":", "{\"a\":", "", depth, "1" + "}".repeat(depth) + "}}");

    assertThat(readFails(doc).problem())
        .isEqualTo("nested deeper than 64 levels (Limits.MAX_NESTING_DEPTH)");
  }

  @Test
  void read_numberOneDigitTooLong_numberLengthError() {
    InputStream doc =
        new GeneratedDocument(
            HEAD + ",\"plans\":[{\"id\":\"p\",\"name\":\"P\",\"startYear\":",
            "9",
            "",
            Limits.MAX_NUMBER_LENGTH + 1,
            ",\"endYear\":2022}]}}");

    assertThat(readFails(doc))
        .satisfies(
            located(
                "$.report.plans[0].startYear",
                "number longer than 100 characters (Limits.MAX_NUMBER_LENGTH)"));
  }

  @Test
  void read_decimalScaleOneOver_exponentError() {
    String doc =
        HEAD
            + ",\"programs\":[{\"id\":\"1\",\"name\":\"P\",\"activities\":[{\"id\":\"1.a\",\"name\":\"A\","
            + "\"subActivities\":[{\"id\":\"1.a.1\",\"name\":\"S\",\"budget\":1e-101}]}]}]}}";

    assertThatThrownBy(() -> reader.read("limit.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            located(
                "$.report.programs[0].activities[0].subActivities[0].budget",
                "number 1E-101 is out of range: its exponent is out of range (scale 101, at most"
                    + " 100 either way)"));
  }

  private static String withBudget(String budget) {
    return HEAD
        + ",\"programs\":[{\"id\":\"1\",\"name\":\"P\",\"activities\":[{\"id\":\"1.a\",\"name\":\"A\","
        + "\"subActivities\":[{\"id\":\"1.a.1\",\"name\":\"S\",\"budget\":"
        + budget
        + "}]}]}]}}";
  }

  @Test
  void read_decimalScaleAtLimitBothWays_accepted() {
    BigDecimal tiny =
        reader.read("limit.json", withBudget("1e-100")).subActivities().get(0).budget();
    BigDecimal huge =
        reader.read("limit.json", withBudget("1e100")).subActivities().get(0).budget();

    assertThat(tiny.scale()).isEqualTo(Limits.MAX_DECIMAL_SCALE);
    // Read with scale 0 (as it is written back, plain), not 1E+100.
    assertThat(huge).isEqualTo(BigDecimal.TEN.pow(100));
  }

  @Test
  void read_hugeExponent_exponentErrorNotAMillionDigits() {
    String doc =
        HEAD
            + ",\"programs\":[{\"id\":\"1\",\"name\":\"P\",\"activities\":[{\"id\":\"1.a\",\"name\":\"A\","
            + "\"subActivities\":[{\"id\":\"1.a.1\",\"name\":\"S\",\"budget\":1e999999999}]}]}]}}";

    assertThatThrownBy(() -> reader.read("limit.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            located(
                "$.report.programs[0].activities[0].subActivities[0].budget",
                "number 1E+999999999 is out of range: its exponent is out of range (scale"
                    + " -999999999, at most 100 either way)"));
  }

  @Test
  void read_stringOneCharTooLong_stringLengthError() {
    InputStream doc =
        new GeneratedDocument(
            HEAD + ",\"title\":\"", "é", "", Limits.MAX_STRING_LENGTH + 1, "\"}}");

    assertThat(readFails(doc))
        .satisfies(
            located(
                "$.report.title",
                "string longer than 1048576 characters (Limits.MAX_STRING_LENGTH)"));
  }

  @Test
  void read_propertyNameOneCharTooLong_nameLengthError() {
    InputStream doc =
        new GeneratedDocument(HEAD + ",\"", "k", "", Limits.MAX_NAME_LENGTH + 1, "\":1}}");

    LkjipInputException e = readFails(doc);

    assertThat(e.problem())
        .isEqualTo("property name longer than 256 characters (Limits.MAX_NAME_LENGTH)");
    assertThat(e.jsonPath()).startsWith("$.report");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void read_oneTokenTooMany_tokenCountError() {
    // 16 tokens before the array, its numbers, and the closing tokens: over 10 million.
    InputStream doc =
        new GeneratedDocument(HEAD + ",\"x\":[", "0", ",", Limits.MAX_TOKEN_COUNT, "]}}");

    LkjipInputException e = readFails(doc);

    assertThat(e.problem()).isEqualTo("more than 10000000 tokens (Limits.MAX_TOKEN_COUNT)");
    assertThat(e.jsonPath()).startsWith("$.report.x[");
    assertThat(e.line()).isEqualTo(1);
  }

  private static final String INDICATORS_HEAD =
      HEAD
          + ",\"goals\":[{\"id\":\"T\",\"name\":\"T\",\"objectives\":[{\"id\":\"S\",\"name\":\"S\",\"indicators\":[";

  private static String indicator(long i) {
    return "{\"id\":\"I" + i + "\",\"name\":\"N\",\"unit\":\"%\"}";
  }

  @Test
  void read_indicatorsAtLimit_acceptedAndEvaluated() {
    String doc =
        new GeneratedDocument(
                INDICATORS_HEAD, LimitsTests::indicator, ",", Limits.MAX_INDICATORS, "]}]}]}}")
            .text();

    Report report = reader.read("limit.json", doc);

    assertThat(report.indicators()).hasSize(Limits.MAX_INDICATORS);
    assertThat(
            new Evaluator(FormulaRegistry.standard())
                .evaluate(report, RuleSets.recommended())
                .indicators())
        .hasSize(Limits.MAX_INDICATORS);
  }

  @Test
  void read_oneIndicatorTooMany_countError() {
    String doc =
        new GeneratedDocument(
                INDICATORS_HEAD, LimitsTests::indicator, ",", Limits.MAX_INDICATORS + 1, "]}]}]}}")
            .text();

    assertThatThrownBy(() -> reader.read("limit.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.jsonPath())
                  .isEqualTo("$.report.goals[0].objectives[0].indicators[10000]");
              assertThat(e.problem())
                  .isEqualTo("more than 10000 indicators (Limits.MAX_INDICATORS)");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(doc.indexOf(indicator(10_000)) + 1);
            });
  }

  @Test
  void read_plansAndGoalsIndicatorsTogetherOverLimit_countError() {
    int half = Limits.MAX_INDICATORS / 2;
    String doc =
        new GeneratedDocument(
                    HEAD
                        + ",\"plans\":[{\"id\":\"p\",\"name\":\"P\",\"startYear\":2021,\"endYear\":2022,\"indicators\":[",
                    i -> indicator(half + 1 + i),
                    ",",
                    half + 1,
                    "]}]")
                .text()
            + new GeneratedDocument(
                    ",\"goals\":[{\"id\":\"T\",\"name\":\"T\",\"objectives\":[{\"id\":\"S\",\"name\":\"S\",\"indicators\":[",
                    LimitsTests::indicator,
                    ",",
                    half,
                    "]}]}]}}")
                .text();

    assertThatThrownBy(() -> reader.read("limit.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.jsonPath())
                  .isEqualTo("$.report.goals[0].objectives[0].indicators[" + (half - 1) + "]");
              assertThat(e.problem())
                  .isEqualTo("more than 10000 indicators (Limits.MAX_INDICATORS)");
            });
  }

  private static final String LINES_HEAD =
      HEAD
          + ",\"programs\":[{\"id\":\"P\",\"name\":\"P\",\"activities\":[{\"id\":\"A\",\"name\":\"A\","
          + "\"subActivities\":[";

  private static String line(long i) {
    return "{\"id\":\"L" + i + "\",\"name\":\"N\",\"budget\":1}";
  }

  @Test
  void read_budgetLinesAtLimit_acceptedAndEvaluated() {
    // One program and one activity, so the sub-activities fill the rest.
    int subs = Limits.MAX_BUDGET_LINES - 2;
    String doc = new GeneratedDocument(LINES_HEAD, LimitsTests::line, ",", subs, "]}]}]}}").text();

    Report report = reader.read("limit.json", doc);

    assertThat(report.subActivities()).hasSize(subs);
    assertThat(
            new Evaluator(FormulaRegistry.standard())
                .evaluate(report, RuleSets.recommended())
                .lines())
        .hasSize(Limits.MAX_BUDGET_LINES);
  }

  @Test
  void read_oneBudgetLineTooMany_countError() {
    int subs = Limits.MAX_BUDGET_LINES - 1;
    String doc = new GeneratedDocument(LINES_HEAD, LimitsTests::line, ",", subs, "]}]}]}}").text();

    assertThatThrownBy(() -> reader.read("limit.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.jsonPath())
                  .isEqualTo(
                      "$.report.programs[0].activities[0].subActivities[" + (subs - 1) + "]");
              assertThat(e.problem())
                  .isEqualTo(
                      "more than 10000 budget lines (programs, activities and sub-activities"
                          + " together) (Limits.MAX_BUDGET_LINES)");
              assertThat(e.column()).isEqualTo(doc.indexOf(line(subs - 1)) + 1);
            });
  }
}
