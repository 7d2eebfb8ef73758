package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lkjip.model.Report;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast path of the reader against the strict path, document by document (see {@link
 * FastPathCheck}): on every test resource, the seed transcription, generated reports written in
 * several layouts, damaged samples and hand-picked edge cases, the fast path either declines or
 * reads a report equal to the strict path's, and it declines no document the strict path accepts.
 */
class ReportBinderTests {
  private static final Path RESOURCES =
      java.util.Objects.requireNonNull(TestFiles.directory("valid").getParent());
  private static final Path SAMPLE = TestFiles.directory("valid").resolve("sample-report.json");

  /** Checks documents and fails with every problem and every declined valid document. */
  private static final class Tally {
    final List<String> problems = new ArrayList<>();
    final List<String> declinedValid = new ArrayList<>();
    int accepted;
    int rejected;

    void check(String name, byte[] doc) {
      FastPathCheck.Result r = FastPathCheck.check(doc);
      if (r.problem() != null) {
        problems.add(name + ": " + r.problem());
      }
      if (r.declinedValid()) {
        declinedValid.add(name + ": " + r.declined());
      }
      if (r.strictAccepted()) {
        accepted++;
      } else {
        rejected++;
      }
    }

    void check(String name, String doc) {
      check(name, doc.getBytes(StandardCharsets.UTF_8));
    }

