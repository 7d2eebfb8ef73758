package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One named value of a {@link Finding}, beside its sentence: what was printed, what was expected,
 * the difference, the scale, the code. Outputs (the verification JSON, SARIF properties, JUnit, the
 * audit workbook) and tests read facts, not the message.
 *
 * <p>A number is kept as its exact plain decimal text ({@link BigDecimal#toPlainString()}, scale as
 * computed), a text as it is. Keys are lower camel case; the common ones are the constants of this
 * type, and each check documents its own (see {@link Checks}).
 *
 * @param key the name, e.g. {@value #PRINTED}; lower camel case ASCII
 * @param value the value: a number in plain decimal notation ("245594404", "-0.05"), or a text
 * @param numeric whether {@code value} is a number
 * @since 0.2
 */
public record Fact(String key, String value, boolean numeric) {
  /** The value printed in the report at the finding's place (a number, or the printed text). */
  public static final String PRINTED = "printed";

  /**
   * What the check derives for that place from other printed values or the data: a sum of lines,
   * budget − spending, the grade a scale gives.
   */
  public static final String EXPECTED = "expected";

  /** {@value #PRINTED} − {@value #EXPECTED}, for numbers. */
  public static final String DIFFERENCE = "difference";

  /** The value lkjip recomputes from the report's data. */
  public static final String RECOMPUTED = "recomputed";

  /** The id of a grading scale. */
  public static final String SCALE = "scale";

  /** The year of the value (the fiscal year unless the finding says otherwise). */
  public static final String YEAR = "year";

  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * @throws IllegalArgumentException if the key is not lower camel case, or a numeric value is not
   *     a plain decimal
   */
  public Fact {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("fact key is not lower camel case: '" + key + "'");
    }
    if (numeric) {
      BigDecimal parsed = new BigDecimal(value);
      if (!parsed.toPlainString().equals(value)) {
        throw new IllegalArgumentException("fact " + key + ": not a plain decimal: " + value);
      }
    }
  }

  /** A number, exact as computed. */
  public static Fact of(String key, BigDecimal value) {
    return new Fact(key, value.toPlainString(), true);
  }

  /** A whole number (a count, a year). */
  public static Fact of(String key, long value) {
    return new Fact(key, Long.toString(value), true);
  }

  /** A text. */
  public static Fact of(String key, String value) {
    return new Fact(key, value, false);
  }

  /** The value as a number, when it is one. */
  public Optional<BigDecimal> number() {
    return numeric ? Optional.of(new BigDecimal(value)) : Optional.empty();
  }

  @Override
  public String toString() {
    return key + ": " + value;
  }
}
