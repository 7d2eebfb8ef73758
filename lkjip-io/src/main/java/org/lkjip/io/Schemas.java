package org.lkjip.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.lkjip.formulas.FormulaDefinition;

/**
 * The JSON Schemas (draft 2020-12) of lkjip's documents, shipped as resources of this module, by
 * name: {@value #REPORT_1} describes {@code lkjip-report/1}, {@value #EVALUATION_2} {@code
 * lkjip-evaluation/2}, {@value #VERIFICATION_1} {@code lkjip-verification/1} and {@value
 * #FORMULAS_1} {@code lkjip-formulas/1} (shipped by lkjip-formulas). The schemas are hand-written
 * and tested against every sample document; the readers check more than a schema can say (unique
 * ids, resolving references), so a document that passes its schema may still be rejected with a
 * located error.
 *
 * @since 0.1
 */
public final class Schemas {
  /** Name of the schema of the {@code lkjip-report/1} document. */
  public static final String REPORT_1 = "lkjip-report-1";

  /**
   * Name of the schema of the {@code lkjip-evaluation/2} document (the schema of {@code
   * lkjip-evaluation/1}, which is no longer written, is no longer shipped).
   *
   * @since 0.2
   */
  public static final String EVALUATION_2 = "lkjip-evaluation-2";

  /** Name of the schema of the {@code lkjip-verification/1} document. */
  public static final String VERIFICATION_1 = "lkjip-verification-1";

  /** Name of the schema of the {@code lkjip-formulas/1} document of formula definitions. */
  public static final String FORMULAS_1 = "lkjip-formulas-1";

  private static final ImmutableList<String> NAMES =
      ImmutableList.of(EVALUATION_2, FORMULAS_1, REPORT_1, VERIFICATION_1);

  private static final String DIRECTORY = "/org/lkjip/io/schema/";

  private Schemas() {}

  /** Names of the shipped schemas, sorted; never null. */
  public static ImmutableList<String> names() {
    return NAMES;
  }

  /**
   * The text of a schema, UTF-8 JSON.
   *
   * @param name one of {@link #names()}, e.g. {@value #REPORT_1}
   * @throws IllegalArgumentException if no schema has that name (the message lists the names)
   */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no schema named '" + name + "'; known schemas: " + String.join(", ", NAMES));
    }
    if (name.equals(FORMULAS_1)) {
      return FormulaDefinition.jsonSchema();
    }
    String resource = DIRECTORY + name + ".schema.json";
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bug: schema resource " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + resource, e);
    }
  }
}