    void assertAgreed() {
      assertThat(problems).as("documents the two paths disagree on").isEmpty();
      assertThat(declinedValid).as("valid documents the fast path declined").isEmpty();
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyTestResource_pathsAgree() throws IOException {
    Tally tally = new Tally();
    List<Path> files;
    try (Stream<Path> s = Files.walk(RESOURCES)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      tally.check(RESOURCES.relativize(f).toString(), bytes(f));
    }

    tally.assertAgreed();
    // The corpus is mostly malformed documents; a few hundred files in all.
    assertThat(files).hasSizeGreaterThan(400);
    assertThat(tally.accepted).isPositive();
    assertThat(tally.rejected).isGreaterThan(300);
  }

  @Test
  void validDocuments_readByTheFastPath() {
    for (Path valid : List.of(SAMPLE, TestFiles.seedTranscription())) {
      ReportBinder.Outcome fast = ReportBinder.bind(bytes(valid));

      assertThat(fast.declined()).as(valid.toString()).isNull();
      assertThat(fast.report()).isEqualTo(ReportReader.readStrictly("x", bytes(valid)));
    }
  }

  @Test
  void generatedReports_pathsAgreeInEveryLayout() {
    Tally tally = new Tally();
    ReportWriter writer = new ReportWriter();
    for (long seed : new long[] {1, 2, 3, 20_221_231L}) {
      qt().withFixedSeed(seed)
          .withExamples(100)
          .forAll(ReportGen.reports())
          .checkAssert(
              report -> {
                String pretty = writer.toJson(report);
                tally.check("pretty", pretty);
                JsonNode tree = LkjipJson.mapper().readTree(pretty);
                tally.check("compact", LkjipJson.mapper().writeValueAsString(tree));
                tally.check("crlf", pretty.replace("\n", "\r\n"));
                tally.check("bom", "\uFEFF" + pretty);
                assertThat(ReportBinder.bind(pretty).report()).isEqualTo(report);
              });
    }

    tally.assertAgreed();
    assertThat(tally.rejected).isZero();
  }

  @Test
  void sampleWithSpanReplaced_pathsAgree() {
    String sample = new String(bytes(SAMPLE), StandardCharsets.UTF_8);
    Tally tally = new Tally();
    for (long seed : new long[] {7, 8, 9}) {
      qt().withFixedSeed(seed)
          .withExamples(1500)
          .forAll(
              integers().between(0, sample.length()),
              integers().between(0, 12),
              strings().basicLatinAlphabet().ofLengthBetween(0, 4))
          .checkAssert(
              (at, length, insert) ->
                  tally.check(
                      "span",
                      sample.substring(0, at)
                          + insert
                          + sample.substring(Math.min(sample.length(), at + length))));
    }

    tally.assertAgreed();
    assertThat(tally.accepted).isPositive();
    assertThat(tally.rejected).isPositive();
  }

  @Test
  void sampleCut_pathsAgree() {
    byte[] sample = bytes(SAMPLE);
    Tally tally = new Tally();
    for (int at = 0; at < sample.length; at += 7) {
      tally.check("cut at " + at, java.util.Arrays.copyOf(sample, at));
    }

    tally.assertAgreed();
  }

  /** A small report using every model type, with {@code @X@} where an edge case goes. */
  private static final String TEMPLATE =
      """
      {"format": "lkjip-report/1", "report": {
        "agency": {"name": "A", "region": "R", "province": @PROVINCE@},
        "fiscalYear": @YEAR@,
        "title": "T",
        "plans": [{"id": "p", "name": "P", "startYear": 2020, "endYear": 2022, "decree": "D",
          "indicators": [{"id": "pi", "name": "PI", "unit": "%"}]}],
        "statedScale": {"id": "s", "name": "S", "source": "x", "confidence": "y",
          "bands": [{"label": "B", "lower": {"value": 1, "inclusive": @BOOL@},
                     "upper": {"value": 100.5, "inclusive": false}}]},
        "ruleSet": "r",
        "goals": [{"id": "g", "name": "G", "objectives": [{"id": "o", "name": "O",
          "indicators": [{"id": "i", "name": "I", "unit": "%", "polarity": @POLARITY@,
            "formula": "lkjip:ratio", "formulaText": "a/b", "dataSource": "Internal",
            "inputs": [{"name": "a", "year": 2022, "value": @DECIMAL@,
                        "source": {"dataset": "d", "row": "r1", "column": "c1"}},
                       {"name": "b", "year": 2022, "absence": @ABSENCE@}],
            "targets": [{"year": 2022, "value": 1.50, "printed": "1,5"},
                        {"year": 2021, "low": 1, "high": 2}],
            "planEndTarget": {"absence": "NOT_APPLICABLE"},
            "nationalStandard": {"value": 3}}]}]}],
        "programs": [{"id": "1", "code": "2.07", "name": "P", "outcome": "x",
          "activities": [{"id": "1.a", "code": "2.07.1", "name": "A",
            "subActivities": [{"id": "1.a.1", "code": "2.07.1.1", "name": "S",
              "output": {"indicator": "x", "target": {"amount": 12, "unit": "bulan"},
                         "actual": {"amount": 11, "unit": "bulan"}},
              "budget": 1000, "spending": 900.00,
              "spendingByPeriod": [{"fromQuarter": @QUARTER@, "toQuarter": 4, "amount": 900}],
              "physicalProgress": 90}]}]}],
        "alignments": [{"id": "al", "table": "Tabel 1",
          "links": [{"objective": "o", "line": "1.a.1", "share": 50}]}],
        "datasets": [{"id": "d", "title": "D", "year": 2022, "columns": [@COLUMN@],
          "rows": [{"label": "r1", "cells": [{"value": 1, "printed": "1"}]}],
          "total": {"label": "Jumlah", "cells": [{"absence": "NIL"}]}}],
        "published": [{"table": "Tabel 5", "row": "1", "column": "c", "printed": "90%",
          "value": 90, "measure": @MEASURE@, "subject": "1.a.1", "year": 2022,
          "fromQuarter": 1, "toQuarter": 4}]
      }}
      """;

  private static final List<String> PLACEHOLDERS =
      List.of(
          "@PROVINCE@",
          "@YEAR@",
          "@BOOL@",
          "@POLARITY@",
          "@DECIMAL@",
          "@ABSENCE@",
          "@QUARTER@",
          "@COLUMN@",
          "@MEASURE@");

  private static final List<String> DEFAULTS =
      List.of(
          "\"P\"",
          "2022",
          "true",
          "\"NEGATIVE\"",
          "5",
          "\"NIL\"",
          "1",
          "\"c1\"",
          "\"PERIOD_SPENDING\"");

  private static String template(String placeholder, String value) {
    String doc = TEMPLATE;
    for (int i = 0; i < PLACEHOLDERS.size(); i++) {
      doc =
          doc.replace(
              PLACEHOLDERS.get(i),
              PLACEHOLDERS.get(i).equals(placeholder) ? value : DEFAULTS.get(i));
    }
    return doc;
  }

  /** Values for every kind of scalar slot: the valid ones and the ones only databind may judge. */
  private static final List<String> EDGE_VALUES =
      List.of(
          "0",
          "-0",
          "1",
          "-1",
          "5",
          "2022",
          "1900",
          "2200",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "99999999999999999999999999999",
          "2022.0",
          "2.022e3",
          "2022e0",
          "1e3",
          "1E3",
          "1e+3",
          "1.0e3",
          "0e5",
          "-0e0",
          "0.0",
          "-0.0",
          "1.50",
          "12.500",
          "1e-100",
          "1e100",
          "1e-101",
          "1e101",
          "1e999999999",
          "-1e-999999999",
          "0.000000000000000000001",
          "123456789012345678901234567890.123456789",
          "01",
          ".5",
          "1.",
          "+1",
          "-",
          "1e",
          "NaN",
          "Infinity",
          "-Infinity",
          "true",
          "false",
          "null",
          "\"\"",
          "\" \"",
          "\"5\"",
          "\"2022\"",
          "\"true\"",
          "\"x\"",
          "\"NIL\"",
          "\"NIL \"",
          "\" NIL\"",
          "\"nil\"",
          "\"Nihil\"",
          "\"N/A\"",
          "\"NOT_APPLICABLE\"",
          "\"NOT_REPORTED\"",
          "\"POSITIVE\"",
          "\"NEGATIVE\"",
          "\"Positive\"",
          "\"0\"",
          "\"1\"",
          "\"OTHER\"",
          "\"PERIOD_SPENDING\"",
          "\"BUDGET\"",
          "\"c1\\u0000\"",
          "\"\\u0063\\u0031\"",
          "\"\\ud83d\\ude00\"",
          "\"\\ud800\"",
          "\"é\"",
          "\"\\\"\"",
          "[]",
          "[1]",
          "[\"c1\"]",
          "{}",
          "{\"value\": 1}",
          "\"c1\", \"c2\"",
          "\"c1\", \"c1\"",
          "\"c1\", 1");

  @Test
  void template_isValidAndReadByTheFastPath() {
    String doc = template("", "");
    ReportBinder.Outcome fast = ReportBinder.bind(doc);

    assertThat(fast.declined()).isNull();
    assertThat(fast.report()).isEqualTo(ReportReader.readStrictly("x", doc));
  }

  @Test
  void edgeValuesInEverySlot_pathsAgree() {
    Tally tally = new Tally();
    for (String placeholder : PLACEHOLDERS) {
      for (String value : EDGE_VALUES) {
        tally.check(placeholder + " = " + value, template(placeholder, value));
      }
    }

    tally.assertAgreed();
    assertThat(tally.accepted).isGreaterThan(PLACEHOLDERS.size());
  }

  /** Whole-document variants: envelope, layout, encodings, trailing content. */
  @Test
  void documentVariants_pathsAgree() {
    String doc = template("", "");
    String report =
        doc.substring(doc.indexOf('{', doc.indexOf("\"report\"")), doc.lastIndexOf('}'));
    List<String> variants =
        List.of(
            doc,
            "  \n\t" + doc + " \n\r\n ",
            doc.replace("\n", "\r"),
            doc.replace("\n", ""),
            "{\"report\": " + report + ", \"format\": \"lkjip-report/1\"}",
            "{\"format\": \"lkjip-report/1\", \"format\": \"lkjip-report/1\", \"report\": "
                + report
                + "}",
            "{\"format\": \"lkjip-report/1\", \"report\": "
                + report
                + ", \"report\": "
                + report
                + "}",
            "{\"format\": \"lkjip-report/2\", \"report\": " + report + "}",
            "{\"format\": \"LKJIP-REPORT/1\", \"report\": " + report + "}",
            "{\"report\": " + report + "}",
            "{\"format\": \"lkjip-report/1\"}",
            "{\"format\": \"lkjip-report/1\", \"report\": " + report + ", \"x\": 1}",
            "{\"\\u0066ormat\": \"lkjip-report/1\", \"report\": " + report + "}",
            "{\"format\": \"lkjip-report\\/1\", \"report\": " + report + "}",
            "{\"format\": \"lkjip-report/1\", \"report\": [" + report + "]}",
            "[" + doc + "]",
            doc + doc,
            doc + "x",
            doc + "{}",
            doc + "\u0000",
            doc + "// comment",
            doc + "\uFEFF",
            "\uFEFF" + doc,
            "\uFEFF\uFEFF" + doc,
            "\u00A0" + doc,
            doc.replace("\"agency\"", "\"agency\" ").replace("\"report\":", "\"report\" :"),
            doc.replace("\"fiscalYear\"", "\"fiscalYear\" \t"),
            doc.replace("\"title\": \"T\",", "\"title\": \"T\",\n\"title\": \"U\","),
            doc.replace("\"title\": \"T\",", ""),
            doc.replace("\"fiscalYear\": 2022,", ""),
            doc.replace("\"budget\": 1000,", ""),
            doc.replace("\"polarity\": \"NEGATIVE\",", ""),
            doc.replace("\"objectives\"", "\"Objectives\""),
            doc.replace("\"agency\"", "\"_agency\""),
            doc.replace("\"title\": \"T\",", "\"objectives\": [],"),
            doc.replace("\"title\": \"T\",", "\"indicators\": [],"),
            doc.replace("\"title\": \"T\",", "\"elementsById\": {},"),
            doc.replace("\"title\": \"T\",", "\"@class\": \"x\","),
            doc.replace("\"plans\": [", "\"plans\": [],\"plans2\": ["),
            doc.replace("\"indicators\": [{\"id\": \"pi\"", "\"indicators\": [1, {\"id\": \"pi\""));
    Tally tally = new Tally();
    for (String v : variants) {
      tally.check(v.length() > 60 ? v.substring(0, 60) : v, v);
    }
    byte[] utf8 = doc.getBytes(StandardCharsets.UTF_8);
    for (java.nio.charset.Charset other :
        List.of(
            StandardCharsets.UTF_16,
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE,
            java.nio.charset.Charset.forName("UTF-32"),
            java.nio.charset.Charset.forName("UTF-32LE"))) {
      tally.check(other.name(), doc.getBytes(other));
    }
    tally.check(
        "latin-1",
        "{\"format\": \"lkjip-report/1\", \"report\": {\"title\": \"é\"}}"
            .getBytes(StandardCharsets.ISO_8859_1));
    // An encoded surrogate pair (CESU-8), which strict UTF-8 rejects (Jackson 3.3 also does).
    byte[] surrogates = {
      (byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80
    };
    tally.check("cesu-8 in a valid report", splice(utf8, "\"title\": \"T", surrogates));
    tally.check(
        "overlong in a valid report",
        splice(utf8, "\"title\": \"T", new byte[] {(byte) 0xC1, (byte) 0xBF}));
    tally.check("nul in a valid report", splice(utf8, "\"title\": \"T", new byte[] {0}));

    tally.assertAgreed();
    assertThat(tally.accepted).isGreaterThan(5);
  }

  /** The bytes with {@code insert} put right after the first {@code after}. */
  private static byte[] splice(byte[] doc, String after, byte[] insert) {
    String text = new String(doc, StandardCharsets.UTF_8);
    int at = text.indexOf(after) + after.length();
    byte[] out = new byte[doc.length + insert.length];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(doc, at, out, at + insert.length, doc.length - at);
    return out;
  }

  /** Every object of a JSON tree, with the path to it. */
  private static void objects(JsonNode node, String path, Map<String, ObjectNode> found) {
    if (node instanceof ObjectNode o) {
      found.put(path, o);
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        objects(e.getValue(), path + "." + e.getKey(), found);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        objects(a.get(i), path + "[" + i + "]", found);
      }
    }
  }

  private static final String MARK = "@@lkjip-slot@@";

  /**
   * The maximal report, with each property of each object in turn given twice, and in turn replaced
   * by a value of every other JSON type (and each array element likewise): every one is rejected by
   * the strict path and declined by the fast path.
   */
  @Test
  void maximalReport_everyPropertyRepeatedOrOfAnotherType_pathsAgree() {
    String json = new ReportWriter().toJson(MaximalReport.report());
    JsonNode original = LkjipJson.mapper().readTree(json);
    Map<String, ObjectNode> paths = new LinkedHashMap<>();
    objects(original, "$", paths);
    List<String> values =
        List.of("null", "\"x\"", "\"\"", "1", "-1", "1.5", "1e400", "true", "[]", "[null]", "{}");
    Tally tally = new Tally();
    int slots = 0;
    for (Map.Entry<String, ObjectNode> object : paths.entrySet()) {
      String path = object.getKey();
      for (String name : List.copyOf(object.getValue().propertyNames())) {
        slots++;
        // Given twice: the copy is written under a mark, then renamed in the text.
        JsonNode copy = original.deepCopy();
        Map<String, ObjectNode> inCopy = new LinkedHashMap<>();
        objects(copy, "$", inCopy);
        ObjectNode target = java.util.Objects.requireNonNull(inCopy.get(path));
        target.set(MARK, target.get(name).deepCopy());
        tally.check(
            path + "." + name + " twice",
            LkjipJson.mapper().writeValueAsString(copy).replace(MARK, name));
        for (String value : values) {
          target.remove(MARK);
          target.put(name, MARK);
          tally.check(
              path + "." + name + " = " + value,
              LkjipJson.mapper().writeValueAsString(copy).replace("\"" + MARK + "\"", value));
          target.set(name, original.at(pointer(path + "." + name)).deepCopy());
          if (target.get(name) instanceof ArrayNode a && !a.isEmpty()) {
            a.set(0, MARK);
            tally.check(
                path + "." + name + "[0] = " + value,
                LkjipJson.mapper().writeValueAsString(copy).replace("\"" + MARK + "\"", value));
            target.set(name, original.at(pointer(path + "." + name)).deepCopy());
          }
        }
      }
    }

    tally.assertAgreed();
    assertThat(slots).isGreaterThan(ReportBinder.PROPERTIES.size() * 2);
    // A few replacements are valid (an empty optional string, another number), most are not.
    assertThat(tally.rejected).isGreaterThan(slots * values.size() / 2);
  }

  /** A JSON pointer for a path of the form {@code $.a.b[0].c}. */
  private static String pointer(String path) {
    return path.substring(1).replace('.', '/').replaceAll("\\[(\\d+)\\]", "/$1");
  }

  @Test
  void bind_declines_sayWhy() {
    assertThat(
            ReportBinder.bind("{\"format\": \"lkjip-report/1\", \"report\": {\"x\": 1}}")
                .declined())
        .isEqualTo("unknown property 'x' of Report");
    assertThat(ReportBinder.bind(new byte[] {'{', '}'}).declined())
        .isEqualTo("shorter than any report");
    assertThat(ReportBinder.bind("[1]").declined()).isEqualTo("the document is not an object");
    assertThat(ReportBinder.bind("{\"format\": \"lkjip-report/1\", \"report\": {}}").declined())
        .startsWith("java.lang.IllegalStateException: Cannot build Report");
    assertThat(ReportBinder.bind(template("", "") + " x").declined())
        .startsWith("tools.jackson.core.exc.StreamReadException");
  }

  @Test
  void read_validDocument_sameReportAsStrictPath() {
    Report strict = ReportReader.readStrictly("x", bytes(SAMPLE));

    assertThat(new ReportReader().read(SAMPLE)).isEqualTo(strict);
  }
}
