package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.EvaluationWriter;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * Generated mutants of the seed transcription (at least 1,000 per run, the same every run): each is
 * either read into a report that the evaluator and the auditor handle without throwing, and that
 * writes and reads back equal, or rejected with one {@link LkjipInputException} whose line and
 * column lie inside the document. Nothing else may escape.
 */
class SeedMutationTests {
  /** The seed of the mutant generator; change it to explore, keep it fixed in the build. */
  private static final long SEED = 20_221_231L;

  private static final int MUTANTS = 1_000;

  private static final ReportReader READER = new ReportReader();
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());
  private static final Auditor AUDITOR = new Auditor(FormulaRegistry.standard());

  private static byte[] seed = new byte[0];

  @BeforeAll
  static void readSeed() throws IOException {
    seed = Files.readAllBytes(Resources.seed());
  }

  @Test
  void seed_isValid() {
    assertThat(READER.read("seed.json", seed).indicators()).isNotEmpty();
  }

  @Test
  void generate_sameSeed_sameMutants() {
    List<SeedMutants.Mutant> a = new SeedMutants(seed).generate(SEED, 50);
    List<SeedMutants.Mutant> b = new SeedMutants(seed).generate(SEED, 50);

    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).bytes()).as(a.get(i).toString()).isEqualTo(b.get(i).bytes());
    }
  }

  @Test
  void read_everyMutant_reportThatEvaluatesOrLocatedError() {
    SeedMutants generator = new SeedMutants(seed);

    // In parallel (the reader, evaluator and auditor are thread-safe); outcomes are per mutant.
    List<Outcome> outcomes =
        IntStream.range(0, MUTANTS)
            .parallel()
            .mapToObj(i -> outcome(generator.mutant(SEED, i)))
            .toList();

    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(1_000);
    assertThat(outcomes.stream().filter(o -> o.problem() != null).map(Outcome::toString))
        .as("mutants handled badly")
        .isEmpty();
    // Both outcomes are common, or the mutants test too little.
    assertThat(outcomes.stream().filter(Outcome::accepted).count())
        .isBetween(MUTANTS / 10L, MUTANTS * 9L / 10);
  }

  /** What became of a mutant: accepted or not, and what was wrong (null when nothing). */
  record Outcome(SeedMutants.Mutant mutant, boolean accepted, @Nullable String problem) {
    @Override
    public String toString() {
      return mutant + ": " + problem;
    }
  }

  private static Outcome outcome(SeedMutants.Mutant m) {
    Report report;
    try {
      report = READER.read("mutant.json", m.bytes());
    } catch (LkjipInputException e) {
      return new Outcome(m, false, locationProblem(m.bytes(), e));
    } catch (RuntimeException | Error e) {
      return new Outcome(m, false, "the reader threw " + e);
    }
    try {
      // Every accepted mutant is evaluated (rule sets alternate); a share is also audited and
      // written and read back, which cost more (the whole budget is about a minute).
      RuleSet rules = m.index() % 2 == 0 ? RuleSets.recommended() : RuleSets.seedTebingTinggi2022();
      new EvaluationWriter().toJson(EVALUATOR.evaluate(report, rules));
      if (m.index() % 5 == 0) {
        AUDITOR.verify(report, rules, Optional.empty());
      }
      return new Outcome(m, true, m.index() % 2 == 1 ? RoundTrip.problem(report, false) : null);
    } catch (RuntimeException | Error e) {
      return new Outcome(m, true, "accepted, then threw " + e);
    }
  }

  /** Whether the error's line and column lie inside the document; null when they do. */
  static @Nullable String locationProblem(byte[] bytes, LkjipInputException e) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // Line ends as JSON parsers count them: \n, \r\n and a lone \r.
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (!e.jsonPath().startsWith("$")) {
      return "path does not start with $: " + e.getMessage();
    }
    if (e.line() < 1 || e.line() > lines.length) {
      return "line outside the document (" + lines.length + " lines): " + e.getMessage();
    }
    // The column may be one past the end of its line (an error at the line end or the end).
    if (e.column() < 1 || e.column() > lines[e.line() - 1].length() + 1) {
      return "column outside line "
          + e.line()
          + " ("
          + lines[e.line() - 1].length()
          + " characters): "
          + e.getMessage();
    }
    if (e.getMessage().contains("\n") || e.problem().isBlank()) {
      return "not a one-line message: " + e.getMessage();
    }
    return null;
  }
}
