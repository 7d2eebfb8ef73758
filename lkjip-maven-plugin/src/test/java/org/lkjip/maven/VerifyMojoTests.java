package org.lkjip.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.RuleSets;

/**
 * The goal run directly (parameters set as Maven would set them); the integration tests under
 * {@code src/it} run it in real Maven builds.
 */
class VerifyMojoTests {
  static final Path SEED = Path.of("../examples/data/tebing-tinggi-2022.json");
  static final Path SEED_XLSX = Path.of("../examples/data/tebing-tinggi-2022.xlsx");

  /** A report without problems (the sample project of the passing integration test). */
  static final Path CONSISTENT = Path.of("src/it/passes/src/lkjip/dinas-contoh-2022.json");

  @TempDir Path temp;

  private final RecordingLog log = new RecordingLog(false);

  private VerifyMojo mojo(Path... reports) {
    VerifyMojo mojo = new VerifyMojo();
    mojo.setLog(log);
    mojo.basedir = temp.toFile();
    mojo.outputDirectory = temp.resolve("target/lkjip").toFile();
    mojo.reports = java.util.Arrays.stream(reports).map(Path::toFile).toList();
    return mojo;
  }

  private Path output(String name) {
    return temp.resolve("target/lkjip").resolve(name);
  }

  private Path copy(Path report, String to) throws IOException {
    Path target = temp.resolve(to);
    Files.createDirectories(target.getParent());
    return Files.copy(report, target);
  }

