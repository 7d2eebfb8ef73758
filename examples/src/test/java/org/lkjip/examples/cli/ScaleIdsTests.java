package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportWriter;
import org.lkjip.model.GradingScale;
import tools.jackson.databind.JsonNode;

/**
 * One id for each grading scale: every scale id that any output names (the findings' messages and
 * {@code scale} facts and the figures' {@code grade:} rules of the verification JSON, the
 * evaluation's {@code scaleId}s, the HTML chart's title, {@code lkjip rules}) is listed by {@code
 * lkjip scales --report FILE} and accepted by {@code lkjip grade --scale ID --report FILE}; a
 * built-in one also without {@code --report}. Walked on the seed, the test reports and generated
 * reports, under the rule set each declares and under every built-in rule set.
 */
class ScaleIdsTests {
  /** A scale id quoted in prose: {@code scale 'akip'}. */
  private static final Pattern QUOTED = Pattern.compile("scale '([^']+)'");

  /** The HTML chart's title: {@code (scale akip)}. */
  private static final Pattern CHART = Pattern.compile("\\(scale ([^)<\\s]+)\\)");

  /** Generated reports walked (about one in ten carries a planted defect). */
  private static final int GENERATED = 12;

  @TempDir static Path temp;

  /** Every report file walked, and the scale ids its outputs name. */
  private static final Map<String, Set<String>> NAMED = new TreeMap<>();

  @BeforeAll
  static void walk() throws IOException {
    List<String> reports = new ArrayList<>();
    reports.add(LkjipCliTests.SEED);
    reports.add("data/tebing-tinggi-2022.xlsx");
    reports.add(LkjipCliTests.CONSISTENT);
    reports.add("src/test/resources/other-offices/dinkes-2023.json");
    for (long seed = 1; seed <= GENERATED; seed++) {
      Path file = temp.resolve("generated-" + seed + ".json");
      Files.writeString(
          file, new ReportWriter().toJson(SyntheticReports.generate(seed)), StandardCharsets.UTF_8);
      reports.add(file.toString());
    }
    List<List<String>> ruleChoices = new ArrayList<>();
    ruleChoices.add(List.of());
    for (RuleSet r : RuleSets.builtIns()) {
      ruleChoices.add(List.of("--rules", r.id()));
    }
    for (String report : reports) {
      Set<String> ids = new TreeSet<>();
      for (List<String> rules : ruleChoices) {
        ids.addAll(fromJson(run(report, rules, "verify", "--format", "json")));
        ids.addAll(fromJson(run(report, rules, "evaluate")));
        ids.addAll(matches(CHART, run(report, rules, "verify", "--format", "html")));
      }
      NAMED.put(report, ids);
    }
  }

  @Test
  void everyScaleIdAnOutputNames_isListedByScalesAndAcceptedByGrade() {
    assertThat(NAMED.get(LkjipCliTests.SEED)).contains(Scales.TEBING_TINGGI_2022_PRINTED);
    assertThat(NAMED.get("src/test/resources/other-offices/dinkes-2023.json"))
        .contains("akip-printed");
    for (Map.Entry<String, Set<String>> e : NAMED.entrySet()) {
      String report = e.getKey();
      assertThat(e.getValue()).as(report).isNotEmpty();
      CliRun scales = CliRun.of("scales", "--report", report);
      assertThat(scales.exitCode()).as(scales.err()).isZero();
      for (String id : e.getValue()) {
        assertThat(scales.out().lines()).as(report).contains(id + ": " + name(scales.out(), id));
        CliRun grade = CliRun.of("grade", "70", "--scale", id, "--report", report);
        assertThat(grade.err()).as(report + " " + id).isEmpty();
        assertThat(grade.exitCode()).as(report + " " + id).isIn(0, 1);
      }
    }
  }

