package org.lkjip.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.formulas.FormulaRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The report file and the {@code --rules} and {@code --formulas} options of {@code evaluate} (a
 * picocli mixin), and how they are resolved; {@code verify} takes several files and uses {@link
 * RuleArguments} alone.
 */
public final class ReportArguments {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The report: lkjip-report/1 JSON or an lkjip-workbook/1 workbook (by content).")
  @Nullable Path file;

  @Mixin RuleArguments rules = new RuleArguments();

  /** The formula registry of {@code --formulas} (see {@link FormulaArguments#registry()}). */
  FormulaRegistry registry() {
    return rules.registry();
  }

  /** The report read strictly from FILE. */
  Inputs.ReportInput report() {
    if (file == null) {
      throw new IllegalStateException("bug: picocli did not set FILE");
    }
    return Inputs.readReport(file);
  }

  /**
   * A rule set named on a command line: a built-in id, or a rule-set JSON file read strictly (its
   * scale and efficiency rules must be built in); for the batch command as well.
   *
   * @throws RuntimeException with a one-line message naming the id or file:line:column
   */
  public static RuleSet resolve(String idOrFile) {
    return Inputs.ruleSet(idOrFile);
  }

  /** The rule set for {@code input}: {@code --rules}, else the declared one, else recommended. */
  RuleSet ruleSet(Inputs.ReportInput input, PrintWriter err) {
    return rules.ruleSet(input.report(), err);
  }
}
