package org.lkjip.examples.cli;

import java.io.PrintWriter;
import org.lkjip.evaluation.EfficiencyPolicy;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.achievement.AchievementPolicy;
import org.lkjip.formulas.RoundingPolicy;
import picocli.CommandLine.Command;

/** {@code lkjip rules}: the built-in rule sets and every choice they make. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the built-in rule sets with the choices each makes.")
final class RulesCommand extends BaseCommand {
  @Override
  int run() {
    PrintWriter out = out();
    boolean first = true;
    for (RuleSet r : RuleSets.builtIns()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(r.id() + " (version " + r.version() + ")");
      out.println("  " + r.description());
      line(out, "indicator value", rounding(r.indicatorValue()));
      AchievementPolicy a = r.achievement();
      line(
          out,
          "achievement",
          rounding(a.rounding())
              + "; negative polarity "
              + a.negativeForm()
              + "; cap "
              + a.cap().map(c -> c.toPlainString()).orElse("none")
              + "; zero target "
              + a.zeroTarget()
              + "; zero actual "
              + a.zeroActual());
      line(
          out,
          "published value",
          r.usePublishedActualWhenMissing()
              ? "used for achievement when raw inputs are missing"
              : "never used");
      line(out, "grading scale", r.gradingScaleId());
      line(out, "absorption", rounding(r.absorption()));
      line(out, "output achievement", rounding(r.outputAchievement()));
      line(out, "objective efficiency", efficiency(r.objectiveEfficiency()));
      line(out, "line efficiency", efficiency(r.lineEfficiency()));
      line(out, "plan progress", rounding(r.planProgress()));
      line(out, "standard comparison", rounding(r.standardComparison()));
      line(out, "alignment", r.alignmentId().orElse("the report's last alignment"));
    }
    out.flush();
    return ExitCodes.PASSED;
  }

  private static void line(PrintWriter out, String what, String value) {
    out.println("  " + what + ": " + value);
  }

  private static String rounding(RoundingPolicy p) {
    return p.rounding().id() + " (" + p.description() + ")";
  }

  private static String efficiency(EfficiencyPolicy p) {
    return p.ruleId() + ", " + rounding(p.rounding());
  }
}
