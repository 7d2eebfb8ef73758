package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.ImmutableEfficiencyPolicy;
import org.lkjip.evaluation.ImmutableRuleSet;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.LineResult;
import org.lkjip.evaluation.Means;
import org.lkjip.evaluation.ObjectiveResult;
import org.lkjip.evaluation.ReportTotals;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.achievement.ImmutableAchievementPolicy;
import org.lkjip.evaluation.budget.AllocatedLine;
import org.lkjip.evaluation.budget.Allocations;
import org.lkjip.evaluation.budget.BudgetIndex;
import org.lkjip.evaluation.budget.Budgets;
import org.lkjip.evaluation.budget.ImmutableAllocatedLine;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.Grader;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;
import org.lkjip.formulas.Status;
import org.lkjip.model.Absence;
import org.lkjip.model.Alignment;
import org.lkjip.model.GradingScale;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Objective;
import org.lkjip.model.Output;
import org.lkjip.model.PeriodSpending;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.model.StrategicPlan;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * Reconciles every published figure of a report with its recomputed value in an {@link Evaluation}:
 * finds the recomputed {@link Figure} by measure, subject, year (and quarters), and compares at the
 * printed precision.
 *
 * <ul>
 *   <li>Money, targets and output quantities compare exactly ({@code compareTo}).
 *   <li>Percentages match when the printed value equals the rule set's rounded value, or, when the
 *       printed precision differs from the rule's scale ("70%" against 70.20), the unrounded value
 *       rounded at the printed scale with the rule's mode.
 *   <li>Otherwise other roundings are tried at the printed scale: {@link #MODES} on the unrounded
 *       value and, for quantities derived from an indicator value (achievement, plan progress,
 *       standard comparison, efficiency), the same quantity re-evaluated from the indicator value
 *       unrounded or rounded first in each mode (and, for efficiency, from rounded or unrounded
 *       inputs). The first that reproduces the printed value is named.
 *   <li>Grades are reconciled against the report's stated scale (the rule set's when none is
 *       stated), with labels compared case- and whitespace-insensitively.
 * </ul>
 *
 * <p>Pure and thread-safe; never throws for data problems.
 *
 * @since 0.1
 */
public final class Reconciler {
  /**
   * The rounding modes tried, in order: the ones published reports actually use (truncation,
   * half-up, half-even). Rounding away from zero, ceiling and floor are not accepted as
   * explanations: between two printed decimals one of them reproduces almost any value, so a figure
   * only they reproduce is reported as a mismatch rather than excused as a convention.
   */
  public static final ImmutableList<RoundingMode> MODES =
      ImmutableList.of(RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN);

  /** The id put in {@link Result#reproducedBy()} for a figure that matches exactly. */
  static final String EXACT = "exact";

  /** Rule id of the evaluator's mean output achievement of a program or activity. */
  static final String GROUP_OUTPUT_RULE = "mean-output-achievement";

  private final Evaluator evaluator;