  @Test
  void everyScaleIdOfTheRulesCommandAndOfTheBuiltIns_isListedAndAcceptedWithoutAReport() {
    Set<String> ids = new TreeSet<>();
    Matcher m = Pattern.compile("grading scale: (\\S+)").matcher(CliRun.of("rules").out());
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).isNotEmpty();
    NAMED.values().forEach(named -> named.stream().filter(this::builtIn).forEach(ids::add));
    String scales = CliRun.of("scales").out();
    for (String id : ids) {
      assertThat(scales.lines()).anySatisfy(l -> assertThat(l).startsWith(id + ": "));
      CliRun grade = CliRun.of("grade", "70", "--scale", id);
      assertThat(grade.err()).as(id).isEmpty();
      assertThat(grade.exitCode()).as(id).isIn(0, 1);
    }
  }

  @Test
  void scales_report_listsTheStatedScaleOnceWithItsFile() {
    CliRun run = CliRun.of("scales", "--report", LkjipCliTests.SEED);
    assertThat(run.out().lines().filter(l -> l.startsWith(Scales.TEBING_TINGGI_2022_PRINTED)))
        .hasSize(1);
    assertThat(run.out())
        .contains("  stated by:  " + LkjipCliTests.SEED + " (with the bands of the built-in)");
  }

  @Test
  void grade_scaleOfTheReport_isAcceptedOnlyWithTheReport() {
    String dinkes = "src/test/resources/other-offices/dinkes-2023.json";
    assertThat(CliRun.of("grade", "82.58", "--scale", "akip-printed", "--report", dinkes).out())
        .isEqualTo("Sangat Baik\n");
    CliRun without = CliRun.of("grade", "82.58", "--scale", "akip-printed");
    assertThat(without.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(without.err())
        .isEqualTo(
            "lkjip: error: unknown scale 'akip-printed': the scales are "
                + String.join(", ", Scales.builtIns().stream().map(GradingScale::id).toList())
                + " (a report's own scale: add --report FILE)\n");
  }

  @Test
  void scales_reportStatingABuiltInsIdWithOtherBands_exitsTwo() throws IOException {
    String text = Files.readString(Path.of(LkjipCliTests.SEED), StandardCharsets.UTF_8);
    Path clash = temp.resolve("clash.json");
    Files.writeString(
        clash, text.replaceFirst("\"id\": \"tebing-tinggi-2022-printed\"", "\"id\": \"akip\""));
    CliRun run = CliRun.of("scales", "--report", clash.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "lkjip: error: "
                + clash
                + ": the report states scale 'akip' with bands other than the built-in scale"
                + " 'akip' (see 'lkjip scales'); give the report's scale an id of its own\n");
  }

  private boolean builtIn(String id) {
    return Scales.find(id).isPresent();
  }

  /** The name {@code scales} prints after {@code id: }, or a marker that fails the assertion. */
  private static String name(String scalesOut, String id) {
    return scalesOut
        .lines()
        .filter(l -> l.startsWith(id + ": "))
        .map(l -> l.substring(id.length() + 2))
        .findFirst()
        .orElse("<" + id + " is not listed>");
  }

  private static String run(String report, List<String> rules, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add(report);
    args.addAll(rules);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(args + ": " + run.err()).isIn(0, 1);
    return run.out();
  }

  /** Every scale id a JSON document names: scale and scaleId values, grade rules, quoted ids. */
  private static Set<String> fromJson(String json) {
    Set<String> ids = new TreeSet<>();
    collect(LkjipJson.mapper().readTree(json), "", ids);
    return ids;
  }

  private static void collect(JsonNode node, String key, Set<String> ids) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), e.getKey(), ids);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, key, ids);
      }
    } else if (node.isString()) {
      String text = node.asString();
      if ("scale".equals(key) || "scaleId".equals(key)) {
        ids.add(text);
      }
      if ("rule".equals(key) && text.startsWith("grade:")) {
        ids.add(text.substring("grade:".length()));
      }
      ids.addAll(matches(QUOTED, text));
    }
  }

  private static Set<String> matches(Pattern p, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
