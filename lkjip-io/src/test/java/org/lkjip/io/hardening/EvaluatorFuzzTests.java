package org.lkjip.io.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.io.EvaluationWriter;
import org.lkjip.model.Absence;
import org.lkjip.model.Bound;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableGradingScale;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.InvalidModelException;
import org.lkjip.model.Measure;
import org.lkjip.model.Polarity;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.Target;

/**
 * Coverage-guided fuzzing of the evaluator and the auditor with Jazzer: the fuzzer's bytes choose a
 * whole report (goals, indicators with built-in formulas and their inputs, targets of every kind, a
 * budget tree with quarters and outputs, alignments with shares, a stated scale, published figures
 * of every measure) and a built-in rule set. A report the model rejects is skipped; every other one
 * must evaluate, audit, write as JSON and read back equal without any exception. Regression inputs
 * are under {@code EvaluatorFuzzTestsInputs/} in the test resources.
 */
class EvaluatorFuzzTests {
  private static final FormulaRegistry REGISTRY = FormulaRegistry.standard();
  private static final Evaluator EVALUATOR = new Evaluator(REGISTRY);
  private static final Auditor AUDITOR = new Auditor(REGISTRY);
  private static final List<IndicatorFormula> FORMULAS = REGISTRY.all();

  @FuzzTest(maxDuration = "2m")
  void evaluate_fuzzedReport_noException(FuzzedDataProvider data) {
    Report report;
    try {
      report = report(data);
    } catch (InvalidModelException rejected) {
      return;
    }
    List<RuleSet> ruleSets = RuleSets.builtIns();
    RuleSet rules = ruleSets.get(data.consumeInt(0, ruleSets.size() - 1));
    new EvaluationWriter().toJson(EVALUATOR.evaluate(report, rules));
    AUDITOR.verify(report, rules, Optional.empty());
    String roundTrip = RoundTrip.problem(report, true);
    if (roundTrip != null) {
      throw new AssertionError(roundTrip);
    }
  }

  /** A decimal: small, large, negative, zero or with many places, as the fuzzer chooses. */
  private static BigDecimal decimal(FuzzedDataProvider d, boolean nonNegative) {
    long unscaled = d.consumeLong(nonNegative ? 0 : -1_000_000_000_000L, 1_000_000_000_000L);
    return BigDecimal.valueOf(unscaled, d.consumeInt(-6, 12));
  }

  private static Target target(FuzzedDataProvider d, Optional<Integer> year) {
    ImmutableTarget.Builder t = ImmutableTarget.builder().year(year);
    switch (d.consumeInt(0, 2)) {
      case 0 -> t.value(decimal(d, false));
      case 1 -> {
        BigDecimal a = decimal(d, false);
        BigDecimal b = decimal(d, false);
        t.low(a.min(b)).high(a.max(b));
      }
      default -> t.absence(d.pickValue(Absence.values()));
    }
    return t.build();
  }

