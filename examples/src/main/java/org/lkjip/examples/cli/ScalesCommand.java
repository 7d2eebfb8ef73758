package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.grading.ScaleChecker;
import org.lkjip.evaluation.grading.ScaleFinding;
import org.lkjip.model.Band;
import org.lkjip.model.GradingScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lkjip scales}: the built-in grading scales, and the one a report states, with what each
 * leaves uncovered.
 */
@Command(
    name = "scales",
    mixinStandardHelpOptions = true,
    description =
        "List the built-in grading scales and, with --report, the scale that report states: bands,"
            + " source, how sure that source is, and the gaps and overlaps the checker finds over"
            + " [0, +∞). Every scale id that verify, evaluate and rules name is listed here.")
final class ScalesCommand extends BaseCommand {
  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also list the scale this report states (lkjip-report/1 JSON or a workbook), which its"
              + " findings name.")
  @Nullable Path report;

  @Override
  int run() {
    PrintWriter out = out();
    boolean first = true;
    for (KnownScales.Known k : KnownScales.of(report)) {
      GradingScale s = k.scale();
      if (!first) {
        out.println();
      }
      first = false;
      out.println(s.id() + ": " + s.name());
      s.source().ifPresent(x -> out.println("  source:     " + x));
      s.confidence().ifPresent(x -> out.println("  confidence: " + x));
      k.statedBy()
          .ifPresent(
              x ->
                  out.println(
                      "  stated by:  "
                          + x
                          + (k.builtIn() ? " (with the bands of the built-in)" : "")));
      out.println("  bands:");
      for (Band b : s.bands()) {
        out.println("    " + ScaleText.interval(b) + " " + b.label());
      }
      ImmutableList<ScaleFinding> findings = ScaleChecker.check(s);
      if (findings.isEmpty()) {
        out.println("  checker:    every value in [0, +∞) is in exactly one band");
      } else {
        out.println("  checker:");
        for (ScaleFinding f : findings) {
          // describe() starts with "scale 'id': ", already said above.
          String what = f.describe().replaceFirst("^scale '[^']*': ", "");
          out.println("    " + f.kind() + ": " + what);
        }
      }
    }
    out.flush();
    return ExitCodes.PASSED;
  }
}
