package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A formula defined as data, so a host application can add indicator formulas in JSON without
 * writing Java. The JSON object names its shape in {@code kind}, one of a fixed set: {@code ratio}
 * ({@link RatioDefinition}), {@code growth} ({@link GrowthDefinition}), {@code sum} ({@link
 * SumDefinition}) and {@code difference} ({@link DifferenceDefinition}); no class name is ever
 * taken from input.
 *
 * <pre>{@code
 * {"kind": "ratio", "id": "disnaker:trained-share", "description": "share of trainees certified",
 *  "numerator": [{"input": "certified"}], "denominator": [{"input": "examined"}], "scale": 100}
 * }</pre>
 *
 * <p>Every definition has an {@code id} (non-blank, no whitespace, not starting with the reserved
 * "lkjip:") and a non-blank {@code description}, and compiles with {@link #toFormula()} to an
 * {@link IndicatorFormula} that behaves like the built-ins: the same {@link Figure}, the same
 * statuses, inputs treated as counts (a negative one is {@link Status#INVALID_INPUT}). An invalid
 * definition is rejected when it is built, with an {@link InvalidFormulaException} that quotes it.
 * A document of definitions, {@code {"format": "lkjip-formulas/1", "formulas": [...]}}, is
 * described by the JSON Schema {@value #SCHEMA_RESOURCE}.
 *
 * @since 0.1
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RatioDefinition.class, name = RatioDefinition.KIND),
  @JsonSubTypes.Type(value = GrowthDefinition.class, name = GrowthDefinition.KIND),
  @JsonSubTypes.Type(value = SumDefinition.class, name = SumDefinition.KIND),
  @JsonSubTypes.Type(value = DifferenceDefinition.class, name = DifferenceDefinition.KIND)
})
public interface FormulaDefinition {
  /** The {@code format} of a formula definitions document: {@value}. */
  String FORMAT = "lkjip-formulas/1";

  /** Class-path resource of the JSON Schema (2020-12) of a formula definitions document. */
  String SCHEMA_RESOURCE = "/org/lkjip/formulas/lkjip-formulas-1.schema.json";

  /**
   * The JSON Schema (2020-12) of a formula definitions document, the text of {@link
   * #SCHEMA_RESOURCE}. Read through this method from other modules: the resource lives in a package
   * this module does not open.
   *
   * @return the schema text, never null
   */
  static String jsonSchema() {
    try (InputStream in = FormulaDefinition.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bug: resource " + SCHEMA_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /** The id of the formula; non-blank, no whitespace, not starting with "lkjip:". */
  String id();

  /** What the formula computes, for people; non-blank. */
  String description();

  /** The shape, as written in JSON: "ratio", "growth", "sum" or "difference". */
  String kind();

  /** The names of the inputs the formula reads, in order, never null. */
  ImmutableList<String> inputNames();

  /**
   * The formula this definition describes; its description is {@code description + ": " +} the
   * formula text, e.g. "share of trainees certified: certified / examined × 100".
   *
   * @return the formula, never null
   */
  IndicatorFormula toFormula();
}
