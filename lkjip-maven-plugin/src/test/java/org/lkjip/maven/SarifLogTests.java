package org.lkjip.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.examples.cli.ExitCodes;

class SarifLogTests {
  static final String SEED = "../examples/data/tebing-tinggi-2022.json";

  @TempDir Path temp;

  @Test
  void seed_countsAreThoseOfTheTextSummary() {
    Path sarif = temp.resolve("lkjip.sarif");
    CliRun run =
        CliRun.of(
            List.of(
                "verify",
                "--sarif",
                sarif.toString(),
                "-o",
                temp.resolve("v.txt").toString(),
                SEED));
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);

    SarifLog log = SarifLog.read(sarif);

    assertThat(log.reports()).containsExactly(SEED);
    // the text verdict: "figures 623 (MATCH 594, MATCH_WITH_OTHER_ROUNDING 5, MISMATCH 15,
    // NOT_RECOMPUTABLE 9); findings 50 (ERROR 23, WARNING 26, INFO 1); FAILED"
    assertThat(log.counts()).containsExactly(new SarifLog.Counts(SEED, 15, 5, 9, 23, 26, 1));
    assertThat(log.counts().get(0).describe())
        .isEqualTo(
            "figures: 15 MISMATCH, 5 MATCH_WITH_OTHER_ROUNDING, 9 NOT_RECOMPUTABLE; findings: 23"
                + " ERROR, 26 WARNING, 1 INFO");
    assertThat(log.problems()).hasSize(15 + 5 + 9 + 23 + 26 + 1);
    assertThat(log.problems())
        .filteredOn(p -> p.kind().equals("MISMATCH"))
        .allSatisfy(
            p -> {
              assertThat(p.figure()).isTrue();
              assertThat(p.level()).isEqualTo("error");
              assertThat(p.rule()).isEqualTo("figure/mismatch");
              assertThat(p.line())
                  .matches("\\Q" + SEED + "\\E:\\d+:\\d+: error figure/mismatch: .+");
            });
  }

  @Test
  void read_locations_fileUrisPercentEncodingCellsAndMissingIndex() throws IOException {
    Path absolute = temp.resolve("dir with space/b.json").toAbsolutePath();
    String sarif =
        """
        {"version": "2.1.0", "runs": [{
          "artifacts": [
            {"location": {"uri": "src/lkjip/a%20b.xlsx", "uriBaseId": "%SRCROOT%"}},
            {"location": {"uri": "FILE_URI"}}
          ],
          "results": [
            {"ruleId": "row-arithmetic", "level": "error", "message": {"text": "one\\ntwo"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/lkjip/a%20b.xlsx",
               "index": 0}}, "logicalLocations": [{"name": "'Angka Terbit'!D12"}]}],
             "properties": {"check": "row-arithmetic", "severity": "ERROR"}},
            {"ruleId": "figure/not-recomputable", "level": "warning", "message": {"text": "m"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "FILE_URI",
               "index": 1}, "region": {"startLine": 7}}}],
             "properties": {"status": "NOT_RECOMPUTABLE"}},
            {"ruleId": "x", "level": "note", "message": {"text": "no index"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "other.json"}}}],
             "properties": {"severity": "INFO"}}
          ]}]}
        """
            .replace("FILE_URI", absolute.toUri().toString());
    Path file = Files.writeString(temp.resolve("s.sarif"), sarif);

    SarifLog log = SarifLog.read(file);

    assertThat(log.reports()).containsExactly("src/lkjip/a b.xlsx", absolute.toString());
    assertThat(log.problems().stream().map(SarifLog.Problem::line))
        .containsExactly(
            "src/lkjip/a b.xlsx ('Angka Terbit'!D12): error row-arithmetic: one two",
            absolute + ":7: warning figure/not-recomputable: m",
            "other.json: note x: no index");
    assertThat(log.counts())
        .containsExactly(
            new SarifLog.Counts("src/lkjip/a b.xlsx", 0, 0, 0, 1, 0, 0),
            new SarifLog.Counts(absolute.toString(), 0, 0, 1, 0, 0, 0));
    assertThat(new SarifLog.Counts("r.json", 0, 0, 0, 0, 0, 0).describe()).isEqualTo("no problems");
  }

  @Test
  void read_notSarif_isAnIllegalArgument() throws IOException {
    Path notJson = Files.writeString(temp.resolve("a.sarif"), "not json");
    Path noRun = Files.writeString(temp.resolve("b.sarif"), "{\"runs\": []}");
    assertThatThrownBy(() -> SarifLog.read(notJson))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.sarif: cannot read the SARIF log");
    assertThatThrownBy(() -> SarifLog.read(noRun))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a SARIF log with a run");
    assertThatThrownBy(() -> SarifLog.read(temp.resolve("missing.sarif")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
