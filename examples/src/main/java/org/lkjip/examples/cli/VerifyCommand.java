package org.lkjip.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.AchievementChart;
import org.lkjip.examples.report.HtmlReport;
import org.lkjip.examples.report.MarkdownReport;
import org.lkjip.examples.report.TextReport;
import org.lkjip.examples.report.VerificationJson;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.xlsx.AuditWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lkjip verify}: reconciles every published figure and runs the consistency checks. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute every figure the report publishes, reconcile it with the printed value, and run"
          + " the consistency checks.",
      "Exit code 0 when every figure reconciles and no check finds an error, 1 otherwise, 2 for"
          + " bad input."
    })
final class VerifyCommand extends BaseCommand {
  @Mixin ReportArguments arguments = new ReportArguments();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      completionCandidates = Format.Names.class,
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write the output to PATH (atomically) instead of standard output.")
  @Nullable Path output;

  @Mixin Languages.LangOption lang = new Languages.LangOption();

  @Option(
      names = "--timestamp",
      description = "Include the time of the run (UTC); without it the output is byte-identical.")
  boolean timestamp;

  @Override
  int run() {
    Inputs.ReportInput input = arguments.report();
    RuleSet ruleSet = arguments.ruleSet(input, err());
    FormulaRegistry registry = arguments.registry();
    Verification v =
        new Auditor(registry).verify(input.report(), ruleSet, Optional.of(input.sha256()));
    Optional<String> stamp = Timestamps.of(timestamp, Clock.systemUTC());
    if (format == Format.XLSX) {
      if (output == null) {
        throw new CliException("--format xlsx writes a workbook: give its file with -o hasil.xlsx");
      }
      emitBinary(o -> AuditWorkbookWriter.write(v, o, lang.locale, input::figureCell), output);
      return v.passed() ? ExitCodes.PASSED : ExitCodes.FAILED;
    }
    String text =
        switch (format) {
          case TEXT -> TextReport.render(v, stamp);
          case MD -> MarkdownReport.render(v, stamp);
          case JSON -> VerificationJson.render(v, stamp, input::figureCell);
          case XLSX -> throw new IllegalStateException("bug: xlsx is written above");
          case HTML -> {
            Evaluation evaluation =
                new Evaluator(registry).evaluate(input.report(), ruleSet, input.sha256());
            yield HtmlReport.render(
                v, Optional.of(AchievementChart.of(input.report(), evaluation)), stamp);
          }
        };
    emit(text, output);
    return v.passed() ? ExitCodes.PASSED : ExitCodes.FAILED;
  }
}
