package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.formulas.FormulaDefinition;
import org.lkjip.formulas.FormulaException;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.FormulaDefinitionsIo;
import picocli.CommandLine.Option;

/** The {@code --formulas FILE} option and the registry it gives (a picocli mixin). */
public final class FormulaArguments {
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
    ImmutableList<FormulaDefinition> definitions =
        new FormulaDefinitionsIo().read(formulas.toString(), InputFiles.readBytes(formulas));
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
}
