package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.io.ReportReader;
import org.lkjip.io.ReportWriter;
import org.lkjip.model.Report;

class ReportWorkbookRoundTripTests {
  /** Each zip entry's name and text, for a readable difference. */
  static java.util.Map<String, String> entries(Path zip) throws java.io.IOException {
    java.util.Map<String, String> m = new java.util.TreeMap<>();
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
        m.put(
            e.getName() + " @" + e.getTime(),
            new String(
                z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return m;
  }

  static final Path SEED = Path.of("..", "examples", "data", "tebing-tinggi-2022.json");

  @TempDir Path dir;

  @Test
  void seed_jsonToWorkbookToJson_equalReport() throws Exception {
    Report seed = new ReportReader().read(SEED);
    Path xlsx = dir.resolve("seed.xlsx");
    new ReportWorkbookWriter().write(seed, xlsx);

    WorkbookReport back = new ReportWorkbookReader().read(xlsx);

    if (!back.report().equals(seed)) {
      // a readable diff: both as JSON text
      assertThat(new ReportWriter().toJson(back.report()))
          .isEqualTo(new ReportWriter().toJson(seed));
    }
    assertThat(back.report()).isEqualTo(seed);
    assertThat(back.figureCells()).hasSize(seed.published().size());
  }

  @Test
  void writer_sameReport_sameBytes() throws Exception {
    Report seed = new ReportReader().read(SEED);
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    new ReportWorkbookWriter().write(seed, a);
    Thread.sleep(1100);
    new ReportWorkbookWriter().write(seed, b);
    assertThat(entries(b)).isEqualTo(entries(a));
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }
}
