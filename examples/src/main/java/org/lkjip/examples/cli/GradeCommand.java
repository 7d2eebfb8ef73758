package org.lkjip.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.Grader;
import org.lkjip.io.IndonesianNumbers;
import org.lkjip.model.GradingScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkjip grade}: the band of a value on a built-in scale or on the one a report states. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Print the band label of VALUE on a grading scale, or UNCOVERED / AMBIGUOUS with details.",
      "Exit code 0 when graded, 1 when uncovered or ambiguous, 2 for bad input."
    })
final class GradeCommand extends BaseCommand {
  @Parameters(
      index = "0",
      paramLabel = "VALUE",
      description = "Achievement in percent: 82.58, or as printed in Indonesian, 82,58.")
  String value = "";

  @Option(
      names = "--scale",
      required = true,
      paramLabel = "ID",
      description =
          "Id of a built-in scale, or with --report of the scale that report states (see 'lkjip"
              + " scales --report FILE').")
  String scale = "";

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "A report (lkjip-report/1 JSON or a workbook) whose stated scale --scale may name.")
  @Nullable Path report;

  @Override
  int run() {
    GradingScale s = KnownScales.find(scale, report);
    Grade g = Grader.grade(s, parse(value));
    switch (g.outcome()) {
      case GRADED -> out().println(g.label().orElseThrow());
      case AMBIGUOUS ->
          out().println("AMBIGUOUS: " + String.join("|", g.labels()) + " (" + g.reason() + ")");
      case UNCOVERED, NOT_GRADED -> out().println(g.outcome().name() + " (" + g.reason() + ")");
    }
    out().flush();
    return g.isGraded() ? ExitCodes.PASSED : ExitCodes.FAILED;
  }

  /** A plain decimal ("82.58"), else a number as printed in Indonesian ("82,58"). */
  static BigDecimal parse(String text) {
    String t = text.strip();
    if (t.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
      return new BigDecimal(t);
    }
    try {
      return IndonesianNumbers.parse(t, IndonesianNumbers.Convention.INDONESIAN).requireValue();
    } catch (RuntimeException e) {
      throw new CliException(
          "VALUE '" + text + "' is not a number (write 82.58 or 82,58): " + e.getMessage(), e);
    }
  }
}
