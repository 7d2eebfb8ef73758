package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;
import org.lkjip.xlsx.ReportWorkbookReader;
import tools.jackson.databind.JsonNode;

/**
 * A report that names no region (a central agency, a transcribed table): it is read from JSON and
 * from a workbook, verified like any other, and the outputs name the agency alone.
 */
class RegionOptionalTests {
  private static final String SEED = "data/tebing-tinggi-2022.json";
  private static final String REGION = ", \"region\": \"Kota Tebing Tinggi\"";

  @TempDir Path temp;

  private Path withoutRegion() throws IOException {
    String seed = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
    assertThat(seed).contains(REGION);
    Path file = temp.resolve("no-region.json");
    Files.writeString(file, seed.replace(REGION, ""), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void read_withoutRegion_regionAbsentRestUnchanged() throws IOException {
    Report seed = new ReportReader().read(Path.of(SEED));
    Report none = new ReportReader().read(withoutRegion());

    assertThat(none.agency().region()).isEmpty();
    assertThat(none.agency().name()).isEqualTo(seed.agency().name());
    assertThat(none.published()).isEqualTo(seed.published());
  }

  @Test
  void verify_withoutRegion_sameFiguresTitleNamesTheAgencyAlone() throws IOException {
    Path file = withoutRegion();
    CliRun seed = CliRun.of("verify", SEED, "--format", "json");
    CliRun none = CliRun.of("verify", file.toString(), "--format", "json");
    CliRun text = CliRun.of("verify", file.toString(), "--lang", "en");

    assertThat(none.exitCode()).isEqualTo(seed.exitCode());
    JsonNode a = LkjipJson.mapper().readTree(seed.out());
    JsonNode b = LkjipJson.mapper().readTree(none.out());
    assertThat(b.has("region")).isFalse();
    assertThat(a.get("region").asString()).isEqualTo("Kota Tebing Tinggi");
    assertThat(b.get("figures")).isEqualTo(a.get("figures"));
    assertThat(text.out())
        .contains("LKjIP verification: Dinas Ketenagakerjaan dan Perindustrian, fiscal year 2022");
  }

  @Test
  void workbook_withoutRegion_roundTripsWithoutOne() throws IOException {
    Path workbook = temp.resolve("no-region.xlsx");
    CliRun export = CliRun.of("export", withoutRegion().toString(), "-o", workbook.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();

    Report back = new ReportWorkbookReader().readReport(workbook);

    assertThat(back.agency().region()).isEmpty();
    assertThat(back).isEqualTo(new ReportReader().read(withoutRegion()));
  }
}
