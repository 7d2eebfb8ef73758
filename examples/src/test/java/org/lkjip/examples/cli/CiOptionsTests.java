package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportReader;
import org.lkjip.io.ReportWriter;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import tools.jackson.databind.JsonNode;

/**
 * The CI options of {@code verify}: several reports in one run, {@code --fail-on}, {@code
 * --baseline}, {@code --write-baseline}, and the SARIF and JUnit formats.
 */
class CiOptionsTests {
  static final String SEED = LkjipCliTests.SEED;
  static final String SEED_XLSX = "data/tebing-tinggi-2022.xlsx";
  static final String CONSISTENT = LkjipCliTests.CONSISTENT;
  static final String MALFORMED = LkjipCliTests.MALFORMED;

  @TempDir Path temp;

  // --- --fail-on

  @Test
  void seed_failsByDefault_andPassesWithFailOnNever() {
    assertThat(CliRun.of("verify", SEED).exitCode()).isEqualTo(ExitCodes.FAILED);
    CliRun never = CliRun.of("verify", SEED, "--fail-on", "never");
    assertThat(never.err()).isEmpty();
    assertThat(never.exitCode()).isEqualTo(ExitCodes.PASSED);
    // the output still shows every problem
    assertThat(never.out()).contains("TIDAK LULUS").contains("Tidak sesuai");
  }

  @Test
  void failOnError_isTheDefault() {
    CliRun byDefault = CliRun.of("verify", SEED);
    CliRun error = CliRun.of("verify", SEED, "--fail-on", "error");
    assertThat(error.exitCode()).isEqualTo(byDefault.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(error.out()).isEqualTo(byDefault.out());
  }

  @Test
  void failOnMismatch_ignoresErrorFindings() throws IOException {
    Path noMismatch =
        write("no-mismatch.json", withoutFigures(seed(), ReconciliationStatus.MISMATCH));
    Verification v = verify(new ReportReader().read(noMismatch));
    assertThat(v.figures()).noneMatch(f -> f.status() == ReconciliationStatus.MISMATCH);
    assertThat(v.findings()).anyMatch(f -> f.severity() == Severity.ERROR);

    assertThat(CliRun.of("verify", noMismatch.toString()).exitCode()).isEqualTo(ExitCodes.FAILED);
    CliRun mismatch = CliRun.of("verify", noMismatch.toString(), "--fail-on", "mismatch");
    assertThat(mismatch.err()).isEmpty();
    assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.PASSED);
    // the seed itself has MISMATCH figures
    assertThat(CliRun.of("verify", SEED, "--fail-on", "mismatch").exitCode())
        .isEqualTo(ExitCodes.FAILED);
  }

