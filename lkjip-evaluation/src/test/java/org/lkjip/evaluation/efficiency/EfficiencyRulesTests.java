package org.lkjip.evaluation.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;
import org.lkjip.formulas.Status;
import org.quicktheories.core.Gen;

class EfficiencyRulesTests {
  private static final RoundingPolicy HALF_UP = RoundingPolicy.of(Rounding.halfUp(2));
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Percentages in hundredths, 0 .. 150. */
  private static final Gen<BigDecimal> PERCENT =
      longs().between(0, 15_000).map(l -> BigDecimal.valueOf(l, 2));

  private static final Gen<BigDecimal> POSITIVE_PERCENT =
      longs().between(1, 15_000).map(l -> BigDecimal.valueOf(l, 2));

  private static Figure pct(BigDecimal v) {
    return Figure.exact("test", v, Map.of());
  }

  private static EfficiencyInputs in(BigDecimal achievement, BigDecimal absorption) {
    return ImmutableEfficiencyInputs.builder()
        .subject("x")
        .achievement(pct(achievement))
        .absorption(pct(absorption))
        .build();
  }

  private static EfficiencyInputs in(String achievement, String absorption, String spending) {
    return ImmutableEfficiencyInputs.builder()
        .subject("x")
        .achievement(pct(new BigDecimal(achievement)))
        .absorption(pct(new BigDecimal(absorption)))
        .spending(new BigDecimal(spending))
        .build();
  }

  @Test
  void builtIns_haveStableIdsAndDescriptions() {
    assertThat(EfficiencyRules.builtIns())
        .extracting(EfficiencyRule::id)
        .containsExactly("ratio", "savings", "difference", "pmk-22-2021");
    assertThat(EfficiencyRules.builtIns())
        .allSatisfy(r -> assertThat(r.description()).contains("nothing was achieved"));
    assertThat(EfficiencyRules.find("savings")).contains(EfficiencyRules.savings());
    assertThat(EfficiencyRules.find("nope")).isEmpty();
  }

