package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The skeleton every formula of this module shares: it reads the inputs it needs, turns a missing
 * or absent input into {@link Status#MISSING_INPUT} and a negative count into {@link
 * Status#INVALID_INPUT}, and hands the values to the shape ({@link RatioFormula}, {@link
 * GrowthFormula}, {@link LinearFormula}). Immutable and thread-safe.
 */
abstract class AbstractFormula implements IndicatorFormula {
  /** One input a formula reads: a name in a year, and the key it has in {@link Figure#inputs()}. */
  record InputKey(String name, int year, String label) {}

  private final String id;
  private final String description;
  private final ImmutableList<String> inputNames;
  private final boolean countsOnly;

  /**
   * @param countsOnly whether the inputs are counts (or amounts), so a negative value is invalid
   */
  AbstractFormula(String id, String description, List<String> inputNames, boolean countsOnly) {
    this.id = id;
    this.description = description;
    this.inputNames = ImmutableList.copyOf(inputNames);
    this.countsOnly = countsOnly;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final ImmutableList<String> inputNames() {
    return inputNames;
  }

  /** The inputs read to compute {@code year}, in order of use, with distinct labels. */
  abstract ImmutableList<InputKey> keys(int year);

  /** One key per input name, for {@code year}, labelled with the name. */
  final ImmutableList<InputKey> sameYearKeys(int year) {
    ImmutableList.Builder<InputKey> keys = ImmutableList.builderWithExpectedSize(inputNames.size());
    for (String name : inputNames) {
      keys.add(new InputKey(name, year, name));
    }
    return keys.build();
  }

  /**
   * Computes from {@code values}: every input of {@link #keys(int)} by label, in order, all present
   * (and non-negative when the inputs are counts).
   */
  abstract Figure computeFrom(int year, ImmutableMap<String, BigDecimal> values, Rounding rounding);

  @Override
  public final Figure compute(FormulaInputs inputs, Rounding rounding) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(rounding, "rounding");
    int year = inputs.year();
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    List<String> missingItems = new ArrayList<>();
    ImmutableList<InputKey> keys = keys(year);
    for (InputKey key : keys) {
      Optional<BigDecimal> value = inputs.value(key.name(), key.year());
      if (value.isPresent()) {
        values.put(key.label(), value.get());
      } else {
        missing.add(
            inputs
                .missingReason(key.name(), key.year())
                .orElseThrow(() -> new IllegalStateException("bug: no value and no reason")));
        missingItems.add(inputs.missingItem(key.name(), key.year()).orElseThrow());
      }
    }
    if (!missing.isEmpty()) {
      return Figure.notComputed(
          id,
          Status.MISSING_INPUT,
          String.join("; ", missing),
          values,
          "inputs-missing",
          Map.of("inputs", String.join("; ", missingItems)));
    }
    if (countsOnly) {
      List<String> negative = new ArrayList<>();
      for (InputKey key : keys) {
        BigDecimal v = values.get(key.label());
        if (v != null && v.signum() < 0) {
          negative.add(
              "input '"
                  + key.name()
                  + "' for "
                  + key.year()
                  + " is negative ("
                  + v.toPlainString()
                  + "); a count cannot be negative");
        }
      }
      if (!negative.isEmpty()) {
        return Figure.notComputed(id, Status.INVALID_INPUT, String.join("; ", negative), values);
      }
    }
    return computeFrom(year, ImmutableMap.copyOf(values), rounding);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
