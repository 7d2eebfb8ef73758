package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.model.Absence;
import org.lkjip.model.Measure;
import org.lkjip.model.Polarity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

class ReportReaderTests {
  private static final Path SAMPLE = TestFiles.directory("valid").resolve("sample-report.json");

  private final ReportReader reader = new ReportReader();

  @Test
  void read_sample_valuesAsWritten() {
    Report r = reader.read(SAMPLE);

    assertThat(r.fiscalYear()).isEqualTo(2022);
    assertThat(r.agency().region()).contains("Kota Tebing Tinggi");
    SubActivity gaji = r.find("1.a.1", SubActivity.class).orElseThrow();
    assertThat(gaji.budget()).isEqualTo(new BigDecimal("2693549200"));
    assertThat(gaji.spending()).contains(new BigDecimal("2602212755"));
    assertThat(gaji.spendingByPeriod()).hasSize(2);
    assertThat(r.indicators().get(0).polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(r.indicators().get(0).nationalStandard().orElseThrow().absence())
        .contains(Absence.NIL);
    assertThat(r.published()).extracting(f -> f.measure()).contains(Measure.PERIOD_SPENDING);
  }

  @Test
  void read_decimalWithTrailingZeros_keepsScale() {
    Report r = reader.read(SAMPLE);

    // "budget": 14620000.00 in the file: the scale printed is the scale kept.
    assertThat(r.find("2.a.1", SubActivity.class).orElseThrow().budget().scale()).isEqualTo(2);
  }

  @Test
  void read_streamAndString_sameReportAsFile() throws IOException {
    byte[] bytes = Files.readAllBytes(SAMPLE);
    Report fromFile = reader.read(SAMPLE);

    try (InputStream in = new ByteArrayInputStream(bytes)) {
      assertThat(reader.read("stream", in)).isEqualTo(fromFile);
    }
    assertThat(reader.read("text", new String(bytes, StandardCharsets.UTF_8))).isEqualTo(fromFile);
  }

  @Test
  void read_byteOrderMark_ignored() throws IOException {
    byte[] bytes = Files.readAllBytes(SAMPLE);
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);

    assertThat(reader.read("bom.json", withBom)).isEqualTo(reader.read(SAMPLE));
  }

  @Test
  void read_invalidUtf8_lineAndColumnOfBadByte() {
    byte[] doc =
        "{\n  \"format\": \"lkjip-report/1\",\n  \"report\": \"ab\u00FF\"}"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> reader.read("latin1.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(16);
              assertThat(e.problem())
                  .isEqualTo("not valid UTF-8: malformed byte 0xFF at byte offset 47");
            });
  }

  @Test
  void read_missingFile_errorNamesFile(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(LkjipInputException.class)
        .hasMessage(missing + ": $: no such file");
  }

  @Test
  void read_directory_error(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(LkjipInputException.class)
        .hasMessage(dir + ": $: is a directory, not a JSON file");
  }

  @Test
  void read_streamOverSizeLimit_stopsAtLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };

    assertThatThrownBy(() -> reader.read("endless", endless))
        .isInstanceOf(LkjipInputException.class)
        .hasMessage(
            "endless: $: document is larger than 67108864 bytes (Limits.MAX_DOCUMENT_BYTES)");
  }

  @Test
  void read_stringOverLengthLimit_error() {
    String longName = "x".repeat(Limits.MAX_STRING_LENGTH + 1);
    String doc =
        "{\"format\": \"lkjip-report/1\", \"report\": {\"agency\": {\"name\": \""
            + longName
            + "\", \"region\": \"R\"}, \"fiscalYear\": 2022}}";

    assertThatThrownBy(() -> reader.read("long.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.jsonPath()).isEqualTo("$.report.agency.name");
              assertThat(e.problem())
                  .isEqualTo("string longer than 1048576 characters (Limits.MAX_STRING_LENGTH)");
            });
  }

  @Test
  void read_propertyNameOverLimit_error() {
    String doc = "{\"" + "k".repeat(Limits.MAX_NAME_LENGTH + 1) + "\": 1}";

    assertThatThrownBy(() -> reader.read("name.json", doc))
        .isInstanceOf(LkjipInputException.class)
        .hasMessageContaining("property name longer than 256 characters");
  }

  @Test
  void read_derivedRangeFlag_isAnUnknownProperty() {
    String doc =
        "{\"format\": \"lkjip-report/1\", \"report\": {\"agency\": {\"name\": \"A\", \"region\":"
            + " \"R\"}, \"fiscalYear\": 2022, \"plans\": [{\"id\": \"p\", \"name\": \"P\","
            + " \"startYear\": 2021, \"endYear\": 2022, \"indicators\": [{\"id\": \"i\", \"name\":"
            + " \"I\", \"unit\": \"%\", \"targets\": [{\"year\": 2022, \"value\": 1, \"isRange\":"
            + " true}]}]}]}}";

    assertThatThrownBy(() -> reader.read("derived.json", doc))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.jsonPath())
                  .isEqualTo("$.report.plans[0].indicators[0].targets[0].isRange");
              assertThat(e.problem()).startsWith("unknown property 'isRange'");
            });
  }

  @Test
  void read_numberAsStringForEnum_rejected() {
    String doc =
        "{\"format\": \"lkjip-report/1\", \"report\": {\"agency\": {\"name\": \"A\", \"region\":"
            + " \"R\"}, \"fiscalYear\": 2022, \"published\": [{\"table\": \"T\", \"row\": \"1\","
            + " \"column\": \"C\", \"printed\": \"1\", \"measure\": 3}]}}";

    assertThatThrownBy(() -> reader.read("enum.json", doc))
        .isInstanceOf(LkjipInputException.class)
        .hasMessageContaining("$.report.published[0].measure: expected a string, one of");
  }

  @Test
  void read_emptyArrays_acceptedAsEmpty() {
    String doc =
        "{\"report\": {\"agency\": {\"name\": \"A\", \"region\": \"R\"}, \"fiscalYear\": 2022,"
            + " \"goals\": [], \"programs\": []}, \"format\": \"lkjip-report/1\"}";

    Report r = reader.read("empty-lists.json", doc);

    assertThat(r.goals()).isEmpty();
    assertThat(new ReportWriter().toJson(r)).doesNotContain("goals").doesNotContain("programs");
  }
}