  @Test
  void failOnMismatch_withABaselineOfFiguresOnly_passesTheSeed() throws IOException {
    Path baseline = temp.resolve("figures.json");
    CliRun written =
        CliRun.of("verify", SEED, "--fail-on", "mismatch", "--write-baseline", baseline.toString());
    assertThat(written.exitCode()).isEqualTo(ExitCodes.PASSED);
    Baseline b = Baseline.read(baseline);
    assertThat(b.entries()).isNotEmpty().allMatch(e -> e.what().contains(": MISMATCH figure "));
    // ERROR findings are not in it: the default level fails, mismatch passes
    assertThat(CliRun.of("verify", SEED, "--baseline", baseline.toString()).exitCode())
        .isEqualTo(ExitCodes.FAILED);
    CliRun run =
        CliRun.of("verify", SEED, "--fail-on", "mismatch", "--baseline", baseline.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void failOnWarning_countsOtherRoundingNotRecomputableAndWarnings() throws IOException {
    Path errorsAccepted = temp.resolve("errors.json");
    CliRun.of("verify", SEED, "--write-baseline", errorsAccepted.toString());
    // with MISMATCH and ERROR accepted, warning still fails: other rounding, NOT_RECOMPUTABLE,
    // WARNING
    assertThat(
            CliRun.of(
                    "verify", SEED, "--baseline", errorsAccepted.toString(), "--fail-on", "warning")
                .exitCode())
        .isEqualTo(ExitCodes.FAILED);
    Path all = temp.resolve("all.json");
    CliRun.of("verify", SEED, "--fail-on", "warning", "--write-baseline", all.toString());
    List<String> what = Baseline.read(all).entries().stream().map(Baseline.Entry::what).toList();
    assertThat(what)
        .anyMatch(w -> w.contains(": MATCH_WITH_OTHER_ROUNDING figure "))
        .anyMatch(w -> w.contains(": NOT_RECOMPUTABLE figure "))
        .anyMatch(w -> w.contains(": WARNING "))
        .noneMatch(w -> w.contains(": INFO "));
    assertThat(
            CliRun.of("verify", SEED, "--baseline", all.toString(), "--fail-on", "warning")
                .exitCode())
        .isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void failOn_unknownLevel_isAUsageError() {
    CliRun run = CliRun.of("verify", SEED, "--fail-on", "info");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("expected one of mismatch, error, warning, never");
  }

  // --- --baseline and --write-baseline

  @Test
  void writeBaseline_thenBaseline_passesTheSeed() throws IOException {
    Path baseline = temp.resolve("accepted.json");
    CliRun written = CliRun.of("verify", SEED, "--write-baseline", baseline.toString());
    assertThat(written.exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(written.err()).startsWith("lkjip: wrote " + baseline + ": ");
    String text = Files.readString(baseline, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"format\": \"lkjip-baseline/1\",\n  \"entries\": [\n");
    assertThat(text).contains("\"reason\": \"accepted on first run\"").endsWith("\n  ]\n}\n");

    CliRun run = CliRun.of("verify", SEED, "--baseline", baseline.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void writeBaseline_isDeterministic_sortedByFingerprint_andKeepsReasons() throws IOException {
    Path first = temp.resolve("first.json");
    Path second = temp.resolve("second.json");
    CliRun.of("verify", SEED, "--write-baseline", first.toString());
    CliRun.of("verify", SEED, "--write-baseline", second.toString());
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    List<String> fingerprints =
        Baseline.read(first).entries().stream().map(Baseline.Entry::fingerprint).toList();
    assertThat(fingerprints).isSorted().doesNotHaveDuplicates();
    // entries are unique by fingerprint, so there are at most as many as problems
    assertThat(fingerprints).hasSizeLessThanOrEqualTo(15 + 23);

    String edited =
        Files.readString(first, StandardCharsets.UTF_8)
            .replaceFirst("accepted on first run", "known misprint, see letter 12/2023");
    Files.writeString(first, edited, StandardCharsets.UTF_8);
    Path updated = temp.resolve("updated.json");
    CliRun.of(
        "verify", SEED, "--baseline", first.toString(), "--write-baseline", updated.toString());
    assertThat(Files.readString(updated, StandardCharsets.UTF_8)).isEqualTo(edited);
  }

  @Test
  void baseline_newDefect_failsAgain() throws IOException {
    Path baseline = temp.resolve("accepted.json");
    CliRun.of("verify", SEED, "--write-baseline", baseline.toString());
    // Tabel 1, IKU1's 2022 target: printed 65, which MATCHes; make it 66
    String seedText = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
    String figure =
        "\"row\": \"1\", \"column\": \"2022\", \"printed\": \"65\", \"value\": 65, \"measure\":"
            + " \"TARGET\", \"subject\": \"IKU1\"";
    assertThat(seedText).containsOnlyOnce(figure);
    Path planted = temp.resolve("planted.json");
    Files.writeString(
        planted,
        seedText.replace(figure, figure.replace("\"65\", \"value\": 65", "\"66\", \"value\": 66")),
        StandardCharsets.UTF_8);
    assertThat(verify(new ReportReader().read(planted)).figures())
        .filteredOn(f -> f.status() == ReconciliationStatus.MISMATCH)
        .hasSizeGreaterThan(15);

    CliRun run = CliRun.of("verify", planted.toString(), "--baseline", baseline.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void baseline_removedProblem_isStale_aWarningNotAFailure() throws IOException {
    Path baseline = temp.resolve("accepted.json");
    CliRun.of("verify", SEED, "--write-baseline", baseline.toString());
    // the seed without Tabel 12 row 4 "Realisasi (Rp)": a MISMATCH and the two ERROR findings
    // about it no longer occur
    Report seed = seed();
    Report fixed =
        ImmutableReport.copyOf(seed)
            .withPublished(
                seed.published().stream()
                    .filter(
                        p ->
                            !(p.table().equals("Tabel 12")
                                && p.row().equals("4")
                                && p.column().equals("Realisasi (Rp)")))
                    .toList());
    assertThat(fixed.published()).hasSize(seed.published().size() - 1);
    Path file = write("fixed.json", fixed);

    CliRun run = CliRun.of("verify", file.toString(), "--baseline", baseline.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
    Matcher m =
        Pattern.compile(
                "lkjip: warning: baseline entry ([0-9a-f]{32}) \\(data/tebing-tinggi-2022.json:"
                    + " MISMATCH figure Tabel 12, row 4, column Realisasi \\(Rp\\), [^)]*\\) no"
                    + " longer occurs\n")
            .matcher(run.err());
    assertThat(m.find()).as(run.err()).isTrue();
    assertThat(run.err()).containsOnlyOnce("ERROR total-not-sum-of-lines, Tabel 12, row 4");
    assertThat(run.err().lines().filter(l -> l.endsWith(" no longer occurs"))).hasSize(3);
    assertThat(run.err())
        .endsWith(
            "lkjip: warning: 3 of "
                + Baseline.read(baseline).entries().size()
                + " baseline entries no longer occur; remove them from "
                + baseline
                + "\n");
  }

  @Test
  void baseline_malformed_exitsTwo_located() throws IOException {
    Path baseline = temp.resolve("bad.json");
    Files.writeString(
        baseline,
        "{\n  \"format\": \"lkjip-baseline/1\",\n  \"entries\": [],\n  \"extra\": 1\n}\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", SEED, "--baseline", baseline.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "lkjip: error: "
                + baseline
                + ":4:3: $.extra: unknown property 'extra'; expected 'format' and 'entries'\n");
  }

  @Test
  void baseline_reader_isStrict() {
    assertThat(error("[]"))
        .isEqualTo(
            "b.json:1:1: $: expected an object {\"format\":"
                + " \"lkjip-baseline/1\", \"entries\": [...]}, found an array");
    assertThat(error("{\"format\": \"lkjip-baseline/2\", \"entries\": []}"))
        .isEqualTo(
            "b.json:1:12: $.format: expected format 'lkjip-baseline/1', found"
                + " 'lkjip-baseline/2'");
    assertThat(error("{\"entries\": []}"))
        .startsWith("b.json:1:15: $: missing required property 'format'");
    String fp = "0123456789abcdef0123456789abcdef";
    String entry = "{\"fingerprint\": \"" + fp + "\", \"what\": \"w\", \"reason\": \"r\"}";
    assertThat(
            error(
                "{\"format\": \"lkjip-baseline/1\", \"entries\": [" + entry + ", " + entry + "]}"))
        .startsWith("b.json:1:")
        .contains(": $.entries[1].fingerprint: fingerprint '" + fp + "' is listed twice");
    assertThat(
            error(
                "{\"format\": \"lkjip-baseline/1\", \"entries\": [{\"fingerprint\": \""
                    + fp
                    + "\", \"what\": \"w\"}]}"))
        .isEqualTo("b.json:1:44: $.entries[0]: missing required property 'reason'");
    assertThat(
            error(
                "{\"format\": \"lkjip-baseline/1\", \"entries\": [{\"fingerprint\": \""
                    + fp
                    + "\", \"what\": \"w\", \"reason\": \"r\", \"until\": \"2027\"}]}"))
        .contains("$.entries[0].until: unknown property 'until'");
    assertThat(error("{\"format\": \"lkjip-baseline/1\", \"format\": \"x\", \"entries\": []}"))
        .startsWith("b.json:1:")
        .contains("format");
    assertThat(error("{\"format\": \"lkjip-baseline/1\", \"entries\": [],}"))
        .startsWith("b.json:1:");
    assertThat(
            error(
                "{\"format\": \"lkjip-baseline/1\", \"entries\": [{\"fingerprint\": \"x\","
                    + " \"what\": \"w\", \"reason\": \"r\"}]}"))
        .contains("$.entries[0].fingerprint: expected a fingerprint of 32 lower-case hex digits");
    assertThat(
            error(
                "{\"format\": \"lkjip-baseline/1\", \"entries\": [{\"fingerprint\": \""
                    + fp
                    + "\", \"what\": \"w\", \"reason\": \" \"}]}"))
        .contains("$.entries[0].reason: the reason is empty");
  }

  @Test
  void baseline_roundTrips() {
    Baseline b =
        new Baseline(
            ImmutableList.of(
                new Baseline.Entry("ffffffffffffffffffffffffffffffff", "b \"quoted\"", "r2"),
                new Baseline.Entry("00000000000000000000000000000000", "a\u00e9", "r1")));
    assertThat(b.entries().get(0).fingerprint()).startsWith("0000");
    assertThat(Baseline.read("b.json", b.render())).isEqualTo(b);
    assertThat(new Baseline(ImmutableList.of()).render())
        .isEqualTo("{\n  \"format\": \"lkjip-baseline/1\",\n  \"entries\": []\n}\n");
  }

  // --- several reports in one run

  @Test
  void severalFiles_oneExitCode_eachReportWithItsHeading() {
    CliRun consistent = CliRun.of("verify", CONSISTENT);
    assertThat(consistent.exitCode()).isEqualTo(ExitCodes.PASSED);

    CliRun run = CliRun.of("verify", CONSISTENT, SEED);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    String seedOut = CliRun.of("verify", SEED).out();
    assertThat(run.out())
        .isEqualTo(
            "Berkas: "
                + CONSISTENT
                + "\n"
                + consistent.out()
                + "\nBerkas: "
                + SEED
                + "\n"
                + seedOut);
    assertThat(run.out())
        .containsSubsequence("Hasil verifikasi LKjIP: ", "Hasil verifikasi LKjIP: ");

    CliRun passing = CliRun.of("verify", CONSISTENT, CONSISTENT, "--format", "md");
    assertThat(passing.exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(passing.out())
        .startsWith("Berkas: `" + CONSISTENT + "`\n\n# Hasil verifikasi LKjIP: ");
  }

  @Test
  void directory_everyReportUnderIt_sorted_hiddenSkipped() throws IOException {
    Path dir = temp.resolve("reports");
    Files.createDirectories(dir.resolve("b-sub"));
    Files.createDirectories(dir.resolve(".git"));
    Files.copy(Path.of(CONSISTENT), dir.resolve("c.json"));
    Files.copy(Path.of(CONSISTENT), dir.resolve("b-sub").resolve("a.json"));
    Files.copy(Path.of(MALFORMED), dir.resolve(".hidden.json"));
    Files.copy(Path.of(MALFORMED), dir.resolve(".git").resolve("x.json"));
    Files.writeString(dir.resolve("notes.txt"), "not a report", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("verify", dir.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(headings(run.out()))
        .containsExactly(
            dir.resolve("b-sub").resolve("a.json").toString(), dir.resolve("c.json").toString());

    // with a failing file: one exit code for the run
    CliRun mixed = CliRun.of("verify", dir.toString(), SEED);
    assertThat(mixed.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(headings(mixed.out())).hasSize(3).endsWith(SEED);
  }

  @Test
  void directory_skipsLkjipsOwnOtherDocuments_butNotBrokenReports() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("reports"));
    Files.copy(Path.of(SEED), dir.resolve("a.json"));
    Path baseline = dir.resolve("accepted.json");
    CliRun.of("verify", dir.toString(), "--write-baseline", baseline.toString());
    assertThat(baseline).isNotEmptyFile();
    Files.writeString(
        dir.resolve("verification.json"),
        CliRun.of("verify", SEED, "--format", "json").out(),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", dir.toString(), "--baseline", baseline.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(run.out()).doesNotContain("Berkas: "); // one report: a.json alone

    // named explicitly, a baseline is still not a report
    assertThat(CliRun.of("verify", baseline.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    // a JSON that is not lkjip's is read, and its error shown
    Files.writeString(
        dir.resolve("z.json"), "{\"format\": \"lkjip-repot/1\"}", StandardCharsets.UTF_8);
    CliRun broken = CliRun.of("verify", dir.toString(), "--baseline", baseline.toString());
    assertThat(broken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(broken.err()).contains("z.json");
  }

  @Test
  void directory_withoutReports_isAUsageError() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    CliRun run = CliRun.of("verify", empty.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "lkjip: error: "
                + empty
                + ": no report file (*.json, *.xlsx, *.xlsm) under the"
                + " directory\n");
  }

  @Test
  void oneReportFormats_refuseSeveral() {
    for (String format : List.of("json", "html", "xlsx")) {
      CliRun run =
          CliRun.of(
              "verify",
              CONSISTENT,
              SEED,
              "--format",
              format,
              "-o",
              temp.resolve("out." + format).toString());
      assertThat(run.exitCode()).as(format).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .isEqualTo(
              "lkjip: error: --format "
                  + format
                  + " takes one report (2 given); use sarif, junit or codequality for several\n");
      assertThat(temp.resolve("out." + format)).doesNotExist();
    }
  }

  @Test
  void badFileAmongSeveral_exitsTwo_andWritesNothing() {
    Path out = temp.resolve("out.sarif");
    CliRun run =
        CliRun.of("verify", CONSISTENT, MALFORMED, SEED, "--format", "sarif", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).matches("lkjip: error: " + Pattern.quote(MALFORMED) + ":\\d+:\\d+: .*\n");
    assertThat(out).doesNotExist();
    assertThat(temp.toFile().list()).isEmpty();

    CliRun text = CliRun.of("verify", CONSISTENT, MALFORMED);
    assertThat(text.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(text.out()).isEmpty();
  }

  // --- SARIF and JUnit

  @Test
  void sarif_isAccepted_oneLogForAllReports() throws IOException {
    CliRun run = CliRun.of("verify", SEED, SEED_XLSX, CONSISTENT, "--format", "sarif");
    assertThat(run.err()).doesNotContain("expected one of");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    JsonNode log = LkjipJson.mapper().readTree(run.out());
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    String text = run.out();
    assertThat(text).contains(SEED).contains(SEED_XLSX);
    assertThat(text).contains("\"startLine\""); // JSON figures are located by line and column

    Path out = temp.resolve("run.sarif");
    CliRun toFile =
        CliRun.of("verify", SEED, SEED_XLSX, CONSISTENT, "--format", "sarif", "-o", out.toString());
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(run.out());
    // the baseline decides the exit code, not the document
    Path baseline = temp.resolve("b.json");
    CliRun.of("verify", SEED, SEED_XLSX, CONSISTENT, "--write-baseline", baseline.toString());
    assertThat(
            CliRun.of(
                    "verify",
                    SEED,
                    SEED_XLSX,
                    CONSISTENT,
                    "--format",
                    "sarif",
                    "--baseline",
                    baseline.toString())
                .exitCode())
        .isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void junit_isAccepted_oneDocumentForAllReports() {
    CliRun run = CliRun.of("verify", SEED, CONSISTENT, "--format", "junit");
    assertThat(run.err()).doesNotContain("expected one of");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.out())
        .startsWith("<?xml")
        .contains("<testsuites")
        .contains(SEED)
        .contains(CONSISTENT)
        .endsWith("\n");
    assertThat(CliRun.of("verify", CONSISTENT, "--format", "junit").exitCode())
        .isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void sarifAndJunitOutputs_besideTheTextOutput_equalTheirOwnFormats() throws IOException {
    Path sarif = temp.resolve("out/lkjip.sarif");
    Path junit = temp.resolve("out/TEST-lkjip.xml");
    Files.createDirectories(sarif.getParent());
    CliRun run =
        CliRun.of(
            "verify", SEED, CONSISTENT, "--sarif", sarif.toString(), "--junit", junit.toString());
    CliRun text = CliRun.of("verify", SEED, CONSISTENT);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(text.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.out()).isEqualTo(text.out());
    assertThat(Files.readString(sarif, StandardCharsets.UTF_8))
        .isEqualTo(CliRun.of("verify", SEED, CONSISTENT, "--format", "sarif").out());
    assertThat(Files.readString(junit, StandardCharsets.UTF_8))
        .isEqualTo(CliRun.of("verify", SEED, CONSISTENT, "--format", "junit").out());
  }

  @Test
  void codequality_oneArrayForAllReports_andBesideTheTextOutput() throws IOException {
    CliRun run = CliRun.of("verify", SEED, SEED_XLSX, CONSISTENT, "--format", "codequality");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    JsonNode issues = LkjipJson.mapper().readTree(run.out());
    assertThat(issues.isArray()).isTrue();
    List<String> paths = new ArrayList<>();
    issues.forEach(i -> paths.add(i.get("location").get("path").asString()));
    assertThat(paths).contains(SEED, SEED_XLSX).doesNotContain(CONSISTENT);
    // one issue per problem of each report, as its lkjip-verification/1 document lists them
    int expected = 0;
    for (String file : List.of(SEED, CONSISTENT)) {
      JsonNode doc =
          LkjipJson.mapper().readTree(CliRun.of("verify", file, "--format", "json").out());
      expected += doc.get("findings").size();
      for (JsonNode f : doc.get("figures")) {
        expected += f.get("status").asString().equals("MATCH") ? 0 : 1;
      }
    }
    assertThat(paths.stream().filter(p -> !p.equals(SEED_XLSX)).count()).isEqualTo(expected);

    Path beside = temp.resolve("gl-code-quality-report.json");
    CliRun both =
        CliRun.of("verify", SEED, SEED_XLSX, CONSISTENT, "--codequality", beside.toString());
    assertThat(both.out()).isEqualTo(CliRun.of("verify", SEED, SEED_XLSX, CONSISTENT).out());
    assertThat(Files.readString(beside, StandardCharsets.UTF_8)).isEqualTo(run.out());
    assertThat(CliRun.of("verify", CONSISTENT, "--format", "codequality").out()).isEqualTo("[]\n");
  }

  @Test
  void sarifOutput_isNotWrittenWhenAFileCannotBeRead() {
    Path sarif = temp.resolve("lkjip.sarif");
    CliRun run = CliRun.of("verify", SEED, MALFORMED, "--sarif", sarif.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(sarif).doesNotExist();
  }

  @Test
  void twoOutputsToOneFile_isAUsageError_andWritesNothing() {
    Path same = temp.resolve("same.out");
    CliRun run =
        CliRun.of(
            "verify", SEED, "--format", "junit", "-o", same.toString(), "--sarif", same.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("lkjip: error: -o and --sarif name the same file");
    assertThat(same).doesNotExist();
  }

  // --- helpers

  private static List<String> headings(String out) {
    List<String> files = new ArrayList<>();
    for (String line : out.split("\n", -1)) {
      if (line.startsWith("Berkas: ")) {
        files.add(line.substring("Berkas: ".length()));
      }
    }
    return files;
  }

  private static String error(String text) {
    try {
      Baseline.read("b.json", text);
    } catch (org.lkjip.io.LkjipInputException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("read: " + text);
  }

  private static Report seed() {
    return new ReportReader().read(Path.of(SEED));
  }

  private static Verification verify(Report report) {
    return new Auditor(FormulaRegistry.standard())
        .verify(
            report,
            RuleSets.find(RuleSets.SEED_TEBING_TINGGI_2022).orElseThrow(),
            Optional.empty());
  }

  /** The report without its published figures whose status is {@code status}. */
  private static Report withoutFigures(Report report, ReconciliationStatus status) {
    Verification v = verify(report);
    List<PublishedFigure> kept = new ArrayList<>();
    for (int i = 0; i < report.published().size(); i++) {
      if (v.figures().get(i).status() != status) {
        kept.add(report.published().get(i));
      }
    }
    return ImmutableReport.copyOf(report).withPublished(kept);
  }

  private Path write(String name, Report report) throws IOException {
    Path file = temp.resolve(name);
    new ReportWriter().write(report, file);
    return file;
  }
}
