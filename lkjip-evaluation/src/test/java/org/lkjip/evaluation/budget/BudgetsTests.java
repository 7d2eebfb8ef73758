package org.lkjip.evaluation.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.SubActivity;

class BudgetsTests {
  private static final Rounding HALF_UP = Rounding.halfUp(2);

  private static ImmutableSubActivity.Builder line(String id, long budget) {
    return ImmutableSubActivity.builder().id(id).name(id).budget(BigDecimal.valueOf(budget));
  }

  @Test
  void spending_lineWithoutSpending_isMissingInputNamingIt_notZero() {
    List<SubActivity> lines =
        List.of(
            line("a", 100).spending(BigDecimal.valueOf(50)).build(),
            line("b", 100).build(),
            line("c", 100).build());
    Figure f = Budgets.spending(lines);
    assertThat(f.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(f.reason()).contains("spending not reported for lines 'b', 'c'");
    Figure absorption = Budgets.absorption("p", BigDecimal.valueOf(300), f, HALF_UP);
    assertThat(absorption.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(absorption.reason().orElseThrow()).contains("'b', 'c'");
  }

  @Test
  void spending_reportedZero_isAFactualZero() {
    Figure f = Budgets.spending(List.of(line("a", 886_600).spending(BigDecimal.ZERO).build()));
    assertThat(f.valueOrThrow()).isEqualByComparingTo("0");
    assertThat(Budgets.absorption("a", BigDecimal.valueOf(886_600), f, HALF_UP).valueOrThrow())
        .isEqualByComparingTo("0.00");
  }

  @Test
  void absorption_zeroBudget_isDivisionByZero() {
    Figure f =
        Budgets.absorption(
            "x",
            BigDecimal.ZERO,
            Figure.exact("spending-sum", BigDecimal.ONE, java.util.Map.of()),
            HALF_UP);
    assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(f.reason()).contains("budget of 'x' is zero: absorption is undefined");
  }

  @Test
  void absorption_seedLine_isHalfUpFromUnrounded() {
    Figure f =
        Budgets.absorption(
            "1.a.1",
            new BigDecimal("2693549200"),
            Figure.exact("spending-sum", new BigDecimal("2602212755"), java.util.Map.of()),
            HALF_UP);
    assertThat(f.valueOrThrow()).isEqualByComparingTo("96.61");
    assertThat(f.inputs()).containsOnlyKeys("spending", "budget");
  }

  @Test
  void periodSpending_sumsPeriodsAndNamesLinesWithout() {
    SubActivity a =
        line("a", 100)
            .spending(BigDecimal.valueOf(90))
            .addSpendingByPeriod(
                ImmutablePeriodSpending.builder()
                    .fromQuarter(1)
                    .toQuarter(3)
                    .amount(BigDecimal.valueOf(60))
                    .build(),
                ImmutablePeriodSpending.builder()
                    .fromQuarter(4)
                    .toQuarter(4)
                    .amount(BigDecimal.valueOf(20))
                    .build())
            .build();
    Figure sum = Budgets.periodSpending(List.of(a));
    assertThat(sum.valueOrThrow()).isEqualByComparingTo("80");
    assertThat(Budgets.periodDifference(sum, Budgets.spending(List.of(a))).valueOrThrow())
        .isEqualByComparingTo("-10");
    Figure missing = Budgets.periodSpending(List.of(a, line("b", 5).build()));
    assertThat(missing.reason()).contains("no spending by period reported for line 'b'");
  }

  @Test
  void means_simpleWeightedAndPhysical() {
    List<SubActivity> lines =
        List.of(
            line("a", 100)
                .spending(BigDecimal.valueOf(50))
                .physicalProgress(BigDecimal.valueOf(100))
                .build(),
            line("b", 300)
                .spending(BigDecimal.valueOf(300))
                .physicalProgress(BigDecimal.valueOf(95))
                .build());
    assertThat(Budgets.meanAbsorption(lines, HALF_UP, HALF_UP).valueOrThrow())
        .isEqualByComparingTo("75.00");
    assertThat(Budgets.weightedMeanAbsorption(lines, HALF_UP, HALF_UP).valueOrThrow())
        .isEqualByComparingTo("87.50");
    assertThat(Budgets.meanPhysicalProgress(lines, HALF_UP).valueOrThrow())
        .isEqualByComparingTo("97.50");
    Figure missing = Budgets.meanPhysicalProgress(List.of(line("c", 1).build()), HALF_UP);
    assertThat(missing.reason()).contains("physical progress not reported for line 'c'");
  }
}
