package org.lkjip.examples.cli;

import org.lkjip.io.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lkjip schema}: prints one of the shipped JSON Schemas (draft 2020-12). */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Print a JSON Schema (draft 2020-12): lkjip-report-1, lkjip-evaluation-2,"
            + " lkjip-verification-1 or lkjip-formulas-1.")
final class SchemaCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Schema name.")
  String name = "";

  @Override
  int run() {
    if (!Schemas.names().contains(name)) {
      throw new CliException(
          "unknown schema '" + name + "': known schemas are " + String.join(", ", Schemas.names()));
    }
    String text = Schemas.text(name);
    out().print(text.endsWith("\n") ? text : text + "\n");
    out().flush();
    return ExitCodes.PASSED;
  }
}
