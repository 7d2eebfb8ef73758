package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Report;

class ReportWriterTests {
  private final ReportReader reader = new ReportReader();
  private final ReportWriter writer = new ReportWriter();

  @Test
  void toJson_validSamples_byteForByteAsWritten() throws IOException {
    List<Path> samples = TestFiles.files("valid", ".json");
    assertThat(samples).isNotEmpty();
    for (Path sample : samples) {
      String text = Files.readString(sample, StandardCharsets.UTF_8);

      assertThat(writer.toJson(reader.read(sample))).as(sample.toString()).isEqualTo(text);
    }
  }

  private static Report minimal() {
    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("Dinas \"Naker\"").region("Kota").build())
        .fiscalYear(2022)
        .build();
  }

  @Test
  void toJson_minimalReport_exactText() {
    assertThat(writer.toJson(minimal()))
        .isEqualTo(
            """
            {
              "format": "lkjip-report/1",
              "report": {
                "agency": {
                  "name": "Dinas \\"Naker\\"",
                  "region": "Kota"
                },
                "fiscalYear": 2022
              }
            }
            """);
  }

  @Test
  void toJson_largeAndSmallDecimals_plainNotation() {
    Report r =
        ImmutableReport.builder()
            .from(minimal())
            .title("t")
            .addPublished(
                org.lkjip.model.ImmutablePublishedFigure.builder()
                    .table("T")
                    .row("1")
                    .column("C")
                    .printed("p")
                    .measure(org.lkjip.model.Measure.OTHER)
                    .value(new BigDecimal("1E+12"))
                    .build(),
                org.lkjip.model.ImmutablePublishedFigure.builder()
                    .table("T")
                    .row("2")
                    .column("C")
                    .printed("p")
                    .measure(org.lkjip.model.Measure.OTHER)
                    .value(new BigDecimal("0.000000001"))
                    .build())
            .build();

    assertThat(writer.toJson(r))
        .contains("\"value\": 1000000000000,\n")
        .contains("\"value\": 0.000000001,\n")
        .doesNotContain("E+")
        .doesNotContain("E-");
  }

  @Test
  void write_stream_sameBytesAsToJsonAndStreamLeftOpen() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(minimal(), out);
    out.write('!');

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.toJson(minimal()) + "!");
  }

  @Test
  void write_file_readsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, "old content");

    writer.write(minimal(), file);

    assertThat(reader.read(file)).isEqualTo(minimal());
    try (var s = Files.list(dir)) {
      assertThat(s.toList()).containsExactly(file);
    }
  }
}
