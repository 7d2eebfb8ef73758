package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.io.LkjipJson;

/** Exit codes, error lines and outputs of the {@code lkjip} command, run in-process. */
class LkjipCliTests {
  static final String SEED = "data/tebing-tinggi-2022.json";
  static final String CONSISTENT = "src/test/resources/cli/consistent-report.json";
  static final String MALFORMED = "src/test/resources/cli/malformed-report.json";

  @TempDir Path temp;

  @Test
  void verify_seedUnderItsOwnRules_exitsOne() {
    CliRun run = CliRun.of("verify", SEED, "--rules", RuleSets.SEED_TEBING_TINGGI_2022);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.out()).contains("Kesimpulan: TIDAK LULUS");
  }

  @Test
  void verify_withoutRules_usesTheRuleSetTheReportDeclares() {
    CliRun run = CliRun.of("verify", SEED);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Aturan perhitungan: " + RuleSets.SEED_TEBING_TINGGI_2022 + " ");
  }

  @Test
  void verify_reportDeclaringAnUnknownRuleSet_warnsAndUsesRecommended() throws IOException {
    String text = Files.readString(Path.of(CONSISTENT), StandardCharsets.UTF_8);
    assertThat(text).contains("\"fiscalYear\"");
    Path declared = temp.resolve("declared.json");
    Files.writeString(
        declared,
        text.replaceFirst("\"fiscalYear\"", "\"ruleSet\": \"no-such-rules\", \"fiscalYear\""),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", declared.toString());
    assertThat(run.err())
        .isEqualTo(
            "lkjip: warning: the report declares rule set 'no-such-rules', which is not built in;"
                + " using 'recommended' (choose one with --rules)\n");
    assertThat(run.out()).contains("Aturan perhitungan: " + RuleSets.RECOMMENDED + " ");
  }

  @Test
  void verify_ruleSetFileNamingAnUnknownScale_exitsTwo() throws IOException {
    Path rules = temp.resolve("rules.json");
    Files.writeString(
        rules,
        LkjipJson.mapper()
            .writeValueAsString(
                org.lkjip.evaluation.ImmutableRuleSet.copyOf(RuleSets.recommended())
                    .withGradingScaleId("no-such-scale")),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", CONSISTENT, "--rules", rules.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .startsWith("lkjip: error: " + rules)
        .contains("grading scale 'no-such-scale', which is not built in");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void verify_withFormulasFile_usesTheHostsJsonFormula() throws IOException {
    // The consistent report's indicator, computed by a host formula defined in JSON instead of the
    // built-in certification ratio: same arithmetic, so the report still reconciles.
    Path report = temp.resolve("host-formula-report.json");
    Files.writeString(
        report,
        Files.readString(Path.of(CONSISTENT), StandardCharsets.UTF_8)
            .replace("\"lkjip:certification-ratio\"", "\"host:certified-share\""),
        StandardCharsets.UTF_8);
    Path formulas = temp.resolve("formulas.json");
    Files.writeString(
        formulas,
        "{\"format\": \"lkjip-formulas/1\", \"formulas\": [{\"kind\": \"ratio\", \"id\":"
            + " \"host:certified-share\", \"description\": \"certified / examined\","
            + " \"numerator\": [{\"input\": \"certified\"}], \"denominator\": [{\"input\":"
            + " \"examined\"}]}]}",
        StandardCharsets.UTF_8);

    CliRun without = CliRun.of("verify", report.toString(), "--lang", "en");
    assertThat(without.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(without.out())
        .contains("formula-problem")
        .contains("names formula 'host:certified-share', which is not registered");

    CliRun with = CliRun.of("verify", report.toString(), "--formulas", formulas.toString());
    assertThat(with.err()).isEmpty();
    assertThat(with.exitCode()).isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void verify_malformedFormulasFile_exitsTwoWithLocatedError() throws IOException {
    Path formulas = temp.resolve("formulas.json");
    Files.writeString(
        formulas,
        "{\"format\": \"lkjip-formulas/1\", \"formulas\": [{\"kind\": \"ratio\"}]}",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", CONSISTENT, "--formulas", formulas.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("lkjip: error: " + formulas + ":1:");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void verify_consistentReport_exitsZero() {
    CliRun run = CliRun.of("verify", CONSISTENT);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Kesimpulan: LULUS")
        .contains("\u2717 Tidak sesuai 0")
        .contains("Kesalahan 0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void verify_malformedJson_exitsTwoWithOneLocatedLineAndNoOutputFile() throws IOException {
    Path output = temp.resolve("out.txt");
    CliRun run = CliRun.of("verify", MALFORMED, "--output", output.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    // `    "fiscalYear": 2022,,` : the second comma is line 5, column 24.
    assertThat(run.err())
        .startsWith("lkjip: error: " + Path.of(MALFORMED) + ":5:24: $.report")
        .endsWith("\n")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(output).doesNotExist();
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).as("no temporary file left behind").isEmpty();
    }
  }

  @Test
  void verify_missingFile_exitsTwoNamingTheFile() {
    CliRun run = CliRun.of("verify", "no/such/report.json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("lkjip: cannot read no/such/report.json: no such file\n");
  }

  @Test
  void verify_unknownRuleSet_exitsTwoListingTheBuiltIns() {
    CliRun run = CliRun.of("verify", CONSISTENT, "--rules", "no-such-rules");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "lkjip: error: unknown rule set 'no-such-rules': built-in rule sets are recommended,"
                + " seed-tebing-tinggi-2022; or give a rule set JSON file\n");
  }

  @Test
  void verify_ruleSetFromJsonFile_isUsed() throws IOException {
    Path rules = temp.resolve("rules.json");
    Files.writeString(
        rules,
        LkjipJson.prettyWriter().writeValueAsString(RuleSets.recommended()),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", CONSISTENT, "--rules", rules.toString(), "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(run.out()).contains("\"id\": \"recommended\"");
  }

  @Test
  void verify_badRuleSetFile_exitsTwoWithLocation() throws IOException {
    Path rules = temp.resolve("rules.json");
    Files.writeString(rules, "{\n  \"id\": \"x\",\n  \"colour\": 1\n}\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", CONSISTENT, "--rules", rules.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("lkjip: error: " + rules + ":3:").contains("$.colour");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void verify_output_writesTheFileAndNothingToStdout() throws IOException {
    Path output = temp.resolve("report.md");
    CliRun run = CliRun.of("verify", CONSISTENT, "--format", "md", "--output", output.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(output, StandardCharsets.UTF_8))
        .isEqualTo(CliRun.of("verify", CONSISTENT, "--format", "md").out());
  }

  @Test
  void verify_outputInMissingDirectory_exitsTwo() {
    Path output = temp.resolve("missing").resolve("out.txt");
    CliRun run = CliRun.of("verify", CONSISTENT, "--output", output.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("lkjip: error: " + output + ": cannot write the output");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void verify_twoRuns_giveTheSameBytes() {
    for (String format : new String[] {"text", "json", "md", "html"}) {
      CliRun first = CliRun.of("verify", SEED, "--format", format);
      CliRun second = CliRun.of("verify", SEED, "--format", format);
      assertThat(second.out()).as(format).isEqualTo(first.out());
    }
  }

  @Test
  void verify_timestamp_addsAGeneratedLineOnly() {
    CliRun plain = CliRun.of("verify", CONSISTENT);
    CliRun stamped = CliRun.of("verify", CONSISTENT, "--timestamp");
    assertThat(plain.out()).doesNotContain("Dibuat:");
    assertThat(stamped.out()).containsPattern("Dibuat: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(stamped.out().replaceAll("Dibuat: .*\n", "")).isEqualTo(plain.out());
  }

  @Test
  void verify_unknownFormat_isAUsageError() {
    CliRun run = CliRun.of("verify", CONSISTENT, "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("expected one of " + String.join(", ", new Format.Names()) + " but was 'xml'");
  }

  @Test
  void evaluate_consistentReport_writesTheEvaluationDocument() {
    CliRun run = CliRun.of("evaluate", CONSISTENT, "--rules", "recommended");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(run.out())
        .startsWith("{\n  \"format\": \"lkjip-evaluation/2\",\n  \"evaluation\": {")
        .contains("\"ruleSetId\": \"recommended\"")
        .endsWith("}\n");
  }

  @Test
  void grade_akip_8258_isSangatBaik() {
    CliRun run = CliRun.of("grade", "82.58", "--scale", "akip");
    assertThat(run.out()).isEqualTo("Sangat Baik\n");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void grade_indonesianDecimalComma_isParsed() {
    assertThat(CliRun.of("grade", "85,5", "--scale", "akip").out()).isEqualTo("Memuaskan\n");
  }

  @Test
  void grade_inTheGapOfThePrintedScale_isUncoveredAndExitsOne() {
    CliRun run = CliRun.of("grade", "80.5", "--scale", "tebing-tinggi-2022-printed");
    assertThat(run.out()).startsWith("UNCOVERED (").contains("gap");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
  }

  @Test
  void grade_onASharedBound_isAmbiguous() {
    CliRun run = CliRun.of("grade", "75", "--scale", "tebing-tinggi-2022-printed");
    assertThat(run.out()).startsWith("AMBIGUOUS: Sangat Baik|Baik (");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
  }

  @Test
  void grade_unknownScale_exitsTwo() {
    CliRun run = CliRun.of("grade", "80", "--scale", "nope");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("lkjip: error: unknown scale 'nope': the scales are ");
  }

  @Test
  void grade_notANumber_exitsTwo() {
    CliRun run = CliRun.of("grade", "lots", "--scale", "akip");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("lkjip: error: VALUE 'lots' is not a number");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void scales_listsEveryBuiltInWithTheCheckersFindings() {
    CliRun run = CliRun.of("scales");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("akip: AKIP evaluation scale")
        .contains("(85, 100] Memuaskan")
        .contains("tebing-tinggi-2022-printed")
        .contains("GAP: values in (80, 81) are in no band (gap between Sangat Baik and Memuaskan)")
        .contains("OVERLAP: values in {75} are in several bands: Sangat Baik, Baik")
        .contains("sakip-88-2021")
        .contains("permendagri-86-2017");
  }

  @Test
  void rules_listsBothBuiltInsWithTheirChoices() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("seed-tebing-tinggi-2022 (version 1)")
        .contains("recommended (version 1)")
        .contains("indicator value: down-2")
        .contains("grading scale: akip");
  }

  @Test
  void schema_eachShippedName_printsAJsonSchema() {
    for (String name :
        new String[] {
          "lkjip-report-1", "lkjip-evaluation-2", "lkjip-verification-1", "lkjip-formulas-1"
        }) {
      CliRun run = CliRun.of("schema", name);
      assertThat(run.exitCode()).as(name).isZero();
      assertThat(run.out()).as(name).contains("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void schema_unknownName_exitsTwo() {
    CliRun run = CliRun.of("schema", "lkjip-nothing-1");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("lkjip: error: unknown schema 'lkjip-nothing-1'");
  }

  @Test
  void mainCommandLine_usageError_isOneLineAndExitsTwo() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        LkjipCli.commandLine(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true))
            .execute("verify", CONSISTENT, "--colour", "red");
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo("lkjip: error: Unknown option: '--colour' (see 'lkjip verify --help')\n");
  }

  @Test
  void batch_withoutAMode_namesTheAcceptedModesInPlainWords() {
    CliRun run = CliRun.of("batch", "x.ndjson");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "lkjip: error: Invalid value for positional parameter at index 0 (evaluate|verify): expected"
                + " evaluate or verify but was 'x.ndjson' (see 'lkjip batch --help')\n");
  }

  @Test
  void batch_unknownOnError_namesTheAcceptedValues() {
    CliRun run = CliRun.of("batch", "verify", "-", "--on-error", "ignore");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "lkjip: error: Invalid value for option '--on-error': expected skip or stop but was"
                + " 'ignore' (see 'lkjip batch --help')\n");
  }

  @Test
  void verify_batchOption_pointsToTheBatchCommand() {
    CliRun run = CliRun.of("verify", "--batch", "in.ndjson");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "lkjip: error: Unknown option: '--batch': a batch runs as 'lkjip batch evaluate|verify"
                + " IN.ndjson' (see 'lkjip batch --help')\n");
  }

  @Test
  void noCommand_isAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("Missing a command");
  }

  @Test
  void version_printsTheName() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("lkjip ");
  }

  @Test
  void help_listsTheCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("verify")
        .contains("evaluate")
        .contains("grade")
        .contains("scales")
        .contains("rules")
        .contains("schema")
        .contains("Exit codes:");
  }
}