  @Test
  void ratio_nothingAchievedSomethingSpent_isDivisionByZero() {
    Figure f = EfficiencyRules.ratio().compute(in("0", "50", "100"), HALF_UP);
    assertThat(f.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(f.rule()).isEqualTo("efficiency:ratio");
  }

  @Test
  void allRules_nothingAchievedNothingSpent_isComputedZero() {
    EfficiencyInputs nothing =
        ImmutableEfficiencyInputs.builder()
            .from(in("0", "0", "0"))
            .addLines(
                ImmutableEfficiencyLine.builder()
                    .id("l")
                    .budget(BigDecimal.TEN)
                    .spending(BigDecimal.ZERO)
                    .achievement(pct(BigDecimal.ZERO))
                    .build())
            .build();
    for (EfficiencyRule r : EfficiencyRules.builtIns()) {
      Figure f = r.compute(nothing, HALF_UP);
      assertThat(f.valueOrThrow()).as(r.id()).isEqualByComparingTo("0");
    }
    assertThat(EfficiencyRules.savings().compute(nothing, HALF_UP).reason())
        .contains("nothing achieved and nothing spent");
  }

  @Test
  void savings_notFullyAchieved_isNotApplicableWithReason() {
    Figure f = EfficiencyRules.savings().compute(in("50", "40", "400"), HALF_UP);
    assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(f.reason().orElseThrow()).contains("not fully achieved");
  }

  @Test
  void rules_propagateAMissingFigure() {
    EfficiencyInputs missing =
        ImmutableEfficiencyInputs.builder()
            .subject("1.a.1")
            .achievement(pct(HUNDRED))
            .absorption(
                Figure.notComputed("absorption", Status.MISSING_INPUT, "no spending", Map.of()))
            .build();
    Figure f = EfficiencyRules.difference().compute(missing, HALF_UP);
    assertThat(f.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(f.reason())
        .contains("absorption of '1.a.1' is not available: MISSING_INPUT (no spending)");
  }

  @Test
  void ratio_matchesFormula() {
    qt().forAll(POSITIVE_PERCENT, PERCENT)
        .checkAssert(
            (ach, abs) ->
                assertThat(EfficiencyRules.ratio().compute(in(ach, abs), HALF_UP).valueOrThrow())
                    .isEqualByComparingTo(
                        ach.subtract(abs).multiply(HUNDRED).divide(ach, 2, RoundingMode.HALF_UP)));
  }

  @Test
  void savings_matchesFormulaWhenFullyAchieved() {
    qt().forAll(PERCENT, PERCENT)
        .checkAssert(
            (ach, abs) -> {
              Figure f = EfficiencyRules.savings().compute(in(ach.add(HUNDRED), abs), HALF_UP);
              assertThat(f.valueOrThrow())
                  .isEqualByComparingTo(HUNDRED.subtract(abs).setScale(2, RoundingMode.HALF_UP));
            });
  }

  @Test
  void difference_matchesFormula() {
    qt().forAll(PERCENT, PERCENT)
        .checkAssert(
            (ach, abs) ->
                assertThat(
                        EfficiencyRules.difference().compute(in(ach, abs), HALF_UP).valueOrThrow())
                    .isEqualByComparingTo(ach.subtract(abs)));
  }

  private static final Gen<List<EfficiencyLine>> LINES =
      lists()
          .of(
              longs()
                  .between(1, 1_000_000_000L)
                  .zip(
                      longs().between(0, 1_000_000_000L),
                      POSITIVE_PERCENT,
                      (b, s, a) ->
                          (EfficiencyLine)
                              ImmutableEfficiencyLine.builder()
                                  .id("l" + b)
                                  .budget(BigDecimal.valueOf(b))
                                  .spending(BigDecimal.valueOf(Math.min(b, s)))
                                  .achievement(pct(a))
                                  .build()))
          .ofSizeBetween(1, 6);

  @Test
  void pmk22_matchesFormulaOverLines() {
    qt().forAll(LINES)
        .checkAssert(
            lines -> {
              BigDecimal weighted = BigDecimal.ZERO;
              BigDecimal spent = BigDecimal.ZERO;
              for (EfficiencyLine l : lines) {
                // budget × achievement / 100 is exact for achievements in hundredths.
                weighted =
                    weighted.add(
                        l.budget().multiply(l.achievement().valueOrThrow()).movePointLeft(2));
                spent = spent.add(l.spending().orElseThrow());
              }
              BigDecimal expected =
                  weighted
                      .subtract(spent)
                      .multiply(HUNDRED)
                      .divide(weighted, 2, RoundingMode.HALF_UP);
              EfficiencyInputs in =
                  ImmutableEfficiencyInputs.builder()
                      .subject("o")
                      .achievement(pct(HUNDRED))
                      .absorption(pct(HUNDRED))
                      .addAllLines(lines)
                      .build();
              assertThat(EfficiencyRules.pmk22().compute(in, HALF_UP).valueOrThrow())
                  .isEqualByComparingTo(expected);
            });
  }

  @Test
  void pmk22_lineWithoutSpending_isMissingInputNamingIt() {
    EfficiencyInputs in =
        ImmutableEfficiencyInputs.builder()
            .subject("o")
            .achievement(pct(HUNDRED))
            .absorption(pct(HUNDRED))
            .addLines(
                ImmutableEfficiencyLine.builder()
                    .id("3.b.1")
                    .budget(BigDecimal.TEN)
                    .spending(Optional.empty())
                    .achievement(pct(HUNDRED))
                    .build())
            .build();
    Figure f = EfficiencyRules.pmk22().compute(in, HALF_UP);
    assertThat(f.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(f.reason()).contains("spending of line '3.b.1' is not reported");
  }

  @Test
  void ratio_roundInputsFirst_usesTheRoundedFigures() {
    EfficiencyInputs in =
        ImmutableEfficiencyInputs.builder()
            .subject("x")
            .achievement(
                Figure.computed("a", new BigDecimal("52.738"), Rounding.truncate(2), Map.of()))
            .absorption(
                Figure.computed("b", new BigDecimal("98.8400"), Rounding.halfUp(2), Map.of()))
            .build();
    Figure fromUnrounded = EfficiencyRules.ratio().compute(in, HALF_UP);
    Figure fromRounded =
        EfficiencyRules.ratio().compute(in, RoundingPolicy.of(Rounding.halfUp(2), true));
    assertThat(fromUnrounded.inputs().get("achievement")).isEqualByComparingTo("52.738");
    assertThat(fromRounded.inputs().get("achievement")).isEqualByComparingTo("52.73");
    assertThat(fromRounded.valueOrThrow())
        .isEqualByComparingTo(
            new BigDecimal("52.73")
                .subtract(new BigDecimal("98.84"))
                .multiply(HUNDRED)
                .divide(new BigDecimal("52.73"), 2, RoundingMode.HALF_UP));
  }
}
