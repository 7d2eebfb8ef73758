package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * Formula providers for the registry tests, installed through the {@code META-INF/services} files
 * under {@code src/test/resources/providers/*} (each loaded by its own class loader).
 */
final class TestProviders {
  private TestProviders() {}

  /** A host formula: {@code a × 2}; throws when {@code a} is 13. */
  static final class Doubling implements IndicatorFormula {
    private final String id;

    Doubling(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "a × 2";
    }

    @Override
    public ImmutableList<String> inputNames() {
      return ImmutableList.of("a");
    }

    @Override
    public Figure compute(FormulaInputs inputs, Rounding rounding) {
      BigDecimal a = inputs.value("a", inputs.year()).orElseThrow();
      if (a.intValue() == 13) {
        throw new IllegalStateException("unlucky input " + a);
      }
      return Figure.computed(
          id, a.multiply(BigDecimal.valueOf(2)), rounding, java.util.Map.of("a", a));
    }
  }

  /** A well-behaved provider. */
  public static final class Good implements FormulaProvider {
    @Override
    public List<IndicatorFormula> formulas() {
      return List.of(new Doubling("host:doubling"));
    }
  }

  /** A provider that uses the reserved prefix. */
  public static final class Reserved implements FormulaProvider {
    @Override
    public List<IndicatorFormula> formulas() {
      return List.of(new Doubling("lkjip:doubling"));
    }
  }

  /** A provider that repeats {@link Good}'s id. */
  public static final class Duplicate implements FormulaProvider {
    @Override
    public List<IndicatorFormula> formulas() {
      return List.of(new Doubling("host:doubling"));
    }
  }
}
