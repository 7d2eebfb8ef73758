package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import org.lkjip.evaluation.grading.ScaleChecker;
import org.lkjip.evaluation.grading.ScaleFinding;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.model.Band;
import org.lkjip.model.GradingScale;
import picocli.CommandLine.Command;

/** {@code lkjip scales}: the built-in grading scales and what each leaves uncovered. */
@Command(
    name = "scales",
    mixinStandardHelpOptions = true,
    description =
        "List the built-in grading scales: bands, source, how sure that source is, and the gaps"
            + " and overlaps the checker finds over [0, +∞).")
final class ScalesCommand extends BaseCommand {
  @Override
  int run() {
    PrintWriter out = out();
    boolean first = true;
    for (GradingScale s : Scales.builtIns()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(s.id() + ": " + s.name());
      s.source().ifPresent(x -> out.println("  source:     " + x));
      s.confidence().ifPresent(x -> out.println("  confidence: " + x));
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
