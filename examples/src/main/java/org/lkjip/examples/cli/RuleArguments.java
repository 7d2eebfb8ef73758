package org.lkjip.examples.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Report;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --rules} and {@code --formulas} options that {@code verify} and {@code evaluate} share
 * (a picocli mixin), and how they are resolved.
 */
final class RuleArguments {
  @Option(
      names = "--rules",
      paramLabel = "ID|FILE",
      description =
          "Rule set: a built-in id (see 'lkjip rules') or a rule set JSON file. Default: the rule"
              + " set the report declares in 'ruleSet', else '"
              + RuleSets.RECOMMENDED
              + "'.")
  @Nullable String rules;

  @Mixin FormulaArguments formulas = new FormulaArguments();

  /** The formula registry of {@code --formulas} (see {@link FormulaArguments#registry()}). */
  FormulaRegistry registry() {
    return formulas.registry();
  }

  /** The rule set for {@code report}: {@code --rules}, else the declared one, else recommended. */
  RuleSet ruleSet(Report report, PrintWriter err) {
    return Inputs.ruleSetFor(rules, report, err);
  }
}
