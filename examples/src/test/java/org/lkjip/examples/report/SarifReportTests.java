package org.lkjip.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.audit.Checks;
import org.lkjip.evaluation.audit.ConsistencyCheck;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.AuditedReport.SourceLocation;
import org.lkjip.io.ReportReader;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF log: valid SARIF 2.1.0, one result per problem, located, stably fingerprinted. */
class SarifReportTests {
  private static final String SEED_JSON = "data/tebing-tinggi-2022.json";
  private static final String SEED_XLSX = "data/tebing-tinggi-2022.xlsx";

  private static final JsonMapper PLAIN =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static Schema schema;
  private static Report seedReport;
  private static AuditedReport seedJson;
  private static AuditedReport seedWorkbook;

  @BeforeAll
  static void setUp() throws IOException {
    try (InputStream in = SarifReportTests.class.getResourceAsStream("sarif-2.1.0-rtm.5.json")) {
      assertThat(in).as("vendored SARIF schema").isNotNull();
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    byte[] bytes = Files.readAllBytes(Path.of(SEED_JSON));
    seedReport = new ReportReader().read(SEED_JSON, bytes);
    seedJson = AuditedReports.json(SEED_JSON, seedReport, bytes);
    seedWorkbook = AuditedReports.workbook(SEED_XLSX);
  }

  private static Verification verify(Report report) {
    return AuditedReports.verify(report);
  }

  /** What the results should number: every figure that is not a MATCH, and every finding. */
  private static int expectedResults(Verification v) {
    int n = v.findings().size();
    for (FigureReconciliation f : v.figures()) {
      if (f.status() != ReconciliationStatus.MATCH) {
        n++;
      }
    }
    return n;
  }

  private static JsonNode render(AuditedReport... reports) {
    String sarif = SarifReport.render(List.of(reports));
    assertThat(sarif).endsWith("}\n").doesNotEndWith("\n\n");
    JsonNode log = PLAIN.readTree(sarif);
    List<Error> errors = schema.validate(log);
    assertThat(errors).as("SARIF 2.1.0 schema").isEmpty();
    return log;
  }

  private static JsonNode run(JsonNode log) {
    assertThat(log.get("runs").size()).isEqualTo(1);
    return log.get("runs").get(0);
  }

  private static List<JsonNode> results(JsonNode log, String ruleId) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode r : run(log).get("results")) {
      if (r.get("ruleId").asString().equals(ruleId)) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void seedJson_isValidSarif_withOneResultPerProblem() {
    JsonNode log = render(seedJson);
    Verification v = seedJson.verification();

    assertThat(log.get("$schema").asString())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    JsonNode driver = run(log).get("tool").get("driver");
    assertThat(driver.get("name").asString()).isEqualTo("lkjip");
    assertThat(driver.get("version").asString()).isNotEmpty();
    assertThat(run(log).get("results").size()).isEqualTo(expectedResults(v)).isPositive();
    long mismatches =
        v.figures().stream().filter(f -> f.status() == ReconciliationStatus.MISMATCH).count();
    assertThat(results(log, SarifReport.MISMATCH)).hasSize((int) mismatches);
    assertThat(mismatches).as("the seed has mismatches").isPositive();
    for (JsonNode r : run(log).get("results")) {
      assertThat(r.get("partialFingerprints").get(SarifReport.FINGERPRINT).asString())
          .matches("[0-9a-f]{32}");
      assertThat(r.get("properties").isObject()).isTrue();
      JsonNode artifact = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertThat(artifact.get("uri").asString()).isEqualTo(SEED_JSON);
      assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
      assertThat(artifact.get("index").asInt()).isZero();
    }
    JsonNode artifacts = run(log).get("artifacts");
    assertThat(artifacts.size()).isEqualTo(1);
    assertThat(artifacts.get(0).get("location").get("uri").asString()).isEqualTo(SEED_JSON);
  }

  @Test
  void seedJson_mismatchRegions_pointAtPrintedLines() throws IOException {
    List<String> lines = Files.readAllLines(Path.of(SEED_JSON), StandardCharsets.UTF_8);
    JsonNode log = render(seedJson);

    List<JsonNode> mismatches = results(log, SarifReport.MISMATCH);
    assertThat(mismatches).isNotEmpty();
    for (JsonNode r : mismatches) {
      JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
      int line = region.get("startLine").asInt();
      int column = region.get("startColumn").asInt();
      String text = lines.get(line - 1);
      assertThat(text).contains("\"printed\"");
      String printed = r.get("properties").get("printed").asString();
      assertThat(text.substring(column - 1)).startsWith("\"" + printed);
      assertThat(r.get("level").asString()).isEqualTo("error");
      assertThat(r.get("message").get("text").asString())
          .contains("printed " + printed)
          .contains(r.get("properties").get("table").asString() + " row ");
      assertThat(r.get("properties").get("status").asString()).isEqualTo("MISMATCH");
    }
  }

  @Test
  void levels_followStatusAndSeverity() {
    JsonNode log = render(seedJson);
    Map<String, String> expected =
        Map.of(
            "MISMATCH", "error",
            "MATCH_WITH_OTHER_ROUNDING", "note",
            "NOT_RECOMPUTABLE", "warning");
    for (JsonNode r : run(log).get("results")) {
      JsonNode p = r.get("properties");
      if (p.has("status")) {
        assertThat(r.get("level").asString()).isEqualTo(expected.get(p.get("status").asString()));
      } else {
        String severity = p.get("severity").asString();
        assertThat(r.get("level").asString())
            .isEqualTo(
                switch (severity) {
                  case "ERROR" -> "error";
                  case "WARNING" -> "warning";
                  default -> "note";
                });
        assertThat(r.get("ruleId").asString()).isEqualTo(p.get("check").asString());
      }
    }
  }

  @Test
  void rules_sortedOnePerCheckAndOutcome_andResultsIndexThem() {
    JsonNode log = render(seedJson);
    JsonNode rules = run(log).get("tool").get("driver").get("rules");
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : rules) {
      ids.add(rule.get("id").asString());
      assertThat(rule.get("shortDescription").get("text").asString()).isNotEmpty();
      assertThat(rule.get("fullDescription").get("text").asString()).isNotEmpty();
      assertThat(rule.get("help").get("text").asString()).isNotEmpty();
      assertThat(rule.get("defaultConfiguration").get("level").asString())
          .isIn("error", "warning", "note");
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(ids)
        .contains(SarifReport.MISMATCH, SarifReport.OTHER_ROUNDING, SarifReport.NOT_RECOMPUTABLE)
        .doesNotContain("figure/match");
    for (ConsistencyCheck c : Checks.builtIns()) {
      assertThat(ids).contains(c.id());
      JsonNode rule = rules.get(ids.indexOf(c.id()));
      assertThat(rule.get("fullDescription").get("text").asString()).contains(c.description());
    }
    assertThat(ids.indexOf(SarifReport.MISMATCH)).isNotNegative();
    assertThat(
            rules
                .get(ids.indexOf(SarifReport.MISMATCH))
                .get("defaultConfiguration")
                .get("level")
                .asString())
        .isEqualTo("error");
    for (JsonNode r : run(log).get("results")) {
      assertThat(ids.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asString());
    }
  }

  @Test
  void everyBuiltInCheck_hasAKnownDefaultLevel() {
    Set<String> builtIns =
        Checks.builtIns().stream().map(ConsistencyCheck::id).collect(Collectors.toSet());
    assertThat(SarifReport.checksWithKnownSeverity()).isEqualTo(builtIns);
  }

  @Test
  void seedWorkbook_isValidSarif_locatedAtCells() {
    JsonNode log = render(seedWorkbook);
    Verification v = seedWorkbook.verification();

    assertThat(run(log).get("results").size()).isEqualTo(expectedResults(v)).isPositive();
    int located = 0;
    for (JsonNode r : run(log).get("results")) {
      JsonNode location = r.get("locations").get(0);
      JsonNode physical = location.get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo(SEED_XLSX);
      assertThat(physical.has("region")).isFalse();
      if (r.get("properties").has("status")) {
        JsonNode logical = location.get("logicalLocations").get(0);
        assertThat(logical.get("name").asString()).matches("'Angka Terbit'!D[0-9]+");
        assertThat(logical.get("kind").asString()).isEqualTo("element");
        located++;
      }
    }
    assertThat(located).isPositive();
    assertThat(run(log).get("artifacts").get(0).get("mimeType").asString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void findings_locatedAtTheirFirstFigure_elseAtTheArtifact() {
    JsonNode log = render(seedJson);
    Verification v = seedJson.verification();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < v.figures().size(); i++) {
      PublishedFigure p = v.figures().get(i).published();
      first.putIfAbsent(p.table() + "|" + p.row() + "|" + p.column(), i);
    }
    List<JsonNode> findings = new ArrayList<>();
    for (JsonNode r : run(log).get("results")) {
      if (r.get("properties").has("check")) {
        findings.add(r);
      }
    }
    assertThat(findings).hasSize(v.findings().size());
    boolean sawLocated = false;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = v.findings().get(i);
      JsonNode physical = findings.get(i).get("locations").get(0).get("physicalLocation");
      assertThat(findings.get(i).get("message").get("text").asString()).isEqualTo(f.message());
      // the facts as data, key by key and in order
      JsonNode facts = findings.get(i).get("properties").get("facts");
      assertThat(facts.propertyNames()).containsExactlyElementsOf(factKeys(f));
      for (org.lkjip.evaluation.audit.Fact x : f.facts()) {
        assertThat(facts.get(x.key()).asString()).isEqualTo(x.value());
      }
      Integer at =
          f.table().isPresent() && f.row().isPresent() && f.column().isPresent()
              ? first.get(f.table().get() + "|" + f.row().get() + "|" + f.column().get())
              : null;
      if (at == null) {
        assertThat(physical.has("region")).isFalse();
      } else {
        SourceLocation s = seedJson.figureLocation(at).orElseThrow();
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(s.line());
        sawLocated = true;
      }
    }
    assertThat(sawLocated).as("some finding is at a figure").isTrue();
  }

  @Test
  void twoReports_oneRun_eachWithItsArtifact() {
    JsonNode log = render(seedJson, seedWorkbook);

    assertThat(run(log).get("results").size())
        .isEqualTo(
            expectedResults(seedJson.verification())
                + expectedResults(seedWorkbook.verification()));
    JsonNode artifacts = run(log).get("artifacts");
    assertThat(artifacts.size()).isEqualTo(2);
    assertThat(artifacts.get(0).get("location").get("uri").asString()).isEqualTo(SEED_JSON);
    assertThat(artifacts.get(1).get("location").get("uri").asString()).isEqualTo(SEED_XLSX);
    Map<Integer, Integer> perArtifact = new HashMap<>();
    for (JsonNode r : run(log).get("results")) {
      JsonNode a = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      int index = a.get("index").asInt();
      assertThat(a.get("uri").asString()).isEqualTo(index == 0 ? SEED_JSON : SEED_XLSX);
      perArtifact.merge(index, 1, Integer::sum);
    }
    assertThat(perArtifact)
        .containsEntry(0, expectedResults(seedJson.verification()))
        .containsEntry(1, expectedResults(seedWorkbook.verification()));
  }

  @Test
  void output_isDeterministic_andFingerprintsStable() {
    String once = SarifReport.render(List.of(seedJson));
    String twice = SarifReport.render(List.of(seedJson));
    assertThat(twice).isEqualTo(once);
    byte[] bytes = once.getBytes(StandardCharsets.UTF_8);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(once);
  }

  @Test
  void fingerprints_unchangedWhenAnUnrelatedFigureIsRemoved() throws IOException {
    Verification v = seedJson.verification();
    Set<String> troubled = new TreeSet<>();
    for (FigureReconciliation f : v.figures()) {
      if (f.status() != ReconciliationStatus.MATCH) {
        troubled.add(f.published().table());
      }
    }
    for (Finding f : v.findings()) {
      f.table().ifPresent(troubled::add);
    }
    // The first matching figure of a table with no problem at all: removing it shifts every later
    // figure's index, and fingerprints must not care.
    int unrelated = -1;
    for (int i = 0; i < v.figures().size(); i++) {
      FigureReconciliation f = v.figures().get(i);
      if (f.status() == ReconciliationStatus.MATCH && !troubled.contains(f.published().table())) {
        unrelated = i;
        break;
      }
    }
    assertThat(unrelated).as("an unrelated figure").isNotNegative();
    List<PublishedFigure> published = new ArrayList<>(seedReport.published());
    published.remove(unrelated);
    Report smaller = ImmutableReport.copyOf(seedReport).withPublished(published);
    AuditedReport modified = new AuditedReport(SEED_JSON, verify(smaller), ImmutableList.of());

    Map<String, String> before = fingerprints(render(seedJson));
    Map<String, String> again = fingerprints(render(seedJson));
    Map<String, String> after = fingerprints(render(modified));

    assertThat(again).isEqualTo(before);
    assertThat(after).isEqualTo(before);
  }

  /** Each result's fingerprint by what the result is about, with the rule. */
  private static Map<String, String> fingerprints(JsonNode log) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode r : run(log).get("results")) {
      JsonNode p = r.get("properties");
      String key =
          r.get("ruleId").asString()
              + "|"
              + r.get("message").get("text").asString()
              + "|"
              + p.path("table").asString("")
              + "|"
              + p.path("row").asString("");
      out.put(key, r.get("partialFingerprints").get(SarifReport.FINGERPRINT).asString());
    }
    return out;
  }

  @Test
  void artifactUris_forwardSlashes_encoded_relativeOrFile() {
    Verification v = seedJson.verification();
    JsonNode relative = render(new AuditedReport("data\\my report.json", v, ImmutableList.of()));
    JsonNode location = run(relative).get("artifacts").get(0).get("location");
    assertThat(location.get("uri").asString()).isEqualTo("data/my%20report.json");
    assertThat(location.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");

    JsonNode absolute = render(new AuditedReport("/tmp/laporan.json", v, ImmutableList.of()));
    location = run(absolute).get("artifacts").get(0).get("location");
    assertThat(location.get("uri").asString()).isEqualTo("file:///tmp/laporan.json");
    assertThat(location.has("uriBaseId")).isFalse();

    JsonNode windows = render(new AuditedReport("C:\\lkjip\\laporan.xlsx", v, ImmutableList.of()));
    assertThat(run(windows).get("artifacts").get(0).get("location").get("uri").asString())
        .isEqualTo("file:///C:/lkjip/laporan.xlsx");
  }

  private static List<String> factKeys(Finding f) {
    return f.facts().stream().map(org.lkjip.evaluation.audit.Fact::key).toList();
  }
}
