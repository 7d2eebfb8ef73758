package org.lkjip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.model.Bound;
import org.lkjip.model.GradingScale;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableGradingScale;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Polarity;
import org.lkjip.model.Report;

/** The evaluator's handling of data and configuration problems: never an exception. */
class EvaluatorTests {
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());

  private static ImmutableIndicator.Builder indicator(String id) {
    return ImmutableIndicator.builder()
        .id(id)
        .name(id)
        .unit("%")
        .addTargets(ImmutableTarget.builder().year(2022).value(new BigDecimal("20")).build());
  }

  private static Report report(Indicator... indicators) {
    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("Dinas").region("Kota").build())
        .fiscalYear(2022)
        .addGoals(
            ImmutableGoal.builder()
                .id("G")
                .name("G")
                .addObjectives(
                    ImmutableObjective.builder()
                        .id("O")
                        .name("O")
                        .addIndicators(indicators)
                        .build())
                .build())
        .build();
  }

  private static Indicator direct(String id, String value, Polarity polarity) {
    return indicator(id)
        .formula("lkjip:direct")
        .polarity(polarity)
        .addInputs(
            ImmutableObservation.builder()
                .name("value")
                .year(2022)
                .value(new BigDecimal(value))
                .build())
        .build();
  }

  private static IndicatorYear fiscal(Evaluation e, String id) {
    return e.indicator(id).orElseThrow().year(2022).orElseThrow();
  }

  @Test
  void evaluate_inputOfAYearWithoutTarget_valueRecomputedAchievementNot() {
    Indicator i =
        indicator("I")
            .formula("lkjip:direct")
            .addInputs(
                ImmutableObservation.builder()
                    .name("value")
                    .year(2022)
                    .value(new BigDecimal("18"))
                    .build(),
                ImmutableObservation.builder()
                    .name("value")
                    .year(2015)
                    .value(new BigDecimal("12.5"))
                    .build())
            .build();

    Evaluation e = EVALUATOR.evaluate(report(i), RuleSets.recommended());

    IndicatorYear y2015 = e.indicator("I").orElseThrow().year(2015).orElseThrow();
    assertThat(y2015.value().isComputed()).isTrue();
    assertThat(y2015.value().valueOrThrow()).isEqualByComparingTo("12.5");
    assertThat(y2015.achievement().isComputed()).isFalse();
    assertThat(e.indicator("I").orElseThrow().years())
        .extracting(IndicatorYear::year)
        .containsExactly(2015, 2022);
  }

  @Test
  void evaluate_unknownFormula_isMissingInputWithReason() {
    Evaluation e =
        EVALUATOR.evaluate(
            report(indicator("I").formula("acme:nope").build()), RuleSets.recommended());
    Figure v = fiscal(e, "I").value();
    assertThat(v.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(v.reason()).contains("formula 'acme:nope' of indicator 'I' is not registered");
    assertThat(fiscal(e, "I").achievement().status()).isEqualTo(Status.MISSING_INPUT);
  }

  @Test
  void evaluate_formulaThatThrows_isRuleFailedNamingFormulaAndIndicator() {
    IndicatorFormula broken =
        new IndicatorFormula() {
          @Override
          public String id() {
            return "acme:broken";
          }

          @Override
          public String description() {
            return "throws";
          }

          @Override
          public ImmutableList<String> inputNames() {
            return ImmutableList.of();
          }

          @Override
          public Figure compute(FormulaInputs inputs, Rounding rounding) {
            throw new ArithmeticException("boom");
          }
        };
    Evaluator ev =
        new Evaluator(id -> id.equals("acme:broken") ? Optional.of(broken) : Optional.empty());
    Evaluation e =
        ev.evaluate(report(indicator("I").formula("acme:broken").build()), RuleSets.recommended());
    Figure v = fiscal(e, "I").value();
    assertThat(v.status()).isEqualTo(Status.RULE_FAILED);
    assertThat(v.reason().orElseThrow())
        .startsWith(
            "formula 'acme:broken' failed for indicator 'I' in 2022: java.lang.ArithmeticException: boom");
  }

  @Test
  void evaluate_unknownScale_isANoteAndNothingIsGraded() {
    RuleSet rs = ImmutableRuleSet.copyOf(RuleSets.recommended()).withGradingScaleId("nope");
    Evaluation e = EVALUATOR.evaluate(report(direct("I", "10", Polarity.POSITIVE)), rs);
    assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("grading scale 'nope'"));
    assertThat(fiscal(e, "I").grade().outcome()).isEqualTo(Grade.Outcome.NOT_GRADED);
  }

  @Test
  void evaluate_userScale_isUsedByItsId() {
    GradingScale mine =
        ImmutableGradingScale.builder()
            .id("mine")
            .name("mine")
            .addBands(
                ImmutableBand.builder()
                    .label("Low")
                    .upper(Bound.exclusive(new BigDecimal("60")))
                    .build(),
                ImmutableBand.builder()
                    .label("High")
                    .lower(Bound.inclusive(new BigDecimal("60")))
                    .build())
            .build();
    RuleSet rs = ImmutableRuleSet.copyOf(RuleSets.recommended()).withGradingScaleId("mine");
    Evaluation e =
        EVALUATOR
            .withScales(List.of(mine))
            .evaluate(report(direct("I", "10", Polarity.POSITIVE)), rs);
    assertThat(fiscal(e, "I").grade().label()).contains("Low");
    assertThat(e.scaleFindings()).isEmpty();
  }

  @Test
  void evaluate_negativePolarity_usesTheRuleSetsForm() {
    Evaluation e =
        EVALUATOR.evaluate(report(direct("I", "25", Polarity.NEGATIVE)), RuleSets.recommended());
    Figure a = fiscal(e, "I").achievement();
    assertThat(a.rule()).isEqualTo("achievement:negative-2t-minus-r");
    assertThat(a.valueOrThrow()).isEqualByComparingTo("75.00");
    assertThat(fiscal(e, "I").grade().label()).contains("Baik");
  }

  @Test
  void evaluate_noAlignment_isANoteAndObjectiveBudgetsAreNotApplicable() {
    Evaluation e =
        EVALUATOR.evaluate(report(direct("I", "10", Polarity.POSITIVE)), RuleSets.recommended());
    assertThat(e.notes())
        .contains("the report has no alignment: objective budgets are not computed");
    assertThat(e.objective("O").orElseThrow().budget().status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(e.objective("O").orElseThrow().achievement().valueOrThrow())
        .isEqualByComparingTo("50.00");
  }

  @Test
  void evaluate_objectiveAchievement_isTheMeanOfItsIndicators() {
    Evaluation e =
        EVALUATOR.evaluate(
            report(direct("I1", "10", Polarity.POSITIVE), direct("I2", "15", Polarity.POSITIVE)),
            RuleSets.recommended());
    Figure a = e.objective("O").orElseThrow().achievement();
    assertThat(a.valueOrThrow()).isEqualByComparingTo("62.50");
    assertThat(a.inputs()).containsOnlyKeys("I1", "I2");
  }

  @Test
  void evaluate_objectiveWithAMissingIndicator_namesIt() {
    Evaluation e =
        EVALUATOR.evaluate(
            report(direct("I1", "10", Polarity.POSITIVE), indicator("I2").build()),
            RuleSets.recommended());
    Figure a = e.objective("O").orElseThrow().achievement();
    assertThat(a.status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(a.reason().orElseThrow())
        .startsWith("achievement of indicator 'I2' is not available");
  }

  @Test
  void evaluate_missingTargetForFiscalYear_isMissingInput() {
    Indicator i =
        ImmutableIndicator.builder()
            .id("I")
            .name("I")
            .unit("%")
            .formula("lkjip:direct")
            .addInputs(
                ImmutableObservation.builder()
                    .name("value")
                    .year(2022)
                    .value(BigDecimal.ONE)
                    .build())
            .build();
    Evaluation e = EVALUATOR.evaluate(report(i), RuleSets.recommended());
    assertThat(fiscal(e, "I").achievement().reason())
        .contains("indicator 'I' has no target for 2022");
    assertThat(fiscal(e, "I").planProgress().reason()).contains("no plan end target recorded");
  }

  @Test
  void evaluate_isDeterministic() {
    Report r = SeedFixture.report();
    assertThat(EVALUATOR.evaluate(r, RuleSets.seedTebingTinggi2022()))
        .isEqualTo(EVALUATOR.evaluate(r, RuleSets.seedTebingTinggi2022()));
  }
}
