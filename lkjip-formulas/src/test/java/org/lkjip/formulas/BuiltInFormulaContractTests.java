package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.testkit.IndicatorFormulaContract;
import org.lkjip.formulas.testkit.SampleInputs;

/** Runs {@link IndicatorFormulaContract} against every built-in formula. */
class BuiltInFormulaContractTests {
  private static final int YEAR = 2022;

  /** A ratio built-in with a sample of 88 / 95. */
  abstract static class RatioContract implements IndicatorFormulaContract {
    @Override
    public FormulaInputs sampleInputs() {
      return SampleInputs.forYear(YEAR)
          .put(formula().inputNames().get(0), YEAR, 88)
          .put(formula().inputNames().get(1), YEAR, 95)
          .build();
    }
  }

  /** A growth built-in with a sample of 141 after 105. */
  abstract static class GrowthContract implements IndicatorFormulaContract {
    @Override
    public FormulaInputs sampleInputs() {
      String x = formula().inputNames().get(0);
      return SampleInputs.forYear(YEAR).put(x, YEAR, 141).put(x, YEAR - 1, 105).build();
    }
  }

  @Test
  void builtIns_eachHasAContractClassBelow() {
    // keeps this file in step with Formulas.builtIns(): one nested class per built-in
    long nested =
        java.util.Arrays.stream(BuiltInFormulaContractTests.class.getDeclaredClasses())
            .filter(c -> c.isAnnotationPresent(Nested.class))
            .count();
    assertThat(nested).isEqualTo(Formulas.builtIns().size());
  }

  @Nested
  class PlacementGrowth extends GrowthContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.placementGrowth();
    }
  }

  @Nested
  class IkmGrowth extends GrowthContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.ikmGrowth();
    }
  }

  @Nested
  class CertificationRatio extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.certificationRatio();
    }
  }

  @Nested
  class ProtectedWorkers extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.protectedWorkers();
    }
  }

  @Nested
  class UmkShare extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.umkShare();
    }
  }

  @Nested
  class IkmStandardProducts extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.ikmStandardProducts();
    }
  }

  @Nested
  class IkmNationalPromotion extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.ikmNationalPromotion();
    }
  }

  @Nested
  class PlacementRate extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.placementRate();
    }
  }

  @Nested
  class DisputesResolved extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.disputesResolved();
    }
  }

  @Nested
  class DecentWorkFirms extends RatioContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.decentWorkFirms();
    }
  }

  @Nested
  class Direct implements IndicatorFormulaContract {
    @Override
    public IndicatorFormula formula() {
      return Formulas.direct();
    }

    @Override
    public FormulaInputs sampleInputs() {
      return SampleInputs.forYear(YEAR).put("value", YEAR, "42.857").build();
    }
  }
}
