package org.lkjip.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.xlsx.ReportWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkjip export}: writes a report as an {@code lkjip-workbook/1} workbook. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write a report (lkjip-report/1 JSON, or a workbook) as an lkjip-workbook/1 workbook; 'lkjip"
          + " import' or 'lkjip verify' read it back to the same report.",
      "Exit code 0, or 2 for bad input."
    })
final class ExportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The report.")
  @Nullable Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      required = true,
      description = "The workbook to write (atomically), e.g. laporan.xlsx.")
  @Nullable Path output;

  @Mixin Languages.LangOption lang = new Languages.LangOption();

  @Mixin FormulaArguments formulas = new FormulaArguments();

  @Override
  int run() {
    if (file == null || output == null) {
      throw new IllegalStateException("bug: picocli did not set FILE or --output");
    }
    Inputs.ReportInput input = Inputs.readReport(file);
    ReportWorkbookWriter writer = new ReportWorkbookWriter(formulas.registry().ids(), lang.locale);
    emitBinary(o -> writer.write(input.report(), o), output);
    return ExitCodes.PASSED;
  }
}
