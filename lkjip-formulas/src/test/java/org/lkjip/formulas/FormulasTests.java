package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.testkit.SampleInputs;
import org.lkjip.model.Absence;

class FormulasTests {
  private static final int YEAR = 2022;
  private static final Rounding TRUNCATE_2 = Rounding.truncate(2);

  @Test
  void builtIns_idsAndInputNames_areTheFixedOnes() {
    assertThat(Formulas.builtIns())
        .extracting(IndicatorFormula::id, f -> f.inputNames())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:certification-ratio", List.of("certified", "examined")),
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:decent-work-firms", List.of("decentFirms", "firms")),
            org.assertj.core.groups.Tuple.tuple("lkjip:direct", List.of("value")),
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:disputes-resolved", List.of("resolved", "disputes")),
            org.assertj.core.groups.Tuple.tuple("lkjip:ikm-growth", List.of("ikmUnits")),
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:ikm-national-promotion", List.of("promoted", "products")),
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:ikm-standard-products", List.of("meetingStandard", "products")),
            org.assertj.core.groups.Tuple.tuple("lkjip:placement-growth", List.of("placed")),
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:placement-rate", List.of("placedCardHolders", "cardsIssued")),
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:protected-workers", List.of("insured", "workers")),
            org.assertj.core.groups.Tuple.tuple(
                "lkjip:umk-share", List.of("paidAtLeastUmk", "workers")));
  }

  @Test
  void description_ratioAndGrowth_showTheFormula() {
    assertThat(Formulas.certificationRatio().description())
        .endsWith(": certified / examined × 100");
    assertThat(Formulas.placementGrowth().description())
        .endsWith(": (placed[n] − placed[n−1]) / placed[n−1] × 100");
  }

  @Test
  void compute_ratio_keepsNumeratorAndDenominatorInOrder() {
    Figure f =
        Formulas.certificationRatio()
            .compute(in().put("examined", YEAR, 95).put("certified", YEAR, 88).build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.COMPUTED);
    assertThat(f.rule()).isEqualTo("lkjip:certification-ratio");
    assertThat(f.inputs())
        .containsExactly(
            entry("certified", BigDecimal.valueOf(88)), entry("examined", BigDecimal.valueOf(95)));
    assertThat(f.value()).contains(new BigDecimal("92.63"));
    // 88 / 95 = 0.926315789473684210526315789473684210…, 34 significant digits, × 100
    assertThat(f.unrounded()).contains(new BigDecimal("92.63157894736842105263157894736842"));
    assertThat(f.rounding()).contains(TRUNCATE_2);
  }

  @Test
  void compute_growth_listsBothYears() {
    Figure f =
        Formulas.placementGrowth()
            .compute(
                in().put("placed", YEAR, 141).put("placed", YEAR - 1, 105).build(), TRUNCATE_2);

    assertThat(f.inputs())
        .containsExactly(
            entry("placed[2022]", BigDecimal.valueOf(141)),
            entry("placed[2021]", BigDecimal.valueOf(105)));
    assertThat(f.value()).contains(new BigDecimal("34.28"));
  }

  @Test
  void compute_growthFell_isNegative() {
    Figure f =
        Formulas.ikmGrowth()
            .compute(
                in().put("ikmUnits", YEAR, 90).put("ikmUnits", YEAR - 1, 120).build(), TRUNCATE_2);

    // (90 − 120) / 120 × 100 = −25
    assertThat(f.value()).contains(new BigDecimal("-25.00"));
  }

  @Test
  void compute_zeroNumerator_isComputedZero() {
    Figure f =
        Formulas.disputesResolved()
            .compute(in().put("resolved", YEAR, 0).put("disputes", YEAR, 7).build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.COMPUTED);
    assertThat(f.value()).contains(new BigDecimal("0.00"));
  }

  @Test
  void compute_zeroDenominator_isDivisionByZeroQuotingValues() {
    Figure f =
        Formulas.disputesResolved()
            .compute(in().put("resolved", YEAR, 0).put("disputes", YEAR, 0).build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(f.value()).isEmpty();
    assertThat(f.reason())
        .contains("denominator 'disputes' for 2022 is 0 (numerator 'resolved' = 0)");
    assertThat(f.inputs())
        .containsExactly(entry("resolved", BigDecimal.ZERO), entry("disputes", BigDecimal.ZERO));
  }

  @Test
  void compute_zeroBase_isDivisionByZeroQuotingValues() {
    Figure f =
        Formulas.placementGrowth()
            .compute(in().put("placed", YEAR, 12).put("placed", YEAR - 1, 0).build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(f.reason())
        .contains("base 'placed' for 2021 is 0 (it is 12 for 2022): growth from zero is undefined");
  }

  @Test
  void compute_inputMissing_namesInputAndYear() {
    Figure f =
        Formulas.placementGrowth().compute(in().put("placed", YEAR, 141).build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(f.reason()).contains("input 'placed' for 2021 is missing");
    assertThat(f.inputs()).containsExactly(entry("placed[2022]", BigDecimal.valueOf(141)));
  }

  @Test
  void compute_inputsAbsent_namesEachWithItsAbsence() {
    Figure f =
        Formulas.umkShare()
            .compute(
                in().absent("paidAtLeastUmk", YEAR, Absence.NOT_REPORTED)
                    .absent("workers", YEAR, Absence.NOT_APPLICABLE)
                    .build(),
                TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(f.reason())
        .contains(
            "input 'paidAtLeastUmk' for 2022 is reported as NOT_REPORTED; "
                + "input 'workers' for 2022 is reported as NOT_APPLICABLE");
  }

  @Test
  void compute_inputOfAnotherYearOnly_isMissing() {
    Figure f =
        Formulas.protectedWorkers()
            .compute(
                in().put("insured", YEAR - 1, 10).put("workers", YEAR, 20).build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(f.reason()).contains("input 'insured' for 2022 is missing");
  }

  @Test
  void compute_negativeCount_isInvalidInput() {
    Figure f =
        Formulas.decentWorkFirms()
            .compute(in().put("decentFirms", YEAR, -3).put("firms", YEAR, 20).build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.INVALID_INPUT);
    assertThat(f.reason())
        .contains("input 'decentFirms' for 2022 is negative (-3); a count cannot be negative");
  }

  @Test
  void compute_direct_takesValueAsGivenAndRoundsIt() {
    Figure f = Formulas.direct().compute(in().put("value", YEAR, "-3.14159").build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.COMPUTED);
    assertThat(f.value()).contains(new BigDecimal("-3.14"));
    assertThat(f.inputs()).containsExactly(entry("value", new BigDecimal("-3.14159")));
  }

  @Test
  void compute_hostFormulaThrows_isRuleFailedNamingFormulaIndicatorAndYear() {
    IndicatorFormula broken =
        new ThrowingFormula("dinas:broken", new ArithmeticException("/ by zero"));

    Figure f = Formulas.compute(broken, in().indicator("iku-1").build(), TRUNCATE_2);

    assertThat(f.status()).isEqualTo(Status.RULE_FAILED);
    assertThat(f.rule()).isEqualTo("dinas:broken");
    assertThat(f.reason())
        .contains("formula 'dinas:broken' failed for indicator 'iku-1' in 2022: / by zero");
  }

  @Test
  void compute_hostFormulaThrowsWithoutMessage_namesExceptionClass() {
    IndicatorFormula broken = new ThrowingFormula("dinas:broken", new NullPointerException());

    Figure f = Formulas.compute(broken, in().indicator("iku-1").build(), TRUNCATE_2);

    assertThat(f.reason())
        .contains(
            "formula 'dinas:broken' failed for indicator 'iku-1' in 2022: java.lang.NullPointerException");
  }

  @Test
  void compute_hostFormulaThrowsError_rethrows() {
    IndicatorFormula broken = new ThrowingFormula("dinas:broken", new StackOverflowError("deep"));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Formulas.compute(broken, in().build(), TRUNCATE_2))
        .isInstanceOf(StackOverflowError.class)
        .hasMessage("deep");
  }

  private static SampleInputs in() {
    return SampleInputs.forYear(YEAR);
  }

  /** A host's formula that throws. */
  static final class ThrowingFormula implements IndicatorFormula {
    private final String id;
    private final Throwable failure;

    ThrowingFormula(String id, Throwable failure) {
      this.id = id;
      this.failure = failure;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "throws " + failure;
    }

    @Override
    public com.google.common.collect.ImmutableList<String> inputNames() {
      return com.google.common.collect.ImmutableList.of("a");
    }

    @Override
    public Figure compute(FormulaInputs inputs, Rounding rounding) {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      throw (Error) failure;
    }
  }
}
