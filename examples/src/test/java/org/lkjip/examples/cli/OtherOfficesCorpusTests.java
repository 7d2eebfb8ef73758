package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lkjip.examples.Golden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus of real reports of other offices ({@code examples/data/other-offices}, see {@code
 * docs/real-reports.md}): every JSON there is verified and a compact summary of the result is
 * compared with its golden file {@code golden/other-offices/<name>.txt} (regenerate with {@code
 * -Dlkjip.updateGolden=true}, then review the diff); its workbook, where there is one, gives the
 * same summary.
 *
 * <p>The summary has one line per printed figure ({@code table | row | column | year | status}, and
 * for a figure that is not a match the other rounding, the ids of the reproducing cause candidates
 * or of the checks that explain it, or why it cannot be recomputed), one line per finding ({@code
 * severity check | where}) and the exit code. It leaves out the wording of messages that explain a
 * mismatch, so that changes of wording do not move it.
 */
class OtherOfficesCorpusTests {
  static final Path CORPUS = Path.of("data", "other-offices");
  static final int MINIMUM_REPORTS = 10;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CHECK_ID = Pattern.compile("\\[([a-z0-9][a-z0-9-]*)\\]");

  static Stream<String> reports() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void corpus_holdsAtLeastTenReports() throws IOException {
    assertThat(reports().count()).isGreaterThanOrEqualTo(MINIMUM_REPORTS);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void verify_report_matchesGoldenSummary(String name) {
    String summary = summary(CORPUS.resolve(name + ".json"));
    Golden.check("other-offices/" + name + ".txt", summary);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void verify_workbook_givesTheSameSummaryAsTheJson(String name) {
    Path workbook = CORPUS.resolve(name + ".xlsx");
    assertThat(workbook).as("workbook of %s (lkjip export)", name).exists();
    assertThat(summary(workbook)).isEqualTo(summary(CORPUS.resolve(name + ".json")));
  }

  /** Verifies {@code file} with the CLI and summarises its JSON result. */
  static String summary(Path file) {
    CliRun run = CliRun.of("verify", file.toString(), "--format", "json");
    assertThat(run.err()).as("standard error of verify %s", file).isEmpty();
    JsonNode result = JSON.readTree(run.out());
    List<String> lines = new ArrayList<>();
    lines.add(
        "# "
            + result.path("agency").asString()
            + (result.has("region") ? ", " + result.path("region").asString() : "")
            + ", "
            + result.path("fiscalYear").asInt());
    lines.add("## figures");
    for (JsonNode f : result.path("figures")) {
      String status = f.path("status").asString();
      StringBuilder line =
          new StringBuilder()
              .append(f.path("table").asString())
              .append(" | ")
              .append(f.path("row").asString())
              .append(" | ")
              .append(f.path("column").asString())
              .append(" | ")
              .append(f.path("year").asInt())
              .append(" | ")
              .append(status);
      String detail = detail(f, status);
      if (!detail.isEmpty()) {
        line.append(" | ").append(detail);
      }
      lines.add(line.toString());
    }
    lines.add("## findings");
    for (JsonNode f : result.path("findings")) {
      lines.add(
          f.path("severity").asString() + " " + f.path("check").asString() + " | " + where(f));
    }
    lines.add("## exit code " + run.exitCode());
    return String.join("\n", lines) + "\n";
  }

  private static String detail(JsonNode f, String status) {
    return switch (status) {
      case "MATCH" -> "";
      case "MATCH_WITH_OTHER_ROUNDING" -> f.path("alternativeRounding").asString();
      case "MISMATCH" -> causeIds(f);
      default -> f.path("cause").asString();
    };
  }

  /** The reproducing candidates' ids, then the check ids the cause names; "unexplained" if none. */
  private static String causeIds(JsonNode f) {
    List<String> ids = new ArrayList<>();
    for (JsonNode c : f.path("candidates")) {
      if (c.path("reproduces").asBoolean()) {
        ids.add(c.path("id").asString());
      }
    }
    Matcher m = CHECK_ID.matcher(f.path("cause").asString());
    while (m.find()) {
      if (!ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids.isEmpty() ? "unexplained" : String.join(", ", ids);
  }

  private static String where(JsonNode finding) {
    List<String> parts = new ArrayList<>();
    for (String key : List.of("subject", "table", "row", "column")) {
      String value = finding.path(key).asString();
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(" › ", parts);
  }
}
