package org.lkjip.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The GitLab Code Quality report: valid, one issue per problem, located, unique fingerprints. */
class CodeQualityReportTests {
  private static final String SEED_JSON = "data/tebing-tinggi-2022.json";
  private static final String SEED_XLSX = "data/tebing-tinggi-2022.xlsx";
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static Schema schema;
  private static byte[] seedBytes;
  private static AuditedReport seedJson;
  private static AuditedReport seedWorkbook;

  @BeforeAll
  static void setUp() throws IOException {
    try (InputStream in =
        CodeQualityReportTests.class.getResourceAsStream("gitlab-codequality.schema.json")) {
      assertThat(in).as("test schema").isNotNull();
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    seedBytes = Files.readAllBytes(Path.of(SEED_JSON));
    seedJson = AuditedReports.json(SEED_JSON, seedBytes);
    seedWorkbook = AuditedReports.workbook(SEED_XLSX);
  }

  /** The indexes of the figures of {@code v} that are issues (not a MATCH), in order. */
  private static List<Integer> issueFigures(Verification v) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < v.figures().size(); i++) {
      if (v.figures().get(i).status() != ReconciliationStatus.MATCH) {
        out.add(i);
      }
    }
    return out;
  }

  private static JsonNode render(AuditedReport... reports) {
    String text = CodeQualityReport.render(List.of(reports));
    assertThat(text).startsWith("[").endsWith("]\n");
    JsonNode issues = PLAIN.readTree(text);
    List<Error> errors = schema.validate(issues);
    assertThat(errors).as("Code Quality schema").isEmpty();
    return issues;
  }

  @Test
  void seedJson_oneIssuePerProblem_figuresThenFindings() {
    JsonNode issues = render(seedJson);
    Verification v = seedJson.verification();
    List<FigureReconciliation> figures = issueFigures(v).stream().map(v.figures()::get).toList();
    assertThat(figures).isNotEmpty();
    assertThat(v.findings()).isNotEmpty();
    assertThat(issues.size()).isEqualTo(figures.size() + v.findings().size());
    for (int i = 0; i < figures.size(); i++) {
      assertThat(issues.get(i).get("description").asString())
          .isEqualTo(SarifReport.figureMessage(figures.get(i)));
    }
    for (int i = 0; i < v.findings().size(); i++) {
      JsonNode issue = issues.get(figures.size() + i);
      Finding f = v.findings().get(i);
      assertThat(issue.get("check_name").asString()).isEqualTo(f.check());
      assertThat(issue.get("description").asString()).isEqualTo(f.message());
    }
  }

  @Test
  void severity_majorForWhatFailsByDefault() {
    JsonNode issues = render(seedJson);
    Verification v = seedJson.verification();
    long failing =
        v.figures().stream().filter(f -> f.status() == ReconciliationStatus.MISMATCH).count()
            + v.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long info =
        v.figures().stream()
                .filter(f -> f.status() == ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING)
                .count()
            + v.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
    List<String> severities = new ArrayList<>();
    issues.forEach(i -> severities.add(i.get("severity").asString()));
    assertThat(severities.stream().filter("major"::equals).count()).isEqualTo(failing);
    assertThat(severities.stream().filter("info"::equals).count()).isEqualTo(info);
    assertThat(severities).doesNotContain("critical", "blocker");
  }

  @Test
  void figureIssues_pointAtTheLineOfTheirPrintedValue() {
    JsonNode issues = render(seedJson);
    Verification v = seedJson.verification();
    List<Integer> figures = issueFigures(v);
    for (int issue = 0; issue < figures.size(); issue++) {
      int i = figures.get(issue);
      int line = seedJson.figureLocation(i).orElseThrow().line();
      JsonNode location = issues.get(issue).get("location");
      assertThat(location.get("path").asString()).isEqualTo(SEED_JSON);
      assertThat(location.get("lines").get("begin").asInt()).isEqualTo(line).isGreaterThan(1);
      // the line holds the printed text of that figure
      String printed = v.figures().get(i).published().printed();
      String text = new String(seedBytes, StandardCharsets.UTF_8).lines().toList().get(line - 1);
      assertThat(text).contains(PLAIN.writeValueAsString(printed));
    }
  }

  @Test
  void workbook_namesTheCellInTheDescription() {
    JsonNode issues = render(seedWorkbook);
    Verification v = seedWorkbook.verification();
    List<Integer> figures = issueFigures(v);
    assertThat(figures).isNotEmpty();
    for (int issue = 0; issue < figures.size(); issue++) {
      String cell =
          seedWorkbook.figureLocation(figures.get(issue)).orElseThrow().cell().orElseThrow();
      JsonNode node = issues.get(issue);
      assertThat(node.get("description").asString()).startsWith(cell + ": ");
      assertThat(node.get("location").get("lines").get("begin").asInt()).isEqualTo(1);
    }
  }

  @Test
  void fingerprints_uniqueAcrossReports_andStableWhenTheFileIsReformatted() {
    AuditedReport copy = AuditedReports.json("other/tebing-tinggi-2022.json", seedBytes);
    JsonNode issues = render(seedJson, copy, seedWorkbook);
    Set<String> seen = new HashSet<>();
    issues.forEach(i -> assertThat(seen.add(i.get("fingerprint").asString())).isTrue());

    // the same report on one line: other lines, same fingerprints
    byte[] oneLine = PLAIN.writeValueAsBytes(PLAIN.readTree(seedBytes));
    AuditedReport reformatted = AuditedReports.json(SEED_JSON, oneLine);
    JsonNode before = render(seedJson);
    JsonNode after = render(reformatted);
    assertThat(after.size()).isEqualTo(before.size());
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).get("fingerprint")).isEqualTo(before.get(i).get("fingerprint"));
    }
    assertThat(after.get(0).get("location").get("lines").get("begin").asInt()).isEqualTo(1);
  }

  @Test
  void path_isRelativeWithForwardSlashes() {
    assertThat(CodeQualityReport.path("./reports\\2022\\laporan.xlsx"))
        .isEqualTo("reports/2022/laporan.xlsx");
    assertThat(CodeQualityReport.path("src/lkjip/a.json")).isEqualTo("src/lkjip/a.json");
  }

  @Test
  void sameInput_sameBytes() {
    assertThat(CodeQualityReport.render(List.of(seedJson, seedWorkbook)))
        .isEqualTo(CodeQualityReport.render(List.of(seedJson, seedWorkbook)));
  }
}