  static Report report(FuzzedDataProvider d) {
    int year = d.consumeInt(2015, 2030);
    List<String> objectiveIds = new ArrayList<>();
    List<String> indicatorIds = new ArrayList<>();
    List<String> lineIds = new ArrayList<>();
    ImmutableReport.Builder r =
        ImmutableReport.builder()
            .agency(ImmutableAgency.builder().name("Dinas").region("Kota").build())
            .fiscalYear(year);
    int goals = d.consumeInt(1, 2);
    for (int g = 0; g < goals; g++) {
      ImmutableGoal.Builder goal = ImmutableGoal.builder().id("T" + g).name("Tujuan " + g);
      int objectives = d.consumeInt(1, 3);
      for (int o = 0; o < objectives; o++) {
        String oid = "S" + g + "." + o;
        objectiveIds.add(oid);
        ImmutableObjective.Builder objective = ImmutableObjective.builder().id(oid).name("Sasaran");
        int indicators = d.consumeInt(0, 3);
        for (int i = 0; i < indicators; i++) {
          String iid = "IKU" + g + "." + o + "." + i;
          indicatorIds.add(iid);
          IndicatorFormula f = FORMULAS.get(d.consumeInt(0, FORMULAS.size() - 1));
          ImmutableIndicator.Builder ind =
              ImmutableIndicator.builder()
                  .id(iid)
                  .name("Indikator")
                  .unit("%")
                  .polarity(d.pickValue(Polarity.values()))
                  .formula(f.id());
          for (String input : f.inputNames()) {
            for (int y = year - 1; y <= year; y++) {
              if (d.consumeInt(0, 5) == 0) {
                continue;
              }
              ImmutableObservation.Builder obs = ImmutableObservation.builder().name(input).year(y);
              if (d.consumeInt(0, 6) == 0) {
                obs.absence(d.pickValue(Absence.values()));
              } else {
                obs.value(decimal(d, d.consumeBoolean()));
              }
              ind.addInputs(obs.build());
            }
          }
          for (int y = year - 1; y <= year; y++) {
            if (d.consumeInt(0, 4) != 0) {
              ind.addTargets(target(d, Optional.of(y)));
            }
          }
          if (d.consumeBoolean()) {
            ind.planEndTarget(target(d, Optional.empty()));
          }
          if (d.consumeBoolean()) {
            ind.nationalStandard(target(d, Optional.empty()));
          }
          objective.addIndicators(ind.build());
        }
        goal.addObjectives(objective.build());
      }
      r.addGoals(goal.build());
    }
    int programs = d.consumeInt(0, 2);
    for (int p = 0; p < programs; p++) {
      String pid = "P" + p;
      lineIds.add(pid);
      ImmutableProgram.Builder program = ImmutableProgram.builder().id(pid).name("Program");
      int activities = d.consumeInt(0, 2);
      for (int a = 0; a < activities; a++) {
        String aid = pid + "." + a;
        lineIds.add(aid);
        ImmutableActivity.Builder activity = ImmutableActivity.builder().id(aid).name("Kegiatan");
        int subs = d.consumeInt(0, 3);
        for (int s = 0; s < subs; s++) {
          String sid = aid + "." + s;
          lineIds.add(sid);
          ImmutableSubActivity.Builder sub =
              ImmutableSubActivity.builder().id(sid).name("Sub").budget(decimal(d, true));
          if (d.consumeInt(0, 4) != 0) {
            sub.spending(decimal(d, true));
          }
          if (d.consumeBoolean()) {
            sub.physicalProgress(decimal(d, true));
          }
          int periods = d.consumeInt(0, 2);
          for (int q = 0; q < periods; q++) {
            int from = d.consumeInt(1, 4);
            sub.addSpendingByPeriod(
                ImmutablePeriodSpending.builder()
                    .fromQuarter(from)
                    .toQuarter(d.consumeInt(from, 4))
                    .amount(decimal(d, true))
                    .build());
          }
          if (d.consumeBoolean()) {
            ImmutableOutput.Builder out =
                ImmutableOutput.builder()
                    .indicator("Output")
                    .target(Quantity.of(decimal(d, true), "unit"));
            if (d.consumeBoolean()) {
              out.actual(Quantity.of(decimal(d, true), "unit"));
            }
            sub.output(out.build());
          }
          activity.addSubActivities(sub.build());
        }
        program.addActivities(activity.build());
      }
      r.addPrograms(program.build());
    }
    int alignments = lineIds.isEmpty() ? 0 : d.consumeInt(0, 2);
    for (int a = 0; a < alignments; a++) {
      ImmutableAlignment.Builder al = ImmutableAlignment.builder().id("A" + a);
      int links = d.consumeInt(0, 4);
      for (int l = 0; l < links; l++) {
        ImmutableAlignmentLink.Builder link =
            ImmutableAlignmentLink.builder()
                .objective(d.pickValue(objectiveIds))
                .line(d.pickValue(lineIds));
        if (d.consumeBoolean()) {
          link.share(BigDecimal.valueOf(d.consumeLong(1, 10_000), 2));
        }
        al.addLinks(link.build());
      }
      r.addAlignments(al.build());
    }
    if (d.consumeBoolean()) {
      ImmutableGradingScale.Builder scale = ImmutableGradingScale.builder().id("s").name("Skala");
      int bands = d.consumeInt(1, 4);
      for (int b = 0; b < bands; b++) {
        ImmutableBand.Builder band = ImmutableBand.builder().label("B" + b);
        if (d.consumeInt(0, 3) != 0) {
          band.lower(bound(decimal(d, false), d.consumeBoolean()));
        }
        if (d.consumeInt(0, 3) != 0) {
          band.upper(bound(decimal(d, false), d.consumeBoolean()));
        }
        scale.addBands(band.build());
      }
      r.statedScale(scale.build());
    }
    List<String> subjects = new ArrayList<>(indicatorIds);
    subjects.addAll(objectiveIds);
    subjects.addAll(lineIds);
    int figures = d.consumeInt(0, 6);
    for (int f = 0; f < figures; f++) {
      Measure measure = d.pickValue(Measure.values());
      ImmutablePublishedFigure.Builder fig =
          ImmutablePublishedFigure.builder()
              .table("Tabel " + f)
              .row(String.valueOf(f))
              .column("Kolom")
              .printed(d.consumeString(12))
              .measure(measure);
      if (!subjects.isEmpty() && d.consumeInt(0, 4) != 0) {
        fig.subject(d.pickValue(subjects));
      }
      if (d.consumeInt(0, 4) != 0) {
        fig.value(decimal(d, false));
      } else if (d.consumeBoolean()) {
        fig.absence(d.pickValue(Absence.values()));
      }
      if (measure == Measure.PERIOD_SPENDING || d.consumeInt(0, 5) == 0) {
        int from = d.consumeInt(1, 4);
        fig.fromQuarter(from).toQuarter(d.consumeInt(from, 4));
      }
      if (d.consumeInt(0, 3) == 0) {
        fig.year(d.consumeInt(year - 2, year));
      }
      r.addPublished(fig.build());
    }
    return r.build();
  }

  private static Bound bound(BigDecimal value, boolean inclusive) {
    return inclusive ? Bound.inclusive(value) : Bound.exclusive(value);
  }
}
