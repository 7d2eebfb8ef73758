package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * A workbook as a person saves it: LibreOffice opens the exported seed and saves it again as .xlsx
 * (its own shared strings, styles and number storage), and the reader still gives the seed's
 * report. Skipped unless {@code soffice} is on the PATH ({@code .ci/run} installs it).
 */
class ReportWorkbookLibreOfficeTests {
  @TempDir Path dir;

  private static @Nullable Path office() {
    String path = System.getenv("PATH");
    for (String d : (path == null ? "" : path).split(File.pathSeparator, -1)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path p = Path.of(d, name);
        if (!d.isEmpty() && Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  @Test
  void seed_savedAgainByLibreOffice_readsToTheSameReport() throws Exception {
    Path office = office();
    assumeTrue(office != null, "LibreOffice (soffice) is not on the PATH");
    Report seed = new ReportReader().read(ReportWorkbookRoundTripTests.SEED);
    Path exported = dir.resolve("laporan.xlsx");
    new ReportWorkbookWriter().write(seed, exported);
    Path out = Files.createDirectories(dir.resolve("saved"));
    Process p =
        new ProcessBuilder(
                office.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString(),
                exported.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
    Path saved = out.resolve("laporan.xlsx");
    assertThat(saved).as(log).exists();
    assertThat(Files.readAllBytes(saved))
        .as("LibreOffice wrote its own file")
        .isNotEqualTo(Files.readAllBytes(exported));

    assertThat(new ReportWorkbookReader().readReport(saved)).isEqualTo(seed);
  }
}