  /** A reconciler that re-evaluates with {@code evaluator} when it tries other roundings. */
  public Reconciler(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** One reconciliation per published figure of {@code report}, in the report's order. */
  public ImmutableList<FigureReconciliation> reconcile(
      Report report, RuleSet ruleSet, Evaluation evaluation) {
    return run(report, ruleSet, evaluation).figures();
  }

  /** The reconciliations, with every rounding that reproduces each printed value. */
  Result run(Report report, RuleSet ruleSet, Evaluation evaluation) {
    return new Run(report, ruleSet, evaluation).reconcileAll();
  }

  /**
   * Reconciliations with, for each (same index), the ids of every rounding that reproduces the
   * printed value: the rule set's rounding id at the printed scale, other mode ids ("half-up-2"),
   * variant ids ("down-2 from the unrounded indicator value"), or {@link #EXACT}.
   */
  record Result(
      ImmutableList<FigureReconciliation> figures,
      ImmutableList<ImmutableSet<String>> reproducedBy) {}

  /** How a measure is compared. */
  enum Kind {
    /** Exact amounts: money, targets, quantities. */
    EXACT,
    /** Rounded percentages computed without an indicator value. */
    ROUNDED,
    /** Rounded quantities derived from an indicator value. */
    DERIVED,
    /** A grade label. */
    GRADE,
    /** Not recomputed. */
    NONE
  }

  static Kind kind(Measure m) {
    return switch (m) {
      case TARGET,
          PLAN_END_TARGET,
          NATIONAL_STANDARD,
          BUDGET,
          SPENDING,
          UNSPENT,
          PERIOD_SPENDING,
          OUTPUT_TARGET,
          OUTPUT_ACTUAL ->
          Kind.EXACT;
      case INDICATOR_VALUE, ABSORPTION, MEAN_ABSORPTION, PHYSICAL_PROGRESS, OUTPUT_ACHIEVEMENT ->
          Kind.ROUNDED;
      case ACHIEVEMENT, PLAN_PROGRESS, STANDARD_COMPARISON, EFFICIENCY -> Kind.DERIVED;
      case GRADE -> Kind.GRADE;
      case OTHER -> Kind.NONE;
    };
  }

  /** Whether a measure is an amount of money, where a printed "-" (Nihil) reads as zero. */
  static boolean isMoney(Measure m) {
    return m == Measure.BUDGET
        || m == Measure.SPENDING
        || m == Measure.UNSPENT
        || m == Measure.PERIOD_SPENDING;
  }

  /** The printed value to compare: the parsed number, or zero for money printed as "-" (Nihil). */
  static Optional<BigDecimal> printedValue(PublishedFigure p) {
    if (p.value().isPresent()) {
      return p.value();
    }
    if (isMoney(p.measure()) && p.absence().equals(Optional.of(Absence.NIL))) {
      return Optional.of(BigDecimal.ZERO);
    }
    return Optional.empty();
  }

  /**
   * The recomputed figure that a published figure states, from {@code evaluation} and the report; a
   * not-computed figure says why there is none. Never throws.
   */
  static Figure recomputed(
      Report report, RuleSet ruleSet, Evaluation evaluation, PublishedFigure p) {
    return new Lookup(report, ruleSet, evaluation).figure(p);
  }

  /**
   * As {@link #recomputed(Report, RuleSet, Evaluation, PublishedFigure)}, with the report's index.
   */
  static Figure recomputed(
      Report report, RuleSet ruleSet, Evaluation evaluation, BudgetIndex index, PublishedFigure p) {
    return new Lookup(report, ruleSet, Source.of(evaluation), index).figure(p);
  }

  /**
   * The grading scale a report's grades are reconciled against: the stated one, else the rule's.
   */
  static Optional<GradingScale> gradingScale(Report report, RuleSet ruleSet) {
    if (report.statedScale().isPresent()) {
      return report.statedScale();
    }
    return Scales.find(ruleSet.gradingScaleId());
  }

  // ------------------------------------------------------------------ lookup

  /**
   * The recomputed figures a {@link Lookup} reads: those of a full {@link Evaluation}, or of a
   * {@link Evaluator.LazyEvaluation} that computes only the figures asked for.
   */
  interface Source {
    /** The figures of an indicator for a year, if evaluated. */
    Optional<IndicatorYear> indicatorYear(String indicatorId, int year);

    /** The figures of an objective, if evaluated. */
    Optional<ObjectiveResult> objective(String objectiveId);

    /** The figures of a budget line, if evaluated. */
    Optional<LineResult> line(String lineId);

    /** Totals over the whole report. */
    ReportTotals totals();

    /** Id of the alignment used for objective budgets. */
    Optional<String> alignmentId();

    static Source of(Evaluation e) {
      return new Source() {
        @Override
        public Optional<IndicatorYear> indicatorYear(String indicatorId, int year) {
          return e.indicator(indicatorId).flatMap(r -> r.year(year));
        }

        @Override
        public Optional<ObjectiveResult> objective(String objectiveId) {
          return e.objective(objectiveId);
        }

        @Override
        public Optional<LineResult> line(String lineId) {
          return e.line(lineId);
        }

        @Override
        public ReportTotals totals() {
          return e.totals();
        }

        @Override
        public Optional<String> alignmentId() {
          return e.alignmentId();
        }
      };
    }

    static Source of(Evaluator.LazyEvaluation e) {
      return new Source() {
        @Override
        public Optional<IndicatorYear> indicatorYear(String indicatorId, int year) {
          return e.indicatorYear(indicatorId, year);
        }

        @Override
        public Optional<ObjectiveResult> objective(String objectiveId) {
          return e.objective(objectiveId);
        }

        @Override
        public Optional<LineResult> line(String lineId) {
          return e.line(lineId);
        }

        @Override
        public ReportTotals totals() {
          return e.totals();
        }

        @Override
        public Optional<String> alignmentId() {
          return e.alignmentId();
        }
      };
    }
  }

  /** Finds the recomputed figure of a published one in an evaluation. */
  static final class Lookup {
    private final Report report;
    private final Source evaluation;
    private final BudgetIndex index;
    private final Rounding absorption;
    private final Rounding achievement;

    Lookup(Report report, RuleSet ruleSet, Evaluation evaluation) {
      this(report, ruleSet, Source.of(evaluation), BudgetIndex.of(report));
    }

    /** A lookup in {@code evaluation}, with {@code index}, the budget index of {@code report}. */
    Lookup(Report report, RuleSet ruleSet, Source evaluation, BudgetIndex index) {
      this.report = report;
      this.evaluation = evaluation;
      this.index = index;
      this.absorption = ruleSet.absorption().rounding();
      this.achievement = ruleSet.achievement().rounding().rounding();
    }

    Figure figure(PublishedFigure p) {
      int year = p.year().orElse(report.fiscalYear());
      Measure m = p.measure();
      if (m == Measure.OTHER || m == Measure.GRADE) {
        return na("none", "no rule recomputes this measure");
      }
      if (p.subject().isEmpty()) {
        return reportFigure(p);
      }
      String subject = p.subject().get();
      Optional<Indicator> indicator = indicator(subject);
      if (indicator.isPresent()) {
        return indicatorFigure(p, indicator.get(), year);
      }
      Optional<ObjectiveResult> objective = evaluation.objective(subject);
      if (objective.isPresent()) {
        return year == report.fiscalYear()
            ? objectiveFigure(p, objective.get())
            : objectiveFigureOfYear(p, subject, year);
      }
      Optional<LineResult> line = evaluation.line(subject);
      if (line.isPresent()) {
        return lineFigure(p, line.get());
      }
      return Figure.notComputed(
          "none",
          Status.MISSING_INPUT,
          "subject '" + subject + "' is not in the report",
          Map.of(),
          "subject-unknown",
          Map.of("subject", subject));
    }

    /**
     * The indicator with {@code id} among the report's indicators under objectives: ids are unique
     * in a report, so it is the element with that id, unless that is a plan's indicator.
     */
    private Optional<Indicator> indicator(String id) {
      Optional<Indicator> i = report.find(id, Indicator.class);
      if (i.isEmpty()) {
        return i;
      }
      for (StrategicPlan plan : report.plans()) {
        for (Indicator planIndicator : plan.indicators()) {
          if (planIndicator == i.get()) {
            return Optional.empty();
          }
        }
      }
      return i;
    }

    private Figure indicatorFigure(PublishedFigure p, Indicator indicator, int year) {
      Measure m = p.measure();
      if (m == Measure.TARGET) {
        Optional<Target> t = indicator.targetFor(year);
        return t.map(
                x ->
                    target(
                        "target",
                        x,
                        indicator.id() + " target for " + year,
                        ImmutableMap.of(
                            "indicator", indicator.id(),
                            "measure", "TARGET",
                            "year", Integer.toString(year))))
            .orElseGet(
                () ->
                    notComputed(
                        "target",
                        Status.MISSING_INPUT,
                        "indicator '" + indicator.id() + "' has no target for " + year));
      }
      if (m == Measure.PLAN_END_TARGET) {
        return indicator
            .planEndTarget()
            .map(
                x ->
                    target(
                        "plan-end-target",
                        x,
                        indicator.id() + " plan end target",
                        ImmutableMap.of("indicator", indicator.id(), "measure", "PLAN_END_TARGET")))
            .orElseGet(
                () ->
                    notComputed(
                        "plan-end-target",
                        Status.MISSING_INPUT,
                        "indicator '" + indicator.id() + "' has no plan end target"));
      }
      if (m == Measure.NATIONAL_STANDARD) {
        return indicator
            .nationalStandard()
            .map(
                x ->
                    target(
                        "national-standard",
                        x,
                        indicator.id() + " national standard",
                        ImmutableMap.of(
                            "indicator", indicator.id(), "measure", "NATIONAL_STANDARD")))
            .orElseGet(
                () ->
                    na(
                        "national-standard",
                        "indicator '" + indicator.id() + "' records no national standard"));
      }
      Optional<IndicatorYear> iy = evaluation.indicatorYear(indicator.id(), year);
      if (iy.isEmpty()) {
        return notComputed(
            "none",
            Status.MISSING_INPUT,
            "indicator '" + indicator.id() + "' was not evaluated for " + year);
      }
      return switch (m) {
        case INDICATOR_VALUE -> iy.get().value();
        case ACHIEVEMENT -> iy.get().achievement();
        case PLAN_PROGRESS -> iy.get().planProgress();
        case STANDARD_COMPARISON -> iy.get().standardComparison();
        default -> notApplicable(m, "indicator '" + indicator.id() + "'");
      };
    }

    /**
     * An objective's figure printed for another year than the fiscal year (a table with 2021 and
     * 2022 columns): its achievement is the mean of its indicators' achievements of that year; its
     * budget figures are not recomputable, the report's budget lines being of the fiscal year.
     */
    private Figure objectiveFigureOfYear(PublishedFigure p, String objectiveId, int year) {
      Optional<Objective> o = report.find(objectiveId, Objective.class);
      if (p.measure() != Measure.ACHIEVEMENT || o.isEmpty()) {
        return Figure.notComputed(
            "objective-budget",
            Status.NOT_APPLICABLE,
            "the budget lines of the report are of fiscal year "
                + report.fiscalYear()
                + ", not of "
                + year,
            Map.of(),
            "budget-of-other-year",
            Map.of(
                "year", String.valueOf(year), "fiscalYear", String.valueOf(report.fiscalYear())));
      }
      if (o.get().indicators().isEmpty()) {
        return notComputed(
            "objective-achievement",
            Status.NOT_APPLICABLE,
            "objective '" + objectiveId + "' has no indicators");
      }
      List<@Nullable Figure> achievements = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Indicator i : o.get().indicators()) {
        ids.add(i.id());
        achievements.add(
            evaluation.indicatorYear(i.id(), year).map(IndicatorYear::achievement).orElse(null));
      }
      return Means.mean(
          "objective-achievement", achievements, ids, "achievement of indicator", achievement);
    }

    private Figure objectiveFigure(PublishedFigure p, ObjectiveResult o) {
      Measure m = p.measure();
      return switch (m) {
        case ACHIEVEMENT -> o.achievement();
        case BUDGET -> o.budget();
        case SPENDING -> o.spending();
        case ABSORPTION -> o.absorption();
        case EFFICIENCY -> o.efficiency();
        case UNSPENT ->
            o.budget().isComputed()
                ? Budgets.unspent(o.objectiveId(), o.budget().valueOrThrow(), o.spending())
                : o.budget();
        case PERIOD_SPENDING -> periodSpending(allocated(o.objectiveId()), p);
        case MEAN_ABSORPTION ->
            Budgets.meanAbsorption(
                subs(allocated(o.objectiveId())), absorptionRounding(), absorptionRounding());
        case PHYSICAL_PROGRESS ->
            Budgets.meanPhysicalProgress(subs(allocated(o.objectiveId())), absorptionRounding());
        default -> notApplicable(m, "objective '" + o.objectiveId() + "'");
      };
    }

    private Figure lineFigure(PublishedFigure p, LineResult line) {
      Measure m = p.measure();
      ImmutableList<SubActivity> subs = index.subActivitiesOf(line.lineId());
      return switch (m) {
        case BUDGET -> line.budget();
        case SPENDING -> line.spending();
        case ABSORPTION -> line.absorption();
        case UNSPENT -> line.unspent();
        case PERIOD_SPENDING -> periodSpending(whole(subs), p);
        case PHYSICAL_PROGRESS -> line.physicalProgress();
        case MEAN_ABSORPTION ->
            Budgets.meanAbsorption(subs, absorptionRounding(), absorptionRounding());
        case OUTPUT_ACHIEVEMENT -> line.outputAchievement();
        case EFFICIENCY -> line.efficiency();
        case OUTPUT_TARGET, OUTPUT_ACTUAL -> output(p, line, subs);
        default -> notApplicable(m, "budget line '" + line.lineId() + "'");
      };
    }

    private Figure reportFigure(PublishedFigure p) {
      Measure m = p.measure();
      return switch (m) {
        case BUDGET -> evaluation.totals().budget();
        case SPENDING -> evaluation.totals().spending();
        case ABSORPTION -> evaluation.totals().absorption();
        case MEAN_ABSORPTION -> evaluation.totals().meanAbsorption();
        case PHYSICAL_PROGRESS -> evaluation.totals().meanPhysicalProgress();
        case UNSPENT -> evaluation.totals().unspent();
        case PERIOD_SPENDING -> periodSpending(whole(report.subActivities()), p);
        default -> notApplicable(m, "the whole report");
      };
    }

    private Figure output(PublishedFigure p, LineResult line, List<SubActivity> subs) {
      String rule = p.measure() == Measure.OUTPUT_TARGET ? "output-target" : "output-actual";
      if (line.level() != LineLevel.SUB_ACTIVITY || subs.size() != 1) {
        return na(rule, "line '" + line.lineId() + "' is not a sub-activity: it has no output");
      }
      Optional<Output> o = subs.get(0).output();
      if (o.isEmpty()) {
        return na(rule, "line '" + line.lineId() + "' has no output indicator");
      }
      if (p.measure() == Measure.OUTPUT_TARGET) {
        return Figure.exact(rule, o.get().target().amount(), Map.of());
      }
      return o.get()
          .actual()
          .map(a -> Figure.exact(rule, a.amount(), Map.of()))
          .orElseGet(
              () ->
                  notComputed(
                      rule,
                      Status.MISSING_INPUT,
                      "output actual of line '" + line.lineId() + "' is not reported"));
    }

    private List<AllocatedLine> allocated(String objectiveId) {
      Optional<Alignment> a =
          evaluation.alignmentId().flatMap(id -> report.find(id, Alignment.class));
      if (a.isEmpty()) {
        return List.of();
      }
      return Allocations.byObjective(a.get(), index).get(objectiveId);
    }

    private Rounding absorptionRounding() {
      return absorption;
    }
  }

