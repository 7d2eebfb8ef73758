package org.lkjip.formulas.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;

/** The contract kit itself: it passes a careful host formula and catches careless ones. */
class IndicatorFormulaContractTests {
  private static final int YEAR = 2022;

  /** A host's a / b × 100 with switchable mistakes. */
  private static final class HostRatio implements IndicatorFormula {
    private final String id;
    private final boolean careful;
    private final boolean honestRounding;
    private final AtomicInteger calls = new AtomicInteger();
    private final boolean drifts;

    HostRatio(String id, boolean careful, boolean honestRounding, boolean drifts) {
      this.id = id;
      this.careful = careful;
      this.honestRounding = honestRounding;
      this.drifts = drifts;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "a / b × 100";
    }

    @Override
    public ImmutableList<String> inputNames() {
      return ImmutableList.of("a", "b");
    }

    @Override
    public Figure compute(FormulaInputs inputs, Rounding rounding) {
      int y = inputs.year();
      BigDecimal a = inputs.value("a", y).orElse(BigDecimal.ZERO); // careless: silent zero
      BigDecimal b = inputs.value("b", y).orElse(BigDecimal.ONE);
      if (careful) {
        for (String n : inputNames()) {
          var reason = inputs.missingReason(n, y);
          if (reason.isPresent()) {
            return Figure.notComputed(id, Status.MISSING_INPUT, reason.get(), Map.of());
          }
        }
        if (b.signum() == 0) {
          return Figure.notComputed(id, Status.DIVISION_BY_ZERO, "b is 0", Map.of("a", a, "b", b));
        }
      }
      BigDecimal unrounded =
          a.multiply(BigDecimal.valueOf(100)).divide(b, Rounding.WORKING_PRECISION); // throws on 0
      if (drifts) {
        unrounded = unrounded.add(BigDecimal.valueOf(calls.incrementAndGet()));
      }
      Rounding applied = honestRounding ? rounding : Rounding.of(2, RoundingMode.HALF_UP);
      Figure f = Figure.computed(id, unrounded, applied, Map.of("a", a, "b", b));
      return honestRounding
          ? f
          : org.lkjip.formulas.ImmutableFigure.copyOf(f).withRounding(rounding);
    }
  }

  private static IndicatorFormulaContract contract(IndicatorFormula formula) {
    return new IndicatorFormulaContract() {
      @Override
      public IndicatorFormula formula() {
        return formula;
      }

      @Override
      public FormulaInputs sampleInputs() {
        return SampleInputs.forYear(YEAR).put("a", YEAR, 1).put("b", YEAR, 3).build();
      }
    };
  }

  @Test
  void contract_carefulHostFormula_passesEveryCheck() {
    IndicatorFormulaContract c = contract(new HostRatio("host:ratio", true, true, false));

    assertThatCode(
            () -> {
              c.id_isNonBlankWithoutWhitespaceAndNotReserved();
              c.description_isNonBlank();
              c.inputNames_areNonBlankAndDistinct();
              c.compute_sampleInputs_isComputed();
              c.compute_inputMissing_isMissingInputNamingIt();
              c.compute_inputAbsent_isMissingInputNamingIt();
              c.compute_oneObservationAbsent_neverThrows();
              c.compute_zeroValues_neverThrows();
              c.compute_unusualValues_neverThrows();
              c.compute_sameInputs_isDeterministic();
              c.compute_parallelCalls_giveTheSequentialResults();
              c.compute_everyRounding_valueIsRoundingAppliedToUnrounded();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void contract_reservedIdOutsideLibrary_fails() {
    IndicatorFormulaContract c = contract(new HostRatio("lkjip:ratio", true, true, false));

    assertThatThrownBy(c::id_isNonBlankWithoutWhitespaceAndNotReserved)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("uses the reserved prefix 'lkjip:'");
  }

  @Test
  void contract_silentZeroForMissingInput_fails() {
    IndicatorFormulaContract c = contract(new HostRatio("host:ratio", false, true, false));

    assertThatThrownBy(c::compute_inputMissing_isMissingInputNamingIt)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("status without input 'a'");
  }

  @Test
  void contract_throwOnZeroDenominator_fails() {
    IndicatorFormulaContract c = contract(new HostRatio("host:ratio", false, true, false));

    assertThatThrownBy(c::compute_zeroValues_neverThrows)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Division by zero");
  }

  @Test
  void contract_roundingNotAsStated_fails() {
    IndicatorFormulaContract c = contract(new HostRatio("host:ratio", true, false, false));

    assertThatThrownBy(c::compute_everyRounding_valueIsRoundingAppliedToUnrounded)
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void contract_resultsDrift_fails() {
    IndicatorFormulaContract c = contract(new HostRatio("host:ratio", true, true, true));

    assertThatThrownBy(c::compute_sameInputs_isDeterministic).isInstanceOf(AssertionError.class);
  }
}
