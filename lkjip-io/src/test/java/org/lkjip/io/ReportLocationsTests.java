package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.io.ReportLocations.Position;
import org.lkjip.model.Report;

class ReportLocationsTests {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void publishedPrinted_smallDocument_linesAndColumnsOfEachPrinted() {
    String json =
        String.join(
            "\n",
            "{",
            "  \"format\": \"lkjip-report/1\",",
            "  \"report\": {",
            "    \"plans\": [{\"published\": [{\"printed\": \"decoy\"}]}],",
            "    \"published\": [",
            "      {\"table\": \"Tabel 5\", \"printed\": \"52,74%\"},",
            "      {",
            "        \"extra\": {\"printed\": \"nested\"},",
            "        \"printed\": \"Rp 1.000\"",
            "      },",
            "      {\"table\": \"Tabel 6\", \"note\": [\"printed\"], \"printed\": \"\u00e9\"}",
            "    ]",
            "  }",
            "}");

    List<Position> at = ReportLocations.publishedPrinted(utf8(json));

    String[] lines = json.split("\n", -1);
    assertThat(at)
        .containsExactly(
            new Position(6, lines[5].indexOf("\"52,74%\"") + 1),
            new Position(9, lines[8].indexOf("\"Rp 1.000\"") + 1),
            new Position(11, lines[10].indexOf("\"\u00e9\"") + 1));
  }

  @Test
  void publishedPrinted_byteOrderMark_columnsOfTheText() {
    String json = "{\"report\": {\"published\": [{\"printed\": \"1\"}]}}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = new byte[bom.length + utf8(json).length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(utf8(json), 0, withBom, 3, utf8(json).length);

    assertThat(ReportLocations.publishedPrinted(withBom))
        .containsExactly(ReportLocations.publishedPrinted(utf8(json)).get(0))
        .containsExactly(new Position(1, json.indexOf("\"1\"") + 1));
  }

  @Test
  void publishedPrinted_noPublished_isEmpty() {
    assertThat(ReportLocations.publishedPrinted(utf8("{\"report\": {\"fiscalYear\": 2022}}")))
        .isEmpty();
    assertThat(ReportLocations.publishedPrinted(utf8("{\"format\": \"lkjip-report/1\"}")))
        .isEmpty();
  }

  @Test
  void publishedPrinted_seed_onePerFigure_onTheirPrintedLines() throws IOException {
    Path seed = TestFiles.seedTranscription();
    byte[] bytes = Files.readAllBytes(seed);
    Report report = new ReportReader().read(seed);
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);

    List<Position> at = ReportLocations.publishedPrinted(bytes);

    assertThat(at).hasSize(report.published().size());
    assertThat(lines.get(at.get(0).line() - 1)).contains("\"printed\"");
    for (int i = 0; i < at.size(); i++) {
      Position p = at.get(i);
      String line = lines.get(p.line() - 1);
      String printed = report.published().get(i).printed();
      assertThat(line.substring(p.column() - 1))
          .as("figure %d", i)
          .startsWith("\"" + printed.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
  }

  @Test
  void at_pathsOfMembersAndElements_whereTheirValuesStart() {
    String json =
        String.join(
            "\n",
            "{",
            "  \"report\": {",
            "    \"goals\": [",
            "      {\"id\": \"G1\", \"objectives\": []},",
            "      {\"id\": \"G2\", \"objectives\": [{\"skip\": {\"id\": \"x\"}, \"id\": \"S9\"}]}",
            "    ]",
            "  }",
            "}");
    String[] lines = json.split("\n", -1);

    assertThat(ReportLocations.at(utf8(json), "$.report.goals[1].objectives[0].id"))
        .contains(new Position(5, lines[4].indexOf("\"S9\"") + 1));
    assertThat(ReportLocations.at(utf8(json), "$.report.goals[1]"))
        .contains(new Position(5, lines[4].indexOf("{") + 1));
    assertThat(ReportLocations.at(utf8(json), "$.report.goals[0].objectives"))
        .contains(new Position(4, lines[3].indexOf("[") + 1));
    assertThat(ReportLocations.at(utf8(json), "$")).contains(new Position(1, 1));
  }

  @Test
  void at_absentOrMalformedPath_isEmpty() {
    byte[] json = utf8("{\"report\": {\"goals\": [{\"id\": \"G1\"}]}}");
    for (String path :
        List.of(
            "$.report.goals[1]",
            "$.report.plans",
            "$.report.goals.id",
            "$.report[0]",
            "report.goals",
            "$.report..goals",
            "$.report.goals[x]",
            "$.report.goals[0")) {
      assertThat(ReportLocations.at(json, path)).as(path).isEmpty();
    }
  }

  @Test
  void at_seed_agreesWithPublishedPrinted() throws IOException {
    byte[] bytes = Files.readAllBytes(TestFiles.seedTranscription());
    List<Position> printed = ReportLocations.publishedPrinted(bytes);

    for (int i = 0; i < printed.size(); i += 37) {
      assertThat(ReportLocations.at(bytes, "$.report.published[" + i + "].printed"))
          .as("published[%d]", i)
          .contains(printed.get(i));
    }
  }
}