  private static List<AllocatedLine> whole(List<SubActivity> subs) {
    List<AllocatedLine> out = new ArrayList<>();
    for (SubActivity s : subs) {
      out.add(ImmutableAllocatedLine.of(s, BigDecimal.valueOf(100), s.id()));
    }
    return out;
  }

  private static List<SubActivity> subs(List<AllocatedLine> lines) {
    return lines.stream().map(AllocatedLine::line).toList();
  }

  /**
   * Spending over the quarters of a published figure, summed over lines (shares applied): a line's
   * spending by period entries within the span are added; a line with no spending by period, or
   * with an entry that straddles the span, makes the figure not computed.
   */
  static Figure periodSpending(List<AllocatedLine> lines, PublishedFigure p) {
    String rule = "period-spending";
    if (p.fromQuarter().isEmpty() || p.toQuarter().isEmpty()) {
      return notComputed(rule, Status.INVALID_INPUT, "the figure names no quarters");
    }
    int from = p.fromQuarter().get();
    int to = p.toQuarter().get();
    if (lines.isEmpty()) {
      return na(rule, "no budget line is counted");
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    for (AllocatedLine a : lines) {
      SubActivity s = a.line();
      if (s.spendingByPeriod().isEmpty()) {
        missing.add(s.id());
        continue;
      }
      for (PeriodSpending ps : s.spendingByPeriod()) {
        boolean inside = ps.fromQuarter() >= from && ps.toQuarter() <= to;
        boolean outside = ps.toQuarter() < from || ps.fromQuarter() > to;
        if (inside) {
          sum = sum.add(a.apply(ps.amount()));
        } else if (!outside) {
          missing.add(s.id());
        }
      }
    }
    if (!missing.isEmpty()) {
      return notComputed(
          rule,
          Status.MISSING_INPUT,
          "spending for quarters " + from + "–" + to + " is not reported for " + missing);
    }
    return Figure.exact(rule, sum, Map.of());
  }

  private static Figure target(
      String rule, Target t, String what, ImmutableMap<String, String> whatArgs) {
    if (t.value().isPresent()) {
      return Figure.exact(rule, t.value().get(), Map.of());
    }
    if (t.absence().isPresent()) {
      Absence a = t.absence().get();
      String printed = t.printed().orElse(a.label());
      if (a == Absence.NOT_REPORTED) {
        return Figure.notComputed(
            rule,
            Status.MISSING_INPUT,
            what + " is not reported",
            Map.of(),
            "reference-value-not-reported",
            whatArgs);
      }
      Map<String, String> args = new LinkedHashMap<>(whatArgs);
      args.put("absence", a.name());
      args.put("printedText", printed);
      return Figure.notComputed(
          rule,
          Status.NOT_APPLICABLE,
          what + " is " + a.name() + " (printed '" + printed + "')",
          Map.of(),
          "reference-value-absent",
          args);
    }
    return Figure.notComputed(
        rule,
        Status.NOT_APPLICABLE,
        what + " is a range: it is not reconciled as one number",
        Map.of(),
        "reference-value-range",
        whatArgs);
  }

  private static Figure notApplicable(Measure m, String subject) {
    return Figure.notComputed(
        "none",
        Status.NOT_APPLICABLE,
        Texts.measure(m) + " is not recomputed for " + subject,
        Map.of(),
        "measure-not-recomputed",
        Map.of("measure", m.name()));
  }

  private static Figure na(String rule, String reason) {
    return notComputed(rule, Status.NOT_APPLICABLE, reason);
  }

  private static Figure notComputed(String rule, Status status, String reason) {
    return Figure.notComputed(rule, status, reason, Map.of());
  }

  // ------------------------------------------------------------------ run

  /**
   * One reconciliation of a report. The variant rule sets are made once; each is evaluated lazily,
   * only for the figures looked up under it (a derived quantity re-evaluated from the indicator
   * value rounded another way needs that indicator's year, or an objective's or a line's figures,
   * not the whole report).
   */
  private final class Run {
    private final Report report;
    private final RuleSet rs;
    private final BudgetIndex index;
    private final Lookup lookup;
    private final Optional<GradingScale> scale;
    private @Nullable List<Variant> variants;
    private final Map<Integer, String> roundingIds = new HashMap<>();

    /** The code of each variant by its label, for the wording of a cause. */
    private final Map<String, String> variantCodes = new HashMap<>();

    private Evaluator.@Nullable LazyEvaluation lazy;

    /** The search for causes of mismatches, made at the first mismatch. */
    private @Nullable CauseSearch causes;

    Run(Report report, RuleSet rs, Evaluation evaluation) {
      this.report = report;
      this.rs = rs;
      this.index = BudgetIndex.of(report);
      this.lookup = new Lookup(report, rs, Source.of(evaluation), index);
      this.scale = gradingScale(report, rs);
    }

    Result reconcileAll() {
      ImmutableList.Builder<FigureReconciliation> figures = ImmutableList.builder();
      ImmutableList.Builder<ImmutableSet<String>> reproduced = ImmutableList.builder();
      for (PublishedFigure p : report.published()) {
        Set<String> by = new LinkedHashSet<>();
        FigureReconciliation r;
        try {
          r = reconcile(p, by);
        } catch (RuntimeException e) {
          by.clear();
          r =
              base(p)
                  .status(ReconciliationStatus.NOT_RECOMPUTABLE)
                  .addCauseMessage(Message.of("cause.failed", Fact.of("error", e.toString())))
                  .cause("reconciliation failed: " + e)
                  .build();
        }
        figures.add(r);
        reproduced.add(ImmutableSet.copyOf(by));
      }
      return new Result(figures.build(), reproduced.build());
    }

    /** Sets the cause of {@code r} to {@code m}, worded in English. */
    private static ImmutableFigureReconciliation.Builder cause(
        ImmutableFigureReconciliation.Builder r, Message m) {
      return r.causeMessages(List.of(m)).cause(AuditMessages.english(List.of(m)));
    }

    private ImmutableFigureReconciliation.Builder base(PublishedFigure p) {
      return ImmutableFigureReconciliation.builder().published(p).rule("none");
    }

    private FigureReconciliation reconcile(PublishedFigure p, Set<String> by) {
      Kind kind = kind(p.measure());
      if (kind == Kind.NONE) {
        return cause(base(p), Message.of("cause.noRule"))
            .status(ReconciliationStatus.NOT_RECOMPUTABLE)
            .build();
      }
      if (kind == Kind.GRADE) {
        return grade(p);
      }
      Figure f = lookup.figure(p);
      ImmutableFigureReconciliation.Builder r = base(p).rule(f.rule());
      Optional<BigDecimal> printed = printedValue(p);
      if (printed.isEmpty()) {
        return absence(p, f, r);
      }
      if (!f.isComputed()) {
        return cause(r, reason("cause.reason", f))
            .status(ReconciliationStatus.NOT_RECOMPUTABLE)
            .build();
      }
      BigDecimal v = printed.get();
      BigDecimal rec = f.valueOrThrow();
      r.recomputed(rec);
      if (p.value().isEmpty()) {
        cause(r, Message.of("cause.readAsZero", Fact.of("printedText", p.printed())));
      }
      if (kind == Kind.EXACT) {
        if (v.compareTo(rec) == 0) {
          by.add(EXACT);
          return r.status(ReconciliationStatus.MATCH).build();
        }
        return mismatch(r, p, f, v, rec);
      }
      int ps = Texts.printedScale(p);
      BigDecimal unrounded = f.unrounded().orElse(rec);
      Optional<Rounding> rounding = f.rounding();
      boolean match;
      Message cause = null;
      if (rounding.isEmpty()) {
        match = v.compareTo(rec) == 0;
        if (match) {
          by.add(EXACT);
        }
      } else if (ps == rounding.get().scale()) {
        match = v.compareTo(rec) == 0;
      } else {
        match = v.compareTo(Rounding.setScale(unrounded, ps, rounding.get().mode())) == 0;
        if (match) {
          cause =
              Message.of(
                  ps == 1 ? "cause.printedWithDecimal" : "cause.printedWithDecimals",
                  Fact.of("decimals", ps));
        }
      }
      if (match) {
        by.add("rule");
      }
      for (RoundingMode mode : MODES) {
        if (v.compareTo(Rounding.setScale(unrounded, ps, mode)) == 0) {
          by.add(roundingId(ps, mode));
        }
      }
      if (kind == Kind.DERIVED) {
        variants(p, ps, v, by);
      }
      if (match) {
        r.status(ReconciliationStatus.MATCH);
        if (cause != null) {
          cause(r, cause);
        }
        return r.build();
      }
      Optional<String> alternative =
          by.stream().filter(x -> !x.equals("rule") && !x.equals(EXACT)).findFirst();
      if (alternative.isPresent()) {
        String alt = alternative.get();
        int space = alt.indexOf(' ');
        List<Fact> args = new ArrayList<>();
        args.add(Fact.of("alternative", space < 0 ? alt : alt.substring(0, space)));
        if (space >= 0) {
          args.add(Fact.of("variant", variantCodes.getOrDefault(alt.substring(space + 1), "?")));
        }
        args.add(
            rounding.isPresent()
                ? Fact.of("rounding", rounding.get().id())
                : Fact.of("exact", "exact"));
        return cause(r, new Message("cause.otherRounding", args))
            .status(ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING)
            .alternativeRounding(alt)
            .build();
      }
      if (f.rule().equals(GROUP_OUTPUT_RULE)) {
        return cause(
                r,
                Message.of(
                    "cause.groupOutput", Fact.of("mean", rec), Fact.of("lineValues", inputs(f))))
            .status(ReconciliationStatus.NOT_RECOMPUTABLE)
            .build();
      }
      return mismatch(r, p, f, v, rec);
    }

    private String inputs(Figure f) {
      List<String> parts = new ArrayList<>();
      f.inputs()
          .forEach(
              (k, x) -> parts.add(AuditMessages.item(k, x.stripTrailingZeros().toPlainString())));
      return String.join(AuditMessages.ITEMS, parts);
    }

    /** A mismatch, with the alternatives tried for it and the causes of those that reproduce it. */
    private FigureReconciliation mismatch(
        ImmutableFigureReconciliation.Builder r,
        PublishedFigure p,
        Figure f,
        BigDecimal printed,
        BigDecimal recomputed) {
      CauseSearch search = causes;
      if (search == null) {
        search = new CauseSearch(report, rs, (ruleSet, x) -> lazyLookup(ruleSet).figure(x));
        causes = search;
      }
      List<Candidate> candidates =
          search.search(p, f, printed, p.subject().flatMap(s -> report.find(s, Indicator.class)));
      ImmutableFigureReconciliation m =
          r.status(ReconciliationStatus.MISMATCH)
              .difference(printed.subtract(recomputed))
              .candidates(candidates)
              .build();
      List<Message> reproducing = CauseSearch.causes(candidates);
      if (reproducing.isEmpty()) {
        return m;
      }
      List<Message> all = new ArrayList<>(m.causeMessages());
      all.addAll(reproducing);
      return m.withCauseMessages(all).withCause(AuditMessages.english(all));
    }

    private FigureReconciliation absence(
        PublishedFigure p, Figure f, ImmutableFigureReconciliation.Builder r) {
      String printedAbsence = p.absence().map(Absence::name).orElse("NONE");
      if (f.isComputed()) {
        return cause(
                r,
                Message.of(
                    "cause.absentWhereData",
                    Fact.of("printedText", p.printed()),
                    Fact.of("absence", printedAbsence),
                    Fact.of(Fact.RECOMPUTED, f.valueOrThrow())))
            .status(ReconciliationStatus.MISMATCH)
            .recomputed(f.valueOrThrow())
            .build();
      }
      boolean bothAbsent =
          f.status() == Status.NOT_APPLICABLE
              || (f.status() == Status.MISSING_INPUT
                  && p.absence().equals(Optional.of(Absence.NOT_REPORTED)));
      if (bothAbsent) {
        return cause(r, reason("cause.noValueEitherWay", f))
            .status(ReconciliationStatus.MATCH)
            .recomputedText(f.status().name())
            .build();
      }
      return cause(r, reason("cause.reason", f))
          .status(ReconciliationStatus.NOT_RECOMPUTABLE)
          .build();
    }

    // ---------------------------------------------------------------- variants

    /** {@code Rounding.of(scale, mode).id()}, made once per scale and mode. */
    private String roundingId(int scale, RoundingMode mode) {
      Integer key = scale * RoundingMode.values().length + mode.ordinal();
      String id = roundingIds.get(key);
      if (id == null) {
        id = Rounding.of(scale, mode).id();
        roundingIds.put(key, id);
      }
      return id;
    }

    /** Adds the variant roundings of a derived quantity that reproduce the printed value. */
    private void variants(PublishedFigure p, int ps, BigDecimal v, Set<String> by) {
      List<Variant> all = variantRuleSets();
      int n = p.measure() == Measure.EFFICIENCY ? all.size() : FROM_INDICATOR_VALUE;
      for (Variant variant : all.subList(0, n)) {
        if (variant.isRuleSet) {
          continue;
        }
        Figure f = variant.lookup().figure(p);
        if (!f.isComputed()) {
          continue;
        }
        BigDecimal u = f.unrounded().orElseGet(f::valueOrThrow);
        for (RoundingMode mode : MODES) {
          if (v.compareTo(Rounding.setScale(u, ps, mode)) == 0) {
            by.add(roundingId(ps, mode) + " " + variant.label);
          }
        }
      }
    }

    /**
     * The variants, made once: from the indicator value unrounded and rounded in each mode ({@link
     * #FROM_INDICATOR_VALUE} of them, for every derived quantity), then, for efficiency, from
     * rounded and unrounded inputs.
     */
    private List<Variant> variantRuleSets() {
      List<Variant> out = variants;
      if (out != null) {
        return out;
      }
      out = new ArrayList<>();
      out.add(
          variant(
              fromIndicatorValue(false, null),
              "from the unrounded indicator value",
              "unroundedIndicatorValue"));
      Rounding iv = rs.indicatorValue().rounding();
      for (RoundingMode mode : MODES) {
        Rounding r = Rounding.of(iv.scale(), mode);
        out.add(
            variant(
                fromIndicatorValue(true, r),
                "from the indicator value rounded " + r.id(),
                AuditMessages.item("roundedIndicatorValue", r.id())));
      }
      out.add(variant(efficiencyInputs(true), "from rounded inputs", "roundedInputs"));
      out.add(variant(efficiencyInputs(false), "from unrounded inputs", "unroundedInputs"));
      variants = out;
      return out;
    }

    private Variant variant(RuleSet ruleSet, String label, String code) {
      variantCodes.put(label, code);
      return new Variant(ruleSet, label, ruleSet.equals(rs));
    }

    /** The report evaluated lazily under {@code ruleSet}, sharing one budget index. */
    private Lookup lazyLookup(RuleSet ruleSet) {
      Evaluator.LazyEvaluation e = lazy;
      e = e == null ? evaluator.evaluateLazily(report, ruleSet) : e.withRuleSet(ruleSet);
      lazy = e;
      return new Lookup(report, ruleSet, Source.of(e), index);
    }

    /**
     * A rule set to re-evaluate with, how to name what it changes, whether it is the rule set
     * itself (then it is not tried), and its lookup, made on first use.
     */
    private final class Variant {
      final RuleSet ruleSet;
      final String label;
      final boolean isRuleSet;
      private @Nullable Lookup lookup;

      Variant(RuleSet ruleSet, String label, boolean isRuleSet) {
        this.ruleSet = ruleSet;
        this.label = label;
        this.isRuleSet = isRuleSet;
      }

      Lookup lookup() {
        Lookup l = lookup;
        if (l == null) {
          l = lazyLookup(ruleSet);
          lookup = l;
        }
        return l;
      }
    }

    private RuleSet fromIndicatorValue(boolean roundFirst, @Nullable Rounding indicatorRounding) {
      ImmutableRuleSet.Builder b = ImmutableRuleSet.builder().from(rs);
      if (indicatorRounding != null) {
        b.indicatorValue(
            RoundingPolicy.of(indicatorRounding, rs.indicatorValue().roundInputsFirst()));
      }
      b.achievement(
          ImmutableAchievementPolicy.copyOf(rs.achievement())
              .withRounding(inputs(rs.achievement().rounding(), roundFirst)));
      b.planProgress(inputs(rs.planProgress(), roundFirst));
      b.standardComparison(inputs(rs.standardComparison(), roundFirst));
      return b.build();
    }

    private RuleSet efficiencyInputs(boolean roundFirst) {
      return ImmutableRuleSet.builder()
          .from(rs)
          .objectiveEfficiency(
              ImmutableEfficiencyPolicy.copyOf(rs.objectiveEfficiency())
                  .withRounding(inputs(rs.objectiveEfficiency().rounding(), roundFirst)))
          .lineEfficiency(
              ImmutableEfficiencyPolicy.copyOf(rs.lineEfficiency())
                  .withRounding(inputs(rs.lineEfficiency().rounding(), roundFirst)))
          .build();
    }

    private RoundingPolicy inputs(RoundingPolicy p, boolean roundFirst) {
      return p.roundInputsFirst() == roundFirst ? p : RoundingPolicy.of(p.rounding(), roundFirst);
    }

    // ---------------------------------------------------------------- grades

    private FigureReconciliation grade(PublishedFigure p) {
      ImmutableFigureReconciliation.Builder r = base(p);
      if (scale.isEmpty()) {
        return cause(r, Message.of("cause.noScale", Fact.of(Fact.SCALE, rs.gradingScaleId())))
            .status(ReconciliationStatus.NOT_RECOMPUTABLE)
            .build();
      }
      GradingScale s = scale.get();
      r.rule("grade:" + s.id());
      Figure achievement = achievementOf(p);
      Grade g = Grader.grade(s, achievement, rs.gradeAboveTopBandAsTop());
      if (g.outcome() == Grade.Outcome.NOT_GRADED) {
        return cause(r, reason("cause.noAchievement", achievement))
            .status(ReconciliationStatus.NOT_RECOMPUTABLE)
            .build();
      }
      String printed = Texts.normalizedLabel(p.printed());
      switch (g.outcome()) {
        case GRADED -> {
          String label = g.label().orElseThrow();
          r.recomputedText(label);
          if (Texts.normalizedLabel(label).equals(printed)) {
            return r.status(ReconciliationStatus.MATCH).build();
          }
          return cause(
                  r,
                  new Message(
                      "cause.gradeDiffers",
                      List.of(
                          Fact.of(Fact.SCALE, s.id()),
                          Fact.of(Fact.EXPECTED, label),
                          Fact.of("achievement", achievement.valueOrThrow()),
                          Fact.of("otherScales", otherScales(achievement, printed, s)))))
              .status(ReconciliationStatus.MISMATCH)
              .build();
        }
        case UNCOVERED -> {
          return cause(r, gradeReason(g, otherScales(achievement, printed, s)))
              .status(ReconciliationStatus.MISMATCH)
              .recomputedText("UNCOVERED")
              .build();
        }
        default -> {
          return cause(r, gradeReason(g, otherScales(achievement, printed, s)))
              .status(ReconciliationStatus.MISMATCH)
              .recomputedText("AMBIGUOUS: " + String.join("|", g.labels()))
              .build();
        }
      }
    }

    private Figure achievementOf(PublishedFigure p) {
      PublishedFigure asAchievement =
          ImmutablePublishedFigure.copyOf(p).withMeasure(Measure.ACHIEVEMENT);
      return lookup.figure(asAchievement);
    }

    private String otherScales(Figure achievement, String printed, GradingScale used) {
      List<String> ids = new ArrayList<>();
      List<GradingScale> candidates = new ArrayList<>(Scales.builtIns());
      Scales.find(rs.gradingScaleId()).ifPresent(candidates::add);
      for (GradingScale other : candidates) {
        if (other.id().equals(used.id()) || ids.contains(other.id())) {
          continue;
        }
        Grade g = Grader.grade(other, achievement);
        if (g.label().map(l -> Texts.normalizedLabel(l).equals(printed)).orElse(false)) {
          ids.add(other.id());
        }
      }
      return String.join(AuditMessages.ITEMS, ids);
    }
  }

  /**
   * The message {@code key} about a figure that has no value, with its reason: the reason's code
   * ({@code reasonKey}, a template {@code reason.<code>}) and values, or, for a reason without a
   * code, {@code reason.uncoded} with the status and the reason's text.
   */
  static Message reason(String key, Figure f) {
    List<Fact> args = new ArrayList<>();
    if (f.reasonCode().isPresent()) {
      args.add(Fact.of("reasonKey", "reason." + f.reasonCode().get()));
      f.reasonArgs().forEach((k, v) -> args.add(Fact.of(k, v)));
    } else {
      args.add(Fact.of("reasonKey", "reason.uncoded"));
      args.add(Fact.of("status", f.status().name()));
      args.add(Fact.of("reason", f.reason().orElse(f.status().name())));
    }
    return new Message(key, args);
  }

  /** The cause of a grade the scale cannot give: the value is in no band, or in several. */
  static Message gradeReason(Grade g, String otherScales) {
    List<Fact> args = new ArrayList<>(gradeFacts(g));
    args.add(Fact.of("otherScales", otherScales));
    return new Message("cause.gradeNotGiven", args);
  }

  /**
   * A grade as facts: {@code gradeOutcome} (GRADED, UNCOVERED, AMBIGUOUS, ABOVE_AS_TOP), the value,
   * the scale, and the labels or position.
   */
  static List<Fact> gradeFacts(Grade g) {
    List<Fact> out = new ArrayList<>();
    String outcome = g.outcome().name();
    if (g.outcome() == Grade.Outcome.UNCOVERED) {
      outcome = "UNCOVERED_" + g.position().map(Enum::name).orElse("GAP");
    }
    out.add(Fact.of("gradeOutcome", outcome));
    g.value().ifPresent(v -> out.add(Fact.of("gradeValue", v.toPlainString())));
    out.add(Fact.of("gradeScale", g.scaleId()));
    out.add(Fact.of("gradeLabels", String.join(", ", g.labels())));
    return out;
  }

  /** The number of variants from the indicator value: unrounded, and rounded in each mode. */
  private static final int FROM_INDICATOR_VALUE = 1 + MODES.size();

  /** Whether an objective of the report has an id; used by checks. */
  static boolean isObjective(Report report, String id) {
    // ids are unique in a report, and only goals hold objectives
    return report.find(id, Objective.class).isPresent();
  }
}
