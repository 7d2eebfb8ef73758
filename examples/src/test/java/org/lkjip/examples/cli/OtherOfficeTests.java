package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of another kind of office than the seed (a health office: a lower-is-better indicator
 * given directly, a range target, two indicators on one objective, a program linked to the
 * objective as a whole, the older AKIP scale stated, no data sets): consistent, it passes; with a
 * wrong total and a wrong grade, the general checks name both.
 */
class OtherOfficeTests {
  static final String REPORT = "src/test/resources/other-offices/dinkes-2023.json";

  @TempDir Path temp;

  @Test
  void verify_consistentHealthOfficeReport_passes() {
    CliRun run = CliRun.of("verify", REPORT);
    assertThat(run.err()).isEmpty();
    // (2 × 10 − 8,5) / 10 × 100 = 115 for the infant mortality rate, lower is better.
    assertThat(run.out())
        .contains("115,00%")
        .contains("\u2713 Sesuai 8,")
        .contains("Kesimpulan: LULUS");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
  }

  @Test
  void verify_wrongTotalAndGrade_foundByTheGeneralChecks() throws IOException {
    Path bad = temp.resolve("dinkes-bad.json");
    Files.writeString(
        bad,
        Files.readString(Path.of(REPORT), StandardCharsets.UTF_8)
            .replace(
                "\"printed\": \"Rp 192.500.000\", \"value\": 192500000",
                "\"printed\": \"Rp 192.000.000\", \"value\": 192000000")
            .replace("\"printed\": \"Memuaskan\"", "\"printed\": \"Sangat Baik\""),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("verify", bad.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.out())
        .contains("- grade-contradicts-scale: Tabel 3.1 row 1 Kategori: printed 'Sangat Baik'")
        .contains("- total-not-sum-of-lines: Tabel 3.2 row 1 Realisasi")
        .contains("- row-arithmetic: Tabel 3.2 row 1 %");
  }
}
