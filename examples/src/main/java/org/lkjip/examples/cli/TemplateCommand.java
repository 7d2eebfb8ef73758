package org.lkjip.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lkjip.xlsx.ReportWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lkjip template}: writes the empty {@code lkjip-workbook/1} workbook to fill in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Write the empty lkjip-workbook/1 workbook (the template an office fills in), with"
          + " instructions (sheet Petunjuk), drop-down lists and the formulas known to this"
          + " lkjip (with --formulas, yours too).",
      "Exit code 0, or 2 when the output exists (use --force) or cannot be written."
    })
final class TemplateCommand extends BaseCommand {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      defaultValue = "laporan.xlsx",
      description = "The workbook to write (atomically). Default: ${DEFAULT-VALUE}.")
  Path output = Path.of("laporan.xlsx");

  @Option(names = "--force", description = "Overwrite the output if it exists.")
  boolean force;

  @Mixin Languages.LangOption lang = new Languages.LangOption();

  @Mixin FormulaArguments formulas = new FormulaArguments();

  @Override
  int run() {
    if (Files.exists(output) && !force) {
      throw new CliException(output + ": exists; choose another name with -o, or --force");
    }
    ReportWorkbookWriter writer = new ReportWorkbookWriter(formulas.registry().ids(), lang.locale);
    emitBinary(writer::writeTemplate, output);
    err().println("lkjip: wrote " + output + "; fill it in, then: lkjip verify " + output);
    err().flush();
    return ExitCodes.PASSED;
  }
}
