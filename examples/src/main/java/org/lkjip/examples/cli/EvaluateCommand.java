package org.lkjip.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.io.EvaluationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lkjip evaluate}: writes every recomputed figure with its provenance as JSON. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate the report under a rule set and write the lkjip-evaluation/2 JSON document: every"
          + " figure with its rule, inputs, unrounded value and rounding; every decimal an exact"
          + " string such as \"34.28\" (docs/format-lkjip-evaluation-2.md).",
      "Exit code 0, or 2 for bad input."
    })
final class EvaluateCommand extends BaseCommand {
  @Mixin ReportArguments arguments = new ReportArguments();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write the document to PATH (atomically) instead of standard output.")
  @Nullable Path output;

  @Override
  int run() {
    Inputs.ReportInput input = arguments.report();
    RuleSet ruleSet = arguments.ruleSet(input, err());
    Evaluation evaluation =
        new Evaluator(arguments.registry()).evaluate(input.report(), ruleSet, input.sha256());
    emit(new EvaluationWriter().toJson(evaluation), output);
    return ExitCodes.PASSED;
  }
}
