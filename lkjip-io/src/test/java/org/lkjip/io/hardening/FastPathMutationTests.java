package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lkjip.io.FastPathCheck;
import org.lkjip.io.Limits;
import org.lkjip.io.MaximalReport;
import org.lkjip.io.ReportWriter;

/**
 * The reader's fast path against its strict path on mutants (see {@link SeedMutants}) of the seed
 * transcription, the sample report and the maximal report, with seeds other than those of {@link
 * SeedMutationTests}, and on documents like those of {@link LimitsTests} at and just over the
 * count, string and number limits: the fast path declines or reads the same report, and it declines
 * no document that the strict path accepts.
 */
class FastPathMutationTests {
  private static final long[] SEEDS = {1L, 2L, 3L};

  private static final int MUTANTS_PER_SEED = 500;

  /** The problems and the declined valid documents among some checked documents. */
  private record Findings(List<String> problems, List<String> declinedValid, long accepted) {
    static Findings of(List<String> names, List<FastPathCheck.Result> results) {
      List<String> problems = new ArrayList<>();
      List<String> declined = new ArrayList<>();
      long accepted = 0;
      for (int i = 0; i < results.size(); i++) {
        FastPathCheck.Result r = results.get(i);
        if (r.problem() != null) {
          problems.add(names.get(i) + ": " + r.problem());
        }
        if (r.declinedValid()) {
          declined.add(names.get(i) + ": " + r.declined());
        }
        accepted += r.strictAccepted() ? 1 : 0;
      }
      return new Findings(problems, declined, accepted);
    }

    void assertAgreed() {
      assertThat(problems).as("documents the two paths disagree on").isEmpty();
      assertThat(declinedValid).as("valid documents the fast path declined").isEmpty();
    }
  }

  private static Findings mutantsOf(byte[] original, long seed, int count) {
    SeedMutants generator = new SeedMutants(original);
    List<SeedMutants.Mutant> mutants =
        IntStream.range(0, count).parallel().mapToObj(i -> generator.mutant(seed, i)).toList();
    // The public reader's wiring is compared on a share only: on a declined mutant it costs a
    // second strict read.
    List<FastPathCheck.Result> results =
        mutants.parallelStream()
            .map(m -> FastPathCheck.check(m.bytes(), m.index() % 10 == 0))
            .toList();
    return Findings.of(mutants.stream().map(SeedMutants.Mutant::toString).toList(), results);
  }

  @Test
  void seedMutants_pathsAgree() throws IOException {
    byte[] seed = Files.readAllBytes(Resources.seed());
    for (long s : SEEDS) {
      Findings f = mutantsOf(seed, s, MUTANTS_PER_SEED);

      f.assertAgreed();
      assertThat(f.accepted()).isBetween(MUTANTS_PER_SEED / 10L, MUTANTS_PER_SEED * 9L / 10);
    }
  }

  @Test
  void sampleMutants_pathsAgree() throws IOException {
    byte[] sample = Files.readAllBytes(Resources.file("/org/lkjip/io/valid/sample-report.json"));
    for (long s = 100; s < 110; s++) {
      Findings f = mutantsOf(sample, s, 400);

      f.assertAgreed();
      assertThat(f.accepted()).isPositive();
    }
  }

  @Test
  void maximalReportMutants_pathsAgree() {
    byte[] maximal =
        new ReportWriter().toJson(MaximalReport.report()).getBytes(StandardCharsets.UTF_8);
    for (long s = 200; s < 205; s++) {
      Findings f = mutantsOf(maximal, s, 400);

      f.assertAgreed();
      assertThat(f.accepted()).isPositive();
    }
  }

  private static final String HEAD =
      "{\"format\":\"lkjip-report/1\",\"report\":{\"agency\":{\"name\":\"A\",\"region\":\"R\"},"
          + "\"fiscalYear\":2022";

  private static String indicators(int count) {
    return new GeneratedDocument(
            HEAD
                + ",\"goals\":[{\"id\":\"T\",\"name\":\"T\",\"objectives\":[{\"id\":\"S\","
                + "\"name\":\"S\",\"indicators\":[",
            i -> "{\"id\":\"I" + i + "\",\"name\":\"N\",\"unit\":\"%\"}",
            ",",
            count,
            "]}]}]}}")
        .text();
  }

  private static String budgetLines(int subActivities) {
    return new GeneratedDocument(
            HEAD
                + ",\"programs\":[{\"id\":\"P\",\"name\":\"P\",\"activities\":[{\"id\":\"A\","
                + "\"name\":\"A\",\"subActivities\":[",
            i -> "{\"id\":\"L" + i + "\",\"name\":\"N\",\"budget\":1}",
            ",",
            subActivities,
            "]}]}]}}")
        .text();
  }

  private static String planAndGoalIndicators(int inPlan, int inGoals) {
    return new GeneratedDocument(
                HEAD
                    + ",\"plans\":[{\"id\":\"p\",\"name\":\"P\",\"startYear\":2021,"
                    + "\"endYear\":2022,\"indicators\":[",
                i -> "{\"id\":\"P" + i + "\",\"name\":\"N\",\"unit\":\"%\"}",
                ",",
                inPlan,
                "]}]")
            .text()
        + new GeneratedDocument(
                ",\"goals\":[{\"id\":\"T\",\"name\":\"T\",\"objectives\":[{\"id\":\"S\","
                    + "\"name\":\"S\",\"indicators\":[",
                i -> "{\"id\":\"I" + i + "\",\"name\":\"N\",\"unit\":\"%\"}",
                ",",
                inGoals,
                "]}]}]}}")
            .text();
  }

  private static String title(int characters) {
    return new GeneratedDocument(HEAD + ",\"title\":\"", "\u00e9", "", characters, "\"}}").text();
  }

  @Test
  void limits_atAndOver_pathsAgree() {
    int half = Limits.MAX_INDICATORS / 2;
    List<String> names =
        List.of(
            "indicators at the limit",
            "one indicator over",
            "plan and goal indicators at the limit",
            "plan and goal indicators one over",
            "budget lines at the limit",
            "one budget line over",
            "a two-byte string at the length limit",
            "a two-byte string one over",
            "a hundred-digit budget",
            "a budget of 101 digits");
    List<String> docs =
        List.of(
            indicators(Limits.MAX_INDICATORS),
            indicators(Limits.MAX_INDICATORS + 1),
            planAndGoalIndicators(half, half),
            planAndGoalIndicators(half + 1, half),
            budgetLines(Limits.MAX_BUDGET_LINES - 2),
            budgetLines(Limits.MAX_BUDGET_LINES - 1),
            // The byte parser must count characters, not bytes, as the strict path's does.
            title(Limits.MAX_STRING_LENGTH),
            title(Limits.MAX_STRING_LENGTH + 1),
            budgetLines(1).replace("\"budget\":1", "\"budget\":1" + "0".repeat(99)),
            budgetLines(1).replace("\"budget\":1", "\"budget\":1" + "0".repeat(100)));
    List<FastPathCheck.Result> results =
        docs.stream().map(d -> FastPathCheck.check(d.getBytes(StandardCharsets.UTF_8))).toList();
    Findings f = Findings.of(names, results);

    f.assertAgreed();
    assertThat(results)
        .extracting(FastPathCheck.Result::strictAccepted)
        .containsExactly(true, false, true, false, true, false, true, false, true, false);
  }
}
