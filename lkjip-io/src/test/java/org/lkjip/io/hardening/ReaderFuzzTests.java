package org.lkjip.io.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.EvaluationWriter;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * Coverage-guided fuzzing of the reader with Jazzer. In a normal build it runs in regression mode:
 * once per input under {@code ReaderFuzzTestsInputs/read_anyBytes_reportOrLocatedError/} in the
 * test resources (seeds, and any crash a fuzzing run found, committed). With {@code JAZZER_FUZZ=1}
 * it fuzzes (see the README).
 *
 * <p>Property: any bytes are either a report that evaluates, writes and reads back equal, or one
 * {@link LkjipInputException} located inside the document; nothing else escapes.
 */
class ReaderFuzzTests {
  private static final ReportReader READER = new ReportReader();
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());

  @FuzzTest(maxDuration = "2m")
  void read_anyBytes_reportOrLocatedError(byte[] input) {
    Report report;
    try {
      report = READER.read("fuzz.json", input);
    } catch (LkjipInputException e) {
      String problem = SeedMutationTests.locationProblem(input, e);
      if (problem != null) {
        throw new AssertionError(problem, e);
      }
      return;
    }
    new EvaluationWriter().toJson(EVALUATOR.evaluate(report, RuleSets.recommended()));
    String roundTrip = RoundTrip.problem(report, false);
    if (roundTrip != null) {
      throw new AssertionError(roundTrip);
    }
  }
}
