package org.lkjip.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPathsTests {
  @TempDir Path temp;

  @Test
  void anyReport_missingPathsAndEmptyDirectories_holdNone() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertThat(ReportPaths.anyReport(List.of())).isFalse();
    assertThat(ReportPaths.anyReport(List.of(temp.resolve("missing"), empty))).isFalse();
  }

  @Test
  void anyReport_directory_takesReportNamesOnly_andSkipsHiddenOnes() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("src/lkjip"));
    Files.writeString(dir.resolve("notes.txt"), "not a report");
    Files.writeString(dir.resolve(".hidden.json"), "{}");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/r.json"), "{}");
    assertThat(ReportPaths.anyReport(List.of(dir))).isFalse();

    Files.createDirectories(dir.resolve("2022"));
    Files.writeString(dir.resolve("2022/Laporan.XLSX"), "");
    assertThat(ReportPaths.anyReport(List.of(dir))).isTrue();
  }

  @Test
  void anyReport_directoryWithOnlyABaseline_holdsNone_asTheCommandSees() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("src/lkjip"));
    Files.writeString(
        dir.resolve("accepted.json"), "{\"format\": \"lkjip-baseline/1\", \"accepted\": []}");
    assertThat(ReportPaths.anyReport(List.of(dir))).isFalse();

    Files.writeString(dir.resolve("r.json"), "{\"format\": \"lkjip-report/1\"}");
    assertThat(ReportPaths.anyReport(List.of(dir))).isTrue();
  }

  @Test
  void anyReport_namedFile_countsWhateverItsName() throws IOException {
    Path file = Files.writeString(temp.resolve("laporan.txt"), "{}");
    assertThat(ReportPaths.anyReport(List.of(temp.resolve("missing.json"), file))).isTrue();
  }

  @Test
  void argument_isRelativeUnderTheWorkingDirectory_elseAbsolute() {
    Path cwd = temp.resolve("repo").toAbsolutePath();
    assertThat(ReportPaths.argument(cwd.resolve("module/src/lkjip"), cwd))
        .isEqualTo(Path.of("module", "src", "lkjip").toString());
    assertThat(ReportPaths.argument(cwd.resolve("a/../r.json"), cwd)).isEqualTo("r.json");
    assertThat(ReportPaths.argument(cwd, cwd)).isEqualTo(".");
    Path outside = temp.resolve("elsewhere/r.json").toAbsolutePath();
    assertThat(ReportPaths.argument(outside, cwd)).isEqualTo(outside.toString());
  }
}
