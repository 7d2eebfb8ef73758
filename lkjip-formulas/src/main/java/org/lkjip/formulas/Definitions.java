package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation shared by the {@link FormulaDefinition} kinds. */
final class Definitions {
  private Definitions() {}

  /** Checks the id and description of {@code d}. */
  static void checkCommon(FormulaDefinition d) {
    FormulaIds.check(d.id(), "formula definition of kind '" + d.kind() + "'", false);
    if (d.description().isBlank()) {
      throw invalid(d, "description is blank");
    }
  }

  /**
   * Checks one side of weighted inputs: at least one, names non-blank and distinct, weights ≠ 0.
   */
  static void checkComponents(FormulaDefinition d, String side, List<WeightedInput> components) {
    if (components.isEmpty()) {
      throw invalid(d, side + " refers to no inputs");
    }
    Set<String> seen = new HashSet<>();
    for (WeightedInput c : components) {
      if (c.input().isBlank()) {
        throw invalid(d, side + " has a component with a blank input name");
      }
      if (!seen.add(c.input())) {
        throw invalid(d, side + " lists input '" + c.input() + "' twice");
      }
      if (c.weight().signum() == 0) {
        throw invalid(d, side + " gives input '" + c.input() + "' weight 0");
      }
    }
  }

  /** Checks a single input name. */
  static void checkInput(FormulaDefinition d, String field, String input) {
    if (input.isBlank()) {
      throw invalid(d, field + " names no input (blank)");
    }
  }

  /** Checks a scale factor. */
  static void checkScale(FormulaDefinition d, BigDecimal scale) {
    if (scale.signum() == 0) {
      throw invalid(d, "scale is 0");
    }
  }

  static LinearCombination combination(List<WeightedInput> components) {
    return LinearCombination.of(
        components.stream().map(WeightedInput::toTerm).collect(ImmutableList.toImmutableList()));
  }

  static InvalidFormulaException invalid(FormulaDefinition d, String what) {
    return new InvalidFormulaException(
        d.id(), "formula definition '" + d.id() + "' (" + d.kind() + "): " + what);
  }
}
