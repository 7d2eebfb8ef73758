package org.lkjip.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.io.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkjip import}: reads a workbook and writes the report as {@code lkjip-report/1} JSON. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read an lkjip-workbook/1 workbook (strictly: every problem is listed at its Sheet!Cell) and"
          + " write the report as lkjip-report/1 JSON.",
      "Exit code 0, or 2 for bad input; nothing is written then."
    })
final class ImportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The workbook (or a JSON report).")
  @Nullable Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write the JSON to PATH (atomically) instead of standard output.")
  @Nullable Path output;

  @Override
  int run() {
    if (file == null) {
      throw new IllegalStateException("bug: picocli did not set FILE");
    }
    emit(new ReportWriter().toJson(Inputs.readReport(file).report()), output);
    return ExitCodes.PASSED;
  }
}
