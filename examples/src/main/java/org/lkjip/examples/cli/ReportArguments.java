package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaDefinition;
import org.lkjip.formulas.FormulaException;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.FormulaDefinitionsIo;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The report file and the {@code --rules} and {@code --formulas} options that {@code verify} and
 * {@code evaluate} share (a picocli mixin), and how they are resolved.
 */
public final class ReportArguments {
  @Parameters(index = "0", paramLabel = "FILE", description = "The report, lkjip-report/1 JSON.")
  @Nullable Path file;

  @Option(
      names = "--rules",
      paramLabel = "ID|FILE",
      description =
          "Rule set: a built-in id (see 'lkjip rules') or a rule set JSON file. Default: the rule"
              + " set the report declares in 'ruleSet', else '"
              + RuleSets.RECOMMENDED
              + "'.")
  @Nullable String rules;

  @Option(
      names = "--formulas",
      paramLabel = "FILE",
      description =
          "Formula definitions (lkjip-formulas/1 JSON) to use beside the built-in formulas and"
              + " those found through ServiceLoader.")
  @Nullable Path formulas;

  /**
   * The formula registry: built-ins, ServiceLoader providers and the definitions of {@code
   * --formulas}, read strictly (a bad file or a duplicate id is bad input).
   */
  FormulaRegistry registry() {
    if (formulas == null) {
      return FormulaRegistry.standard();
    }
    ImmutableList<FormulaDefinition> definitions = new FormulaDefinitionsIo().read(formulas);
    try {
      return FormulaRegistry.builder()
          .addBuiltIns()
          .addServiceProviders()
          .addDefinitions(definitions)
          .build();
    } catch (FormulaException e) {
      throw new CliException(formulas + ": " + e.getMessage());
    }
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
    return Inputs.ruleSetFor(rules, input.report(), err);
  }
}
