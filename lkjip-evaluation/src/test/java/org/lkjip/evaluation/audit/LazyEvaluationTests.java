package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.EfficiencyPolicy;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.ImmutableRuleSet;
import org.lkjip.evaluation.IndicatorResult;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.LineResult;
import org.lkjip.evaluation.ObjectiveResult;
import org.lkjip.evaluation.ReportEdits;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.achievement.ImmutableAchievementPolicy;
import org.lkjip.evaluation.achievement.NegativePolarityForm;
import org.lkjip.evaluation.budget.BudgetIndex;
import org.lkjip.evaluation.budget.Budgets;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.evaluation.efficiency.EfficiencyRules;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;
import org.lkjip.model.Absence;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Polarity;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * A lazy evaluation ({@link Evaluator#evaluateLazily}) gives the same figures as the full one, for
 * the seed report and copies of it with missing, zero and odd inputs, under several rule sets; and
 * the reconciler's lookups through it find the same figure as through the full evaluation for every
 * published figure. The report totals' mean absorptions from the lines' figures equal the ones
 * computed from the sub-activities.
 */
class LazyEvaluationTests {
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());

  @Test
  void lazyFiguresEqualTheFullEvaluation() {
    for (Report report : reports()) {
      for (RuleSet rs : ruleSets()) {
        Evaluation full = EVALUATOR.evaluate(report, rs);
        // asked in the reverse order of the full evaluation, so that dependencies are lazy
        Evaluator.LazyEvaluation lazy = EVALUATOR.evaluateLazily(report, rs);
        for (ObjectiveResult o : full.objectives().reverse()) {
          assertThat(lazy.objective(o.objectiveId())).contains(o);
        }
        for (LineResult line : full.lines().reverse()) {
          assertThat(lazy.line(line.lineId())).contains(line);
        }
        for (IndicatorResult r : full.indicators().reverse()) {
          for (IndicatorYear y : r.years()) {
            assertThat(lazy.indicatorYear(r.indicatorId(), y.year())).contains(y);
          }
          assertThat(lazy.indicatorYear(r.indicatorId(), 1999)).isEmpty();
        }
        assertThat(lazy.totals()).isEqualTo(full.totals());
        assertThat(lazy.alignmentId()).isEqualTo(full.alignmentId());
        assertThat(lazy.objective("no-such-id")).isEmpty();
        assertThat(lazy.line("no-such-id")).isEmpty();
        assertThat(lazy.indicatorYear("no-such-id", report.fiscalYear())).isEmpty();
        // totals first, on a fresh lazy evaluation of another rule set
        Evaluator.LazyEvaluation other = lazy.withRuleSet(RuleSets.recommended());
        assertThat(other.totals())
            .isEqualTo(EVALUATOR.evaluate(report, RuleSets.recommended()).totals());
      }
    }
  }

  @Test
  void lookupsThroughALazyEvaluationFindTheSameFigures() {
    for (Report report : reports()) {
      BudgetIndex index = BudgetIndex.of(report);
      for (RuleSet rs : ruleSets()) {
        Reconciler.Lookup full = new Reconciler.Lookup(report, rs, EVALUATOR.evaluate(report, rs));
        Reconciler.Lookup lazy =
            new Reconciler.Lookup(
                report, rs, Reconciler.Source.of(EVALUATOR.evaluateLazily(report, rs)), index);
        for (PublishedFigure p : report.published().reverse()) {
          assertThat(lazy.figure(p)).as("%s", p).isEqualTo(full.figure(p));
        }
      }
    }
  }

  @Test
  void meanAbsorptionsFromLineFiguresEqualRecomputedOnes() {
    for (Report report : reports()) {
      for (RuleSet rs : ruleSets()) {
        Evaluation e = EVALUATOR.evaluate(report, rs);
        List<Figure> absorptions = new ArrayList<>();
        for (SubActivity s : report.subActivities()) {
          LineResult line = e.line(s.id()).orElseThrow();
          assertThat(line.level()).isEqualTo(LineLevel.SUB_ACTIVITY);
          absorptions.add(line.absorption());
        }
        Rounding r = rs.absorption().rounding();
        List<SubActivity> subs = report.subActivities();
        assertThat(Budgets.meanAbsorption(subs, absorptions, r))
            .isEqualTo(Budgets.meanAbsorption(subs, r, r));
        assertThat(Budgets.weightedMeanAbsorption(subs, absorptions, r))
            .isEqualTo(Budgets.weightedMeanAbsorption(subs, r, r));
        assertThat(e.totals().meanAbsorption()).isEqualTo(Budgets.meanAbsorption(subs, r, r));
      }
    }
  }

  private static List<RuleSet> ruleSets() {
    RoundingPolicy halfEven3 = RoundingPolicy.of(Rounding.of(3, RoundingMode.HALF_EVEN), true);
    RoundingPolicy truncated1 = RoundingPolicy.of(Rounding.truncate(1), true);
    RuleSet odd =
        ImmutableRuleSet.builder()
            .from(RuleSets.seedTebingTinggi2022())
            .id("odd")
            .indicatorValue(RoundingPolicy.of(Rounding.halfUp(1), true))
            .achievement(
                ImmutableAchievementPolicy.builder()
                    .negativeForm(NegativePolarityForm.T_OVER_R)
                    .cap(new BigDecimal("120"))
                    .rounding(truncated1)
                    .build())
            .absorption(halfEven3)
            .outputAchievement(truncated1)
            .objectiveEfficiency(EfficiencyPolicy.of(EfficiencyRules.PMK_22_2021, halfEven3))
            .lineEfficiency(EfficiencyPolicy.of(EfficiencyRules.RATIO, truncated1))
            .gradingScaleId("no-such-scale")
            .build();
    RuleSet noAlignment =
        ImmutableRuleSet.builder()
            .from(RuleSets.recommended())
            .id("no-alignment")
            .alignmentId("no-such-alignment")
            .usePublishedActualWhenMissing(false)
            .lineEfficiency(EfficiencyPolicy.of(EfficiencyRules.PMK_22_2021, halfEven3))
            .build();
    return List.of(RuleSets.seedTebingTinggi2022(), RuleSets.recommended(), odd, noAlignment);
  }

  /** The seed, and copies with missing, zero and odd inputs here and there. */
  private static List<Report> reports() {
    Report seed = SeedReport.report();
    return List.of(seed, mutated(seed, 0), mutated(seed, 1), mutated(seed, 2));
  }

  private static Report mutated(Report r, int variant) {
    int[] n = {variant};
    Report subs = ReportEdits.mapSubActivities(r, s -> mutated(s, n[0]++));
    ImmutableReport out =
        ImmutableReport.copyOf(
            ReportEdits.mapIndicators(subs, i -> mutated(i, r.fiscalYear(), n[0]++)));
    return variant == 2 ? out.withAlignments(List.of()) : out;
  }

  private static SubActivity mutated(SubActivity s, int k) {
    ImmutableSubActivity m = ImmutableSubActivity.copyOf(s);
    switch (k % 7) {
      case 0 -> m = m.withSpending(Optional.empty());
      case 1 -> m = m.withBudget(BigDecimal.ZERO);
      case 2 -> m = m.withSpendingByPeriod(List.of()).withPhysicalProgress(Optional.empty());
      case 3 -> {
        if (m.output().isPresent()) {
          m = m.withOutput(ImmutableOutput.copyOf(m.output().get()).withActual(Optional.empty()));
        }
      }
      case 4 -> {
        if (m.output().isPresent()) {
          Quantity t = m.output().get().target();
          m =
              m.withOutput(
                  ImmutableOutput.copyOf(m.output().get())
                      .withActual(Quantity.of(t.amount().add(new BigDecimal("0.7")), t.unit())));
        }
      }
      case 5 -> m = m.withSpending(m.spending().map(x -> x.setScale(2)));
      default -> {}
    }
    return m;
  }

  private static Indicator mutated(Indicator i, int fiscalYear, int k) {
    ImmutableIndicator m = ImmutableIndicator.copyOf(i);
    switch (k % 6) {
      case 0 -> m = m.withFormula(Optional.empty());
      case 1 -> m = m.withPolarity(Polarity.NEGATIVE);
      case 2 -> {
        List<Target> targets = new ArrayList<>();
        for (Target t : m.targets()) {
          targets.add(
              t.year().equals(Optional.of(fiscalYear))
                  ? ImmutableTarget.builder()
                      .year(fiscalYear)
                      .low(new BigDecimal("20"))
                      .high(new BigDecimal("60.5"))
                      .build()
                  : t);
        }
        m = m.withTargets(targets);
      }
      case 3 ->
          m =
              m.withPlanEndTarget(ImmutableTarget.builder().value(new BigDecimal("75.25")).build())
                  .withNationalStandard(ImmutableTarget.builder().absence(Absence.NIL).build());
      case 4 -> m = m.withInputs(List.of());
      default -> {}
    }
    return m;
  }
}