  @Test
  void consistentReport_passes_andWritesVerdictSarifAndJunit() throws Exception {
    mojo(CONSISTENT).execute();

    assertThat(Files.readString(output(VerifyMojo.VERDICT), StandardCharsets.UTF_8))
        .contains("Angka terbit: 6 \u2014 \u2713 Sesuai 6,")
        .contains("Kesimpulan: LULUS");
    assertThat(Files.readString(output(VerifyMojo.SARIF))).contains("\"version\": \"2.1.0\"");
    assertThat(Files.readString(output(VerifyMojo.JUNIT))).contains("<testsuites name=\"lkjip\"");
    assertThat(Files.readString(output(VerifyMojo.CODE_QUALITY)).strip()).isEqualTo("[]");
    assertThat(log.at("INFO"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("LKjIP verification passed (failOn=error): 1 report\n  ")
                    .endsWith("dinas-contoh-2022.json: no problems"));
    assertThat(log.at("WARNING")).isEmpty();
  }

  @Test
  void lang_en_writesTheVerdictInEnglish() throws Exception {
    VerifyMojo mojo = mojo(CONSISTENT);
    mojo.lang = "en";
    mojo.execute();
    assertThat(Files.readString(output(VerifyMojo.VERDICT), StandardCharsets.UTF_8))
        .contains("Verdict: PASSED")
        .doesNotContain("Kesimpulan");
  }

  @Test
  void seed_failsTheBuild_namingTheReportAndItsCounts_andKeepsTheOutputs() throws IOException {
    Path seed = copy(SEED, "src/lkjip/seed.json");
    VerifyMojo mojo = mojo(temp.resolve("src/lkjip"));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("LKjIP verification failed (failOn=error): 1 report\n  ")
        .hasMessageContaining(
            seed.toAbsolutePath()
                + ": figures: 15 MISMATCH, 5 MATCH_WITH_OTHER_ROUNDING, 9 NOT_RECOMPUTABLE;"
                + " findings: 23 ERROR, 26 WARNING, 1 INFO")
        .hasMessageContaining("Verdict: " + output(VerifyMojo.VERDICT).toAbsolutePath());
    assertThat(output(VerifyMojo.SARIF)).exists();
    assertThat(output(VerifyMojo.JUNIT)).exists();
    assertThat(output(VerifyMojo.CODE_QUALITY)).exists();
    assertThat(Files.readString(output(VerifyMojo.VERDICT))).contains("Kesimpulan: TIDAK LULUS");
    // one line per problem: 15 + 9 + 23 + 26 errors and warnings, 5 + 1 notes
    assertThat(log.at("WARNING")).hasSize(73).allMatch(l -> l.startsWith(seed.toString()));
    assertThat(log.at("INFO")).hasSize(6);
  }

  @Test
  void severalReports_oneRun_countsPerReport() {
    VerifyMojo mojo = mojo(CONSISTENT, SEED_XLSX);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(": 2 reports\n  ")
        .hasMessageContaining("dinas-contoh-2022.json: no problems\n  ")
        .hasMessageContaining("tebing-tinggi-2022.xlsx: figures: 15 MISMATCH");
    // more than MAX_LOGGED_PROBLEMS? no: 79 problems, all logged
    assertThat(log.lines()).noneMatch(l -> l.contains("more problems"));
  }

  @Test
  void failOnNever_passes_butLogsEveryProblem() throws Exception {
    VerifyMojo mojo = mojo(SEED);
    mojo.failOn = "never";

    mojo.execute();

    assertThat(log.at("INFO"))
        .anyMatch(l -> l.startsWith("LKjIP verification passed (failOn=never): 1 report"));
    assertThat(log.at("WARNING")).hasSize(73);
  }

  @Test
  void writeBaseline_thenBaseline_passes_andStaleEntriesAreWarnings() throws Exception {
    Path baseline = temp.resolve("config/lkjip-baseline.json");
    VerifyMojo write = mojo(SEED);
    write.writeBaseline = baseline.toFile();
    write.execute();
    assertThat(Files.readString(baseline)).contains("lkjip-baseline/1");
    assertThat(log.at("INFO"))
        .anyMatch(l -> l.startsWith("lkjip: wrote ") && l.contains("entries"));

    VerifyMojo check = mojo(SEED);
    check.baseline = baseline.toFile();
    check.execute();
    assertThat(log.at("INFO"))
        .anyMatch(l -> l.startsWith("LKjIP verification passed (failOn=error, baseline "));

    // the consistent report has none of the accepted problems: every entry is stale
    VerifyMojo stale = mojo(CONSISTENT);
    stale.baseline = baseline.toFile();
    stale.execute();
    assertThat(log.at("WARNING")).anyMatch(l -> l.contains("baseline entries no longer occur"));
  }

  @Test
  void badInput_isAnExecutionError_withTheCommandsMessage_andLeavesNoOutputs() throws Exception {
    Path malformed = Files.writeString(temp.resolve("malformed.json"), "{\"format\": ,}");
    // outputs of an earlier run must not survive a run that writes none
    mojo(CONSISTENT).execute();
    assertThat(output(VerifyMojo.SARIF)).exists();

    VerifyMojo mojo = mojo(CONSISTENT, malformed);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("lkjip verify could not check the reports:\nlkjip: error: ")
        .hasMessageContaining("malformed.json:1:");
    assertThat(output(VerifyMojo.VERDICT)).doesNotExist();
    assertThat(output(VerifyMojo.SARIF)).doesNotExist();
    assertThat(output(VerifyMojo.JUNIT)).doesNotExist();
    assertThat(output(VerifyMojo.CODE_QUALITY)).doesNotExist();
  }

  @Test
  void badFailOn_isAnExecutionError_namingTheValues() {
    VerifyMojo mojo = mojo(CONSISTENT);
    mojo.failOn = "sometimes";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("--fail-on")
        .hasMessageContaining("error, warning")
        .hasMessageContaining("'sometimes'");
  }

  @Test
  void missingNamedReport_amongOthers_isAnExecutionError() {
    VerifyMojo mojo = mojo(CONSISTENT, temp.resolve("typo.json"));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("typo.json")
        .hasMessageContaining("no such file");
  }

  @Test
  void noReports_warnsAndSucceeds_writingNothing() throws Exception {
    Files.createDirectories(temp.resolve("src/lkjip"));
    Files.writeString(temp.resolve("src/lkjip/README.txt"), "reports go here");

    mojo(temp.resolve("src/lkjip"), temp.resolve("missing")).execute();

    assertThat(log.at("WARNING"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith("No LKjIP report (*.json, *.xlsx, *.xlsm) in ")
                    .endsWith("missing: nothing to verify"));
    assertThat(temp.resolve("target")).doesNotExist();
  }

  @Test
  void noReports_withFailIfNoReports_failsTheBuild() {
    VerifyMojo mojo = mojo(temp.resolve("src/lkjip"));
    mojo.failIfNoReports = true;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("No LKjIP report")
        .hasMessageEndingWith("(failIfNoReports is set)");
  }

  @Test
  void skip_readsAndWritesNothing() throws Exception {
    VerifyMojo mojo = mojo(SEED);
    mojo.skip = true;

    mojo.execute();

    assertThat(log.at("INFO")).containsExactly("Skipping lkjip:verify (lkjip.skip)");
    assertThat(temp.resolve("target")).doesNotExist();
  }

  @Test
  void rules_builtInId_orFileRelativeToTheProject() throws Exception {
    assertThat(VerifyMojo.rulesArgument(RuleSets.SEED_TEBING_TINGGI_2022, temp))
        .isEqualTo(RuleSets.SEED_TEBING_TINGGI_2022);
    Files.writeString(temp.resolve("rules.json"), "{}");
    assertThat(VerifyMojo.rulesArgument("rules.json", temp))
        .isEqualTo(temp.resolve("rules.json").toAbsolutePath().toString());
    assertThat(VerifyMojo.rulesArgument("no-such-rules", temp)).isEqualTo("no-such-rules");

    VerifyMojo mojo = mojo(CONSISTENT);
    mojo.rules = "no-such-rules";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("unknown rule set 'no-such-rules'");
  }

  @Test
  void debugLog_showsTheCommandLine() throws Exception {
    RecordingLog debug = new RecordingLog(true);
    VerifyMojo mojo = mojo(CONSISTENT);
    mojo.setLog(debug);

    mojo.execute();

    assertThat(debug.at("DEBUG"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("lkjip verify --format text -o ")
                    .contains(" --fail-on error --lang id --debug -- ")
                    .endsWith(new File(CONSISTENT.toString()).getPath()));
  }

  @Test
  void summary_withoutSarif_pointsToTheVerdict() {
    assertThat(VerifyMojo.summary(null)).isEqualTo("see the verdict");
    assertThat(
            VerifyMojo.summary(
                new SarifLog(
                    com.google.common.collect.ImmutableList.of("a.json", "b.json"),
                    com.google.common.collect.ImmutableList.of())))
        .isEqualTo("2 reports\n  a.json: no problems\n  b.json: no problems");
  }
}
