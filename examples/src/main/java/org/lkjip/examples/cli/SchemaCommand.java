package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.lkjip.formulas.FormulaDefinition;
import org.lkjip.io.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lkjip schema}: prints one of the shipped JSON Schemas (draft 2020-12). */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Print a JSON Schema (draft 2020-12): lkjip-report-1, lkjip-evaluation-1,"
            + " lkjip-verification-1 or lkjip-formulas-1.")
final class SchemaCommand extends BaseCommand {
  /** Schema name → (class whose module holds it, resource path). */
  private static final ImmutableMap<String, String> RESOURCES =
      ImmutableMap.of(
          "lkjip-report-1", "/org/lkjip/io/schema/lkjip-report-1.schema.json",
          "lkjip-evaluation-1", "/org/lkjip/io/schema/lkjip-evaluation-1.schema.json",
          "lkjip-verification-1", "/org/lkjip/io/schema/lkjip-verification-1.schema.json",
          "lkjip-formulas-1", FormulaDefinition.SCHEMA_RESOURCE);

  @Parameters(index = "0", paramLabel = "NAME", description = "Schema name.")
  String name = "";

  @Override
  int run() throws IOException {
    String resource = RESOURCES.get(name);
    if (resource == null) {
      throw new CliException(
          "unknown schema '"
              + name
              + "': known schemas are "
              + String.join(", ", RESOURCES.keySet()));
    }
    Class<?> owner = name.equals("lkjip-formulas-1") ? FormulaDefinition.class : Schemas.class;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CliException("schema '" + name + "' is not shipped in this build");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      out().print(text.endsWith("\n") ? text : text + "\n");
      out().flush();
    }
    return ExitCodes.PASSED;
  }
}
