package org.lkjip.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.achievement.AchievementPolicy;
import org.lkjip.evaluation.achievement.Achievements;
import org.lkjip.evaluation.achievement.ImmutableAchievementPolicy;
import org.lkjip.evaluation.achievement.ZeroTargetPolicy;
import org.lkjip.evaluation.budget.AllocatedLine;
import org.lkjip.evaluation.budget.AllocationIssue;
import org.lkjip.evaluation.budget.Allocations;
import org.lkjip.evaluation.budget.BudgetIndex;
import org.lkjip.evaluation.budget.Budgets;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.evaluation.efficiency.EfficiencyInputs;
import org.lkjip.evaluation.efficiency.EfficiencyLine;
import org.lkjip.evaluation.efficiency.EfficiencyRule;
import org.lkjip.evaluation.efficiency.EfficiencyRules;
import org.lkjip.evaluation.efficiency.ImmutableEfficiencyInputs;
import org.lkjip.evaluation.efficiency.ImmutableEfficiencyLine;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.Grader;
import org.lkjip.evaluation.grading.ImmutableGrade;
import org.lkjip.evaluation.grading.ScaleChecker;
import org.lkjip.evaluation.grading.ScaleFinding;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.ImmutableFigure;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;
import org.lkjip.formulas.Status;
import org.lkjip.model.Absence;
import org.lkjip.model.Activity;
import org.lkjip.model.Alignment;
import org.lkjip.model.GradingScale;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Objective;
import org.lkjip.model.Observation;
import org.lkjip.model.Output;
import org.lkjip.model.PeriodSpending;
import org.lkjip.model.Program;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * The evaluator: applies a {@link RuleSet} to a {@link Report} and returns an immutable {@link
 * Evaluation}. Immutable and thread-safe; one instance serves any number of reports.
 *
 * <p>It never throws for data problems: every problem becomes a figure status with a reason, or a
 * note. A formula that throws gives a {@code RULE_FAILED} figure naming the formula and the
 * indicator. The report is indexed once per evaluation, so every lookup is O(1).
 *
 * <p>Choices it makes, stated:
 *
 * <ul>
 *   <li>Years evaluated per indicator: every year with a target record or a raw input, and the
 *       fiscal year.
 *   <li>Grading scale: the rule set's {@code gradingScaleId}, looked up among the scales given to
 *       {@link #withScales}, then the built-ins ({@link Scales}), then the scale the report states.
 *   <li>Alignment for objective budgets: the rule set's {@code alignmentId}, else the report's last
 *       alignment.
 *   <li>Plan progress and standard comparison use the achievement formula of the indicator's
 *       polarity, without a cap; for positive polarity that is {@code value / reference × 100}.
 *   <li>When an indicator value is {@code MISSING_INPUT} and the rule set allows it, achievement,
 *       plan progress and standard comparison are computed from the value the report publishes
 *       (measure {@code INDICATOR_VALUE}), and their reason says so.
 *   <li>Objective achievement is the simple mean of its indicators' unrounded achievements in the
 *       fiscal year, rounded as achievement.
 * </ul>
 *
 * @since 0.1
 */
public final class Evaluator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Function<String, Optional<IndicatorFormula>> formulas;
  private final ImmutableMap<String, GradingScale> scales;
  private final ImmutableMap<String, EfficiencyRule> efficiencyRules;

  /**
   * An evaluator with the formulas of {@code registry}, e.g. {@code FormulaRegistry.standard()}.
   */
  public Evaluator(FormulaRegistry registry) {
    this(registry::find);
  }

  /** An evaluator that finds formulas by id with {@code formulas}. */
  public Evaluator(Function<String, Optional<IndicatorFormula>> formulas) {
    this(formulas, ImmutableMap.of(), builtInEfficiencyRules());
  }

  private Evaluator(
      Function<String, Optional<IndicatorFormula>> formulas,
      ImmutableMap<String, GradingScale> scales,
      ImmutableMap<String, EfficiencyRule> efficiencyRules) {
    this.formulas = formulas;
    this.scales = scales;
    this.efficiencyRules = efficiencyRules;
  }

  /** What {@link ScaleChecker#check(GradingScale)} found for the last scale checked. */
  private volatile @Nullable ScaleFindings lastScaleFindings;

  /**
   * {@link ScaleChecker#check(GradingScale)}, kept for the last scale (the same instance, e.g. a
   * built-in): most evaluations grade on the same scale.
   */
  private ImmutableList<ScaleFinding> scaleFindings(GradingScale scale) {
    ScaleFindings last = lastScaleFindings;
    if (last != null && last.scale() == scale) {
      return last.findings();
    }
    ImmutableList<ScaleFinding> findings = ScaleChecker.check(scale);
    lastScaleFindings = new ScaleFindings(scale, findings);
    return findings;
  }

  /** Whether this evaluator can find the formula with {@code id}. */
  public boolean knowsFormula(String id) {
    return formulas.apply(id).isPresent();
  }

  private static ImmutableMap<String, EfficiencyRule> builtInEfficiencyRules() {
    ImmutableMap.Builder<String, EfficiencyRule> b = ImmutableMap.builder();
    EfficiencyRules.builtIns().forEach(r -> b.put(r.id(), r));
    return b.buildOrThrow();
  }

  /**
   * A copy that also knows {@code extra} grading scales (e.g. read from JSON); they take precedence
   * over built-ins with the same id.
   */
  public Evaluator withScales(List<GradingScale> extra) {
    Map<String, GradingScale> m = new LinkedHashMap<>(scales);
    extra.forEach(s -> m.put(s.id(), s));
    return new Evaluator(formulas, ImmutableMap.copyOf(m), efficiencyRules);
  }

  /**
   * A copy that also knows {@code extra} efficiency rules; they take precedence over built-ins with
   * the same id.
   */
  public Evaluator withEfficiencyRules(List<EfficiencyRule> extra) {
    Map<String, EfficiencyRule> m = new LinkedHashMap<>(efficiencyRules);
    extra.forEach(r -> m.put(r.id(), r));
    return new Evaluator(formulas, scales, ImmutableMap.copyOf(m));
  }

  /** Evaluates {@code report} under {@code ruleSet}, with no input hash. */
  public Evaluation evaluate(Report report, RuleSet ruleSet) {
    return evaluate(report, ruleSet, null);
  }

  /**
   * Evaluates {@code report} under {@code ruleSet}.
   *
   * @param inputHash SHA-256 of the input document's bytes, recorded as is; null when there is no
   *     document
   */
  public Evaluation evaluate(Report report, RuleSet ruleSet, @Nullable String inputHash) {
    return new Run(report, ruleSet, new ReportIndex(report))
        .evaluate(Optional.ofNullable(inputHash));
  }

  /**
   * A lazy evaluation of {@code report} under {@code ruleSet}: each figure is computed when it is
   * first asked for, with only what it depends on, and is the same figure as {@link
   * #evaluate(Report, RuleSet)} gives. For callers that need a few figures of a report, such as the
   * auditor re-evaluating a figure under other roundings.
   *
   * @since 0.2
   */
  public LazyEvaluation evaluateLazily(Report report, RuleSet ruleSet) {
    return new LazyEvaluation(new Run(report, ruleSet, new ReportIndex(report)).lazy());
  }

  /**
   * Figures of one report under one rule set, computed on first use and kept; see {@link
   * Evaluator#evaluateLazily}. Not thread-safe: use it from one thread.
   *
   * @since 0.2
   */
  public final class LazyEvaluation {
    private final Run run;
    private final Map<String, Optional<ObjectiveResult>> objectives = new HashMap<>();
    private final Map<String, Optional<LineResult>> lines = new HashMap<>();
    private final Map<YearOf, Optional<IndicatorYear>> indicatorYears = new HashMap<>();
    private @Nullable ReportTotals totals;
    private @Nullable Map<String, Indicator> indicatorsById;

    private LazyEvaluation(Run run) {
      this.run = run;
    }

    /** The rule set applied. */
    public RuleSet ruleSet() {
      return run.rs;
    }

    /**
     * The same report under {@code other}, sharing what does not depend on the rule set (the
     * report's budget index).
     */
    public LazyEvaluation withRuleSet(RuleSet other) {
      return new LazyEvaluation(new Run(run.report, other, run.index).lazy());
    }

    /**
     * The figures of an indicator (under an objective) for a year, as {@link
     * Evaluation#indicator(String)} and {@link IndicatorResult#year(int)} give them: empty when the
     * indicator is not in the report or the year is not evaluated for it.
     */
    public Optional<IndicatorYear> indicatorYear(String indicatorId, int year) {
      YearOf key = new YearOf(indicatorId, year);
      Optional<IndicatorYear> cached = indicatorYears.get(key);
      if (cached == null) {
        Indicator i = indicatorsById().get(indicatorId);
        cached =
            i == null || Arrays.binarySearch(run.years(i), year) < 0
                ? Optional.empty()
                : Optional.of(run.indicatorYearOf(i, year));
        indicatorYears.put(key, cached);
      }
      return cached;
    }

    /** The figures of an objective, as {@link Evaluation#objective(String)} gives them. */
    public Optional<ObjectiveResult> objective(String objectiveId) {
      Optional<ObjectiveResult> cached = objectives.get(objectiveId);
      if (cached == null) {
        // Objectives are found by the report's own id index (ids are unique across the report).
        cached = run.report.find(objectiveId, Objective.class).map(run::objective);
        objectives.put(objectiveId, cached);
      }
      return cached;
    }

    /** The figures of a budget line, as {@link Evaluation#line(String)} gives them. */
    public Optional<LineResult> line(String lineId) {
      Optional<LineResult> cached = lines.get(lineId);
      if (cached == null) {
        cached =
            run.budgetIndex.level(lineId).isPresent()
                ? Optional.of(run.line(lineId))
                : Optional.empty();
        lines.put(lineId, cached);
      }
      return cached;
    }

    /** Totals over the whole report, as {@link Evaluation#totals()} gives them. */
    public ReportTotals totals() {
      ReportTotals t = totals;
      if (t == null) {
        t = run.totals();
        totals = t;
      }
      return t;
    }

    /** Id of the alignment used for objective budgets, as {@link Evaluation#alignmentId()}. */
    public Optional<String> alignmentId() {
      return run.alignment().map(Alignment::id);
    }

    /**
     * The objectives' indicators by id. Not {@link Report#find}: that also finds a strategic plan's
     * indicators, which an evaluation does not evaluate.
     */
    private Map<String, Indicator> indicatorsById() {
      Map<String, Indicator> m = indicatorsById;
      if (m == null) {
        m = new HashMap<>();
        for (Objective o : run.report.objectives()) {
          for (Indicator i : o.indicators()) {
            m.putIfAbsent(i.id(), i);
          }
        }
        indicatorsById = m;
      }
      return m;
    }
  }

  /**
   * One evaluation: the report indexed once, and the figures computed so far. {@link #evaluate}
   * computes every figure in order; a {@link LazyEvaluation} asks for single figures, which compute
   * what they depend on (output achievements, the fiscal year's achievements, the alignment) on
   * first use.
   */
  private final class Run {
    private final Report report;
    private final RuleSet rs;
    private final int fiscalYear;
    private final List<String> notes = new ArrayList<>();
    private final ReportIndex index;
    private final BudgetIndex budgetIndex;
    private final Map<String, Figure> outputAchievements = new HashMap<>();
    private final Map<String, Figure> objectiveAchievements = new HashMap<>();
    private final Map<String, Figure> subAbsorptions = new HashMap<>();
    private final Map<OutputKey, Figure> computedOutputAchievements = new HashMap<>();
    private final @Nullable GradingScale scale;
    private @Nullable AchievementPolicy planProgressPolicy;
    private @Nullable AchievementPolicy standardComparisonPolicy;

    /** The years of indicators computed so far, when single figures are asked for (lazily). */
    private @Nullable Map<YearOf, IndicatorYear> years;

    private @Nullable Optional<Alignment> alignment;
    private @Nullable ImmutableListMultimap<String, AllocatedLine> allocated;

    Run(Report report, RuleSet ruleSet, ReportIndex index) {
      this.report = report;
      this.rs = ruleSet;
      this.fiscalYear = report.fiscalYear();
      this.index = index;
      this.budgetIndex = index.budgetIndex;
      this.scale = resolveScale();
    }

    /** This run, keeping each indicator year it computes: for single figures asked lazily. */
    Run lazy() {
      years = new HashMap<>();
      return this;
    }

    /** The figures of an indicator for a year; kept when lazy. */
    private IndicatorYear indicatorYearOf(Indicator indicator, int year) {
      Map<YearOf, IndicatorYear> m = years;
      if (m == null) {
        return indicatorYear(indicator, year);
      }
      YearOf key = new YearOf(indicator.id(), year);
      IndicatorYear y = m.get(key);
      if (y == null) {
        y = indicatorYear(indicator, year);
        m.put(key, y);
      }
      return y;
    }

    private @Nullable GradingScale resolveScale() {
      String id = rs.gradingScaleId();
      GradingScale s = scales.get(id);
      if (s != null) {
        return s;
      }
      Optional<GradingScale> builtIn = Scales.find(id);
      if (builtIn.isPresent()) {
        return builtIn.get();
      }
      Optional<GradingScale> stated = report.statedScale().filter(x -> x.id().equals(id));
      if (stated.isPresent()) {
        return stated.get();
      }
      notes.add(
          "grading scale '"
              + id
              + "' named by rule set '"
              + rs.id()
              + "' is unknown: achievements are not graded");
      return null;
    }

    Evaluation evaluate(Optional<String> inputHash) {
      ImmutableList.Builder<IndicatorResult> indicators = ImmutableList.builder();
      for (Objective o : report.objectives()) {
        for (Indicator i : o.indicators()) {
          indicators.add(indicator(o, i));
        }
      }
      ImmutableList<IndicatorResult> indicatorResults = indicators.build();
      ImmutableList.Builder<LineResult> lines = ImmutableList.builder();
      for (SubActivity s : report.subActivities()) {
        outputAchievementOf(s);
      }
      for (String id : budgetIndex.lineIds()) {
        LineResult line = line(id);
        if (line.level() == LineLevel.SUB_ACTIVITY) {
          subAbsorptions.put(id, line.absorption());
        }
        lines.add(line);
      }
      Optional<Alignment> alignment = alignment();
      ImmutableList<AllocationIssue> issues =
          alignment.map(a -> Allocations.check(report, a, budgetIndex)).orElse(ImmutableList.of());
      ImmutableList.Builder<ObjectiveResult> objectives = ImmutableList.builder();
      for (Objective o : report.objectives()) {
        objectives.add(objective(o));
      }
      ImmutableList<ScaleFinding> findings =
          scale == null ? ImmutableList.of() : scaleFindings(scale);
      return ImmutableEvaluation.builder()
          .ruleSetId(rs.id())
          .ruleSetVersion(rs.version())
          .inputHash(inputHash)
          .fiscalYear(fiscalYear)
          .scaleId(rs.gradingScaleId())
          .alignmentId(alignment.map(Alignment::id))
          .indicators(indicatorResults)
          .lines(lines.build())
          .objectives(objectives.build())
          .totals(totals())
          .scaleFindings(findings)
          .allocationIssues(issues)
          .notes(notes)
          .build();
    }

    // ---------------------------------------------------------------- indicators

    /**
     * The years evaluated for an indicator, ascending: every year with a target, every year with a
     * raw input (a realisasi printed without a target is still recomputed), and the fiscal year.
     */
    private int[] years(Indicator indicator) {
      List<Target> targets = indicator.targets();
      List<Observation> inputs = indicator.inputs();
      int[] years = new int[targets.size() + inputs.size() + 1];
      int n = 0;
      for (Target t : targets) {
        Optional<Integer> y = t.year();
        if (y.isPresent()) {
          years[n++] = y.get();
        }
      }
      for (Observation o : inputs) {
        years[n++] = o.year();
      }
      years[n++] = fiscalYear;
      Arrays.sort(years, 0, n);
      int distinct = 0;
      for (int k = 0; k < n; k++) {
        if (distinct == 0 || years[k] != years[distinct - 1]) {
          years[distinct++] = years[k];
        }
      }
      return Arrays.copyOf(years, distinct);
    }

    private IndicatorResult indicator(Objective objective, Indicator indicator) {
      int[] years = years(indicator);
      ImmutableIndicatorResult.Builder r =
          ImmutableIndicatorResult.builder()
              .indicatorId(indicator.id())
              .objectiveId(objective.id());
      for (int year : years) {
        IndicatorYear y = indicatorYear(indicator, year);
        r.addYears(y);
        if (year == fiscalYear) {
          objectiveAchievements.put(indicator.id(), y.achievement());
        }
      }
      return r.build();
    }

    private IndicatorYear indicatorYear(Indicator indicator, int year) {
      Figure value = value(indicator, year);
      Optional<Target> target = indicator.targetFor(year);
      Figure achievement =
          target
              .map(
                  t ->
                      relative(
                          Achievements.ACHIEVEMENT,
                          indicator,
                          year,
                          value,
                          t,
                          rs.achievement(),
                          rs.achievement().rounding()))
              .orElseGet(
                  () ->
                      Figure.notComputed(
                          Achievements.ACHIEVEMENT,
                          Status.MISSING_INPUT,
                          "indicator '" + indicator.id() + "' has no target for " + year,
                          ImmutableMap.of()));
      Grade grade =
          scale == null
              ? ImmutableGrade.builder()
                  .scaleId(rs.gradingScaleId())
                  .outcome(Grade.Outcome.NOT_GRADED)
                  .reason("grading scale '" + rs.gradingScaleId() + "' is unknown")
                  .build()
              : Grader.grade(scale, achievement, rs.gradeAboveTopBandAsTop());
      return ImmutableIndicatorYear.builder()
          .year(year)
          .value(value)
          .target(target)
          .achievement(achievement)
          .grade(grade)
          .planProgress(
              reference(
                  "plan-progress",
                  ReferenceTexts.PLAN_END_TARGET,
                  indicator,
                  year,
                  value,
                  indicator.planEndTarget(),
                  rs.planProgress()))
          .standardComparison(
              reference(
                  "standard-comparison",
                  ReferenceTexts.NATIONAL_STANDARD,
                  indicator,
                  year,
                  value,
                  indicator.nationalStandard(),
                  rs.standardComparison()))
          .build();
    }

    /** The indicator value for a year, by its formula, never throwing. */
    private Figure value(Indicator indicator, int year) {
      if (indicator.formula().isEmpty()) {
        return Figure.notComputed(
            "formula",
            Status.MISSING_INPUT,
            "indicator '" + indicator.id() + "' names no formula",
            ImmutableMap.of());
      }
      String id = indicator.formula().get();
      Optional<IndicatorFormula> formula = formulas.apply(id);
      if (formula.isEmpty()) {
        return Figure.notComputed(
            id,
            Status.MISSING_INPUT,
            "formula '" + id + "' of indicator '" + indicator.id() + "' is not registered",
            ImmutableMap.of());
      }
      try {
        return formula
            .get()
            .compute(FormulaInputs.of(indicator, year), rs.indicatorValue().rounding());
      } catch (RuntimeException e) {
        return Figure.notComputed(
            id,
            Status.RULE_FAILED,
            "formula '"
                + id
                + "' failed for indicator '"
                + indicator.id()
                + "' in "
                + year
                + ": "
                + e,
            ImmutableMap.of());
      }
    }

    /**
     * The actual to compare for an indicator and year: the computed value (rounded or not, as the
     * policy says), or the published value when the computed one is missing and the rule set allows
     * it; empty with the figure to propagate otherwise.
     */
    private Actual actual(Indicator indicator, int year, Figure value, RoundingPolicy policy) {
      if (value.isComputed()) {
        BigDecimal v =
            policy.roundInputsFirst()
                ? value.valueOrThrow()
                : value.unrounded().orElseGet(value::valueOrThrow);
        return new Actual(v, null, null);
      }
      if (value.status() == Status.MISSING_INPUT && rs.usePublishedActualWhenMissing()) {
        PublishedFigure p =
            index.published().get(new PublishedKey(Measure.INDICATOR_VALUE, indicator.id(), year));
        if (p != null && p.value().isPresent()) {
          return new Actual(
              p.value().get(),
              "computed from the published actual "
                  + p.value().get().toPlainString()
                  + " ("
                  + p.table()
                  + ")",
              null);
        }
      }
      return new Actual(null, null, value);
    }

    /** Achievement-like figure of the indicator value against a target. */
    private Figure relative(
        String prefix,
        Indicator indicator,
        int year,
        Figure value,
        Target target,
        AchievementPolicy policy,
        RoundingPolicy rounding) {
      Optional<Figure> noTarget =
          Achievements.withoutTargetValue(prefix, target, indicator.polarity(), policy);
      if (noTarget.isPresent()) {
        return noTarget.get();
      }
      Actual a = actual(indicator, year, value, rounding);
      if (a.value == null) {
        Figure missing = a.missing == null ? value : a.missing;
        return Figure.notComputed(
            prefix,
            missing.status(),
            "value of indicator '"
                + indicator.id()
                + "' for "
                + year
                + " is not available: "
                + missing.reason().orElse(missing.status().name()),
            ImmutableMap.of());
      }
      Figure f = Achievements.compute(prefix, a.value, target, indicator.polarity(), policy);
      if (a.note == null) {
        return f;
      }
      String reason = f.reason().map(r -> a.note + "; " + r).orElse(a.note);
      return ImmutableFigure.copyOf(f).withReason(reason);
    }

    /** Plan progress or standard comparison: the value against a reference target. */
    private Figure reference(
        String prefix,
        ReferenceTexts what,
        Indicator indicator,
        int year,
        Figure value,
        Optional<Target> reference,
        RoundingPolicy rounding) {
      if (reference.isEmpty()) {
        return Figure.notComputed(
            prefix,
            Status.NOT_APPLICABLE,
            what.notRecorded,
            ImmutableMap.of(),
            "reference-not-recorded",
            what.args);
      }
      Target t = reference.get();
      Optional<Absence> absent = t.absence();
      if (absent.isPresent()) {
        return switch (absent.get()) {
          case NIL ->
              Figure.notComputed(
                  prefix,
                  Status.NOT_APPLICABLE,
                  what.nil,
                  ImmutableMap.of(),
                  "reference-nil",
                  what.args);
          case NOT_APPLICABLE ->
              Figure.notComputed(
                  prefix,
                  Status.NOT_APPLICABLE,
                  what.notApplicable,
                  ImmutableMap.of(),
                  "reference-not-applicable",
                  what.args);
          case NOT_REPORTED ->
              Figure.notComputed(
                  prefix,
                  Status.MISSING_INPUT,
                  what.notReported,
                  ImmutableMap.of(),
                  "reference-not-reported",
                  what.args);
        };
      }
      AchievementPolicy policy =
          rounding == rs.planProgress()
              ? planProgressPolicy()
              : rounding == rs.standardComparison()
                  ? standardComparisonPolicy()
                  : referencePolicy(rounding);
      return relative(prefix, indicator, year, value, t, policy, rounding);
    }

    private AchievementPolicy planProgressPolicy() {
      AchievementPolicy p = planProgressPolicy;
      if (p == null) {
        p = referencePolicy(rs.planProgress());
        planProgressPolicy = p;
      }
      return p;
    }

    private AchievementPolicy standardComparisonPolicy() {
      AchievementPolicy p = standardComparisonPolicy;
      if (p == null) {
        p = referencePolicy(rs.standardComparison());
        standardComparisonPolicy = p;
      }
      return p;
    }

    /** The achievement policy of a comparison with a reference target, without a cap. */
    private AchievementPolicy referencePolicy(RoundingPolicy rounding) {
      return ImmutableAchievementPolicy.builder()
          .negativeForm(rs.achievement().negativeForm())
          .zeroTarget(ZeroTargetPolicy.DIVISION_BY_ZERO)
          .rounding(rounding)
          .build();
    }

    // ---------------------------------------------------------------- budget lines

    /** The output achievement of a sub-activity, computed on first use. */
    private Figure outputAchievementOf(SubActivity s) {
      Figure f = outputAchievements.get(s.id());
      if (f == null) {
        f = outputAchievement(s);
        outputAchievements.put(s.id(), f);
      }
      return f;
    }

    private Figure outputAchievement(SubActivity s) {
      String rule = "output-achievement";
      Rounding rounding = rs.outputAchievement().rounding();
      Optional<Output> output = s.output();
      if (output.isEmpty()) {
        return Figure.notComputed(
            rule,
            Status.NOT_APPLICABLE,
            "line '" + s.id() + "' has no output indicator",
            ImmutableMap.of());
      }
      Output o = output.get();
      Optional<Quantity> actualQuantity = o.actual();
      if (actualQuantity.isEmpty()) {
        return Figure.notComputed(
            rule,
            Status.MISSING_INPUT,
            "output actual of line '" + s.id() + "' is not reported",
            ImmutableMap.of());
      }
      Quantity a = actualQuantity.get();
      Quantity t = o.target();
      BigDecimal actual = a.amount();
      BigDecimal target = t.amount();
      ImmutableMap<String, BigDecimal> inputs = ImmutableMap.of("actual", actual, "target", target);
      if (!a.unit().trim().equalsIgnoreCase(t.unit().trim())) {
        return Figure.notComputed(
            rule,
            Status.INVALID_INPUT,
            "output of line '"
                + s.id()
                + "': actual unit '"
                + a.unit()
                + "' differs from target unit '"
                + t.unit()
                + "'",
            inputs);
      }
      if (target.signum() == 0) {
        return Figure.notComputed(
            rule,
            Status.DIVISION_BY_ZERO,
            "output target of line '" + s.id() + "' is zero",
            inputs);
      }
      // The figure depends on the actual and the target only: lines that share them share it.
      OutputKey key = new OutputKey(actual, target);
      Figure f = computedOutputAchievements.get(key);
      if (f == null) {
        f =
            Figure.computed(
                rule, Rounding.divide(actual.multiply(HUNDRED), target), rounding, inputs);
        computedOutputAchievements.put(key, f);
      }
      return f;
    }

    private LineResult line(String id) {
      LineLevel level = budgetIndex.level(id).orElseThrow();
      ImmutableList<SubActivity> subs = budgetIndex.subActivitiesOf(id);
      Rounding absorptionRounding = rs.absorption().rounding();
      Sums sums = index.sums(id);
      Figure budget = sums.budget();
      Figure spending = sums.spending(subs);
      Figure absorption =
          Budgets.absorption(id, budget.valueOrThrow(), spending, absorptionRounding);
      Figure periodSpending = sums.periodSpending(subs);
      Figure output;
      Figure physical;
      if (level == LineLevel.SUB_ACTIVITY) {
        SubActivity s = subs.get(0);
        output = outputAchievementOf(s);
        physical =
            s.physicalProgress()
                .map(p -> Figure.exact("physical-progress", p, ImmutableMap.of()))
                .orElseGet(
                    () ->
                        Figure.notComputed(
                            "physical-progress",
                            Status.MISSING_INPUT,
                            "physical progress of line '" + id + "' is not reported",
                            ImmutableMap.of()));
      } else {
        output = meanOutputAchievement(id, subs);
        physical = Budgets.meanPhysicalProgress(subs, absorptionRounding);
      }
      if (output == null) {
        throw new IllegalStateException("bug: no output achievement for line '" + id + "'");
      }
      Figure efficiency =
          efficiency(rs.lineEfficiency(), id, output, absorption, spending, subs, Optional.empty());
      return ImmutableLineResult.builder()
          .lineId(id)
          .level(level)
          .budget(budget)
          .spending(spending)
          .absorption(absorption)
          .unspent(Budgets.unspent(id, budget.valueOrThrow(), spending))
          .periodSpending(periodSpending)
          .periodDifference(Budgets.periodDifference(periodSpending, spending))
          .physicalProgress(physical)
          .outputAchievement(output)
          .efficiency(efficiency)
          .build();
    }

    private Figure meanOutputAchievement(String id, List<SubActivity> subs) {
      String rule = "mean-output-achievement";
      if (subs.isEmpty()) {
        return Figure.notComputed(
            rule,
            Status.NOT_APPLICABLE,
            "line '" + id + "' has no sub-activities",
            ImmutableMap.of());
      }
      List<Figure> figures = new ArrayList<>();
      for (SubActivity s : subs) {
        figures.add(outputAchievementOf(s));
      }
      return mean(
          rule,
          figures,
          ids(subs, SubActivity::id),
          "output achievement of line",
          rs.outputAchievement().rounding());
    }

    private List<EfficiencyLine> lines(
        List<SubActivity> subs, Optional<List<AllocatedLine>> shares) {
      List<EfficiencyLine> lines = new ArrayList<>();
      if (shares.isPresent()) {
        for (AllocatedLine a : shares.get()) {
          SubActivity s = a.line();
          lines.add(
              ImmutableEfficiencyLine.builder()
                  .id(s.id())
                  .budget(a.apply(s.budget()))
                  .spending(s.spending().map(a::apply))
                  .achievement(outputAchievementOf(s))
                  .build());
        }
        return lines;
      }
      for (SubActivity s : subs) {
        lines.add(
            ImmutableEfficiencyLine.builder()
                .id(s.id())
                .budget(s.budget())
                .spending(s.spending())
                .achievement(outputAchievementOf(s))
                .build());
      }
      return lines;
    }

    private Figure efficiency(
        EfficiencyPolicy policy,
        String subject,
        Figure achievement,
        Figure absorption,
        Figure spending,
        List<SubActivity> subs,
        Optional<List<AllocatedLine>> shares) {
      String ruleId = policy.ruleId();
      EfficiencyRule rule = efficiencyRules.get(ruleId);
      if (rule == null) {
        return Figure.notComputed(
            "efficiency:" + ruleId,
            Status.NOT_APPLICABLE,
            "efficiency rule '" + ruleId + "' is unknown",
            ImmutableMap.of());
      }
      EfficiencyInputs in =
          ImmutableEfficiencyInputs.of(
              subject,
              achievement,
              absorption,
              spending.value(),
              readsLines(rule) ? lines(subs, shares) : ImmutableList.of());
      try {
        return rule.compute(in, policy.rounding());
      } catch (RuntimeException e) {
        return Figure.notComputed(
            "efficiency:" + ruleId,
            Status.RULE_FAILED,
            "efficiency rule '" + ruleId + "' failed for '" + subject + "': " + e,
            ImmutableMap.of());
      }
    }

    /**
     * Whether a rule may read {@link EfficiencyInputs#lines()}: every rule but the built-in
     * two-figure rules (ratio, savings, difference), which read only achievement, absorption and
     * spending; their lines are not built.
     */
    private boolean readsLines(EfficiencyRule rule) {
      return rule != EfficiencyRules.ratio()
          && rule != EfficiencyRules.savings()
          && rule != EfficiencyRules.difference();
    }

    // ---------------------------------------------------------------- objectives

    /** The alignment for objective budgets, resolved on first use (with its note, if any). */
    private Optional<Alignment> alignment() {
      Optional<Alignment> a = alignment;
      if (a == null) {
        a = resolveAlignment();
        alignment = a;
      }
      return a;
    }

    /** The lines each objective is allocated by the alignment, on first use. */
    private ImmutableListMultimap<String, AllocatedLine> allocated() {
      ImmutableListMultimap<String, AllocatedLine> m = allocated;
      if (m == null) {
        m = alignment().map(index::allocations).orElse(ImmutableListMultimap.of());
        allocated = m;
      }
      return m;
    }

    private ObjectiveResult objective(Objective o) {
      return objective(o, alignment(), allocated().get(o.id()));
    }

    private Optional<Alignment> resolveAlignment() {
      if (rs.alignmentId().isPresent()) {
        String id = rs.alignmentId().get();
        Optional<Alignment> a = report.find(id, Alignment.class);
        if (a.isEmpty()) {
          notes.add(
              "alignment '" + id + "' named by rule set '" + rs.id() + "' is not in the report");
        }
        return a;
      }
      if (report.alignments().isEmpty()) {
        notes.add("the report has no alignment: objective budgets are not computed");
        return Optional.empty();
      }
      return Optional.of(report.alignments().get(report.alignments().size() - 1));
    }

    private ObjectiveResult objective(
        Objective o, Optional<Alignment> alignment, List<AllocatedLine> allocated) {
      Figure achievement = objectiveAchievement(o);
      ImmutableObjectiveResult.Builder r =
          ImmutableObjectiveResult.builder().objectiveId(o.id()).achievement(achievement);
      if (alignment.isEmpty() || allocated.isEmpty()) {
        String why =
            alignment.isEmpty()
                ? "no alignment allocates budget lines to objectives"
                : "alignment '"
                    + alignment.get().id()
                    + "' allocates no budget line to objective '"
                    + o.id()
                    + "'";
        Figure na =
            Figure.notComputed("objective-budget", Status.NOT_APPLICABLE, why, ImmutableMap.of());
        return r.budget(na)
            .spending(na)
            .absorption(ImmutableFigure.copyOf(na).withRule("absorption"))
            .efficiency(
                ImmutableFigure.copyOf(na)
                    .withRule("efficiency:" + rs.objectiveEfficiency().ruleId()))
            .build();
      }
      BigDecimal budget = BigDecimal.ZERO;
      BigDecimal spent = BigDecimal.ZERO;
      List<String> missing = new ArrayList<>();
      for (AllocatedLine a : allocated) {
        budget = budget.add(a.apply(a.line().budget()));
        if (a.line().spending().isPresent()) {
          spent = spent.add(a.apply(a.line().spending().get()));
        } else {
          missing.add("'" + a.line().id() + "'");
        }
      }
      Figure budgetFigure = Figure.exact("objective-budget", budget, ImmutableMap.of());
      Figure spending =
          missing.isEmpty()
              ? Figure.exact("objective-spending", spent, ImmutableMap.of())
              : Figure.notComputed(
                  "objective-spending",
                  Status.MISSING_INPUT,
                  "spending not reported for " + String.join(", ", missing),
                  ImmutableMap.of());
      Figure absorption = Budgets.absorption(o.id(), budget, spending, rs.absorption().rounding());
      Figure efficiency =
          efficiency(
              rs.objectiveEfficiency(),
              o.id(),
              achievement,
              absorption,
              spending,
              List.of(),
              Optional.of(allocated));
      return r.budget(budgetFigure)
          .spending(spending)
          .absorption(absorption)
          .efficiency(efficiency)
          .build();
    }

    private Figure objectiveAchievement(Objective o) {
      String rule = "objective-achievement";
      if (o.indicators().isEmpty()) {
        return Figure.notComputed(
            rule,
            Status.NOT_APPLICABLE,
            "objective '" + o.id() + "' has no indicators",
            ImmutableMap.of());
      }
      List<Figure> figures = new ArrayList<>();
      for (Indicator i : o.indicators()) {
        figures.add(fiscalAchievement(i));
      }
      return mean(
          rule,
          figures,
          ids(o.indicators(), Indicator::id),
          "achievement of indicator",
          rs.achievement().rounding().rounding());
    }

    /** The achievement of an indicator in the fiscal year, computed on first use. */
    private Figure fiscalAchievement(Indicator i) {
      Figure f = objectiveAchievements.get(i.id());
      if (f == null) {
        f = indicatorYearOf(i, fiscalYear).achievement();
        objectiveAchievements.put(i.id(), f);
      }
      return f;
    }

    private <T> List<String> ids(List<T> items, Function<T, String> id) {
      List<String> ids = new ArrayList<>(items.size());
      for (T item : items) {
        ids.add(id.apply(item));
      }
      return ids;
    }

    /** The simple mean of unrounded figures; not computed when one is not, naming it. */
    private Figure mean(
        String rule, List<Figure> figures, List<String> ids, String what, Rounding rounding) {
      return Means.mean(rule, figures, ids, what, rounding);
    }

    // ---------------------------------------------------------------- totals

    private ReportTotals totals() {
      ImmutableList<SubActivity> all = report.subActivities();
      Rounding rounding = rs.absorption().rounding();
      Sums sums = index.totals();
      Figure budget = sums.budget();
      Figure spending = sums.spending(all);
      Figure period = sums.periodSpending(all);
      // Each sub-activity's line absorption, rounded as the totals' means take it.
      List<Figure> absorptions = new ArrayList<>(all.size());
      for (SubActivity s : all) {
        Figure a = subAbsorptions.get(s.id());
        absorptions.add(a != null ? a : line(s.id()).absorption());
      }
      return ImmutableReportTotals.builder()
          .budget(budget)
          .spending(spending)
          .absorption(Budgets.absorption("report", budget.valueOrThrow(), spending, rounding))
          .meanAbsorption(Budgets.meanAbsorption(all, absorptions, rounding))
          .weightedMeanAbsorption(Budgets.weightedMeanAbsorption(all, absorptions, rounding))
          .meanPhysicalProgress(Budgets.meanPhysicalProgress(all, rounding))
          .unspent(Budgets.unspent("report", budget.valueOrThrow(), spending))
          .periodSpending(period)
          .periodDifference(Budgets.periodDifference(period, spending))
          .build();
    }
  }

  /**
   * What evaluations of one report share whatever their rule sets: the budget index, and indexes
   * built on first use (the published indicator values, the allocations of each alignment). Not
   * thread-safe, as the runs that share it.
   */
  private static final class ReportIndex {
    final Report report;
    final BudgetIndex budgetIndex;
    private @Nullable Map<PublishedKey, PublishedFigure> published;
    private final Map<Alignment, ImmutableListMultimap<String, AllocatedLine>> allocations =
        new IdentityHashMap<>();
    private @Nullable Map<String, Sums> sums;
    private @Nullable Sums totals;

    ReportIndex(Report report) {
      this.report = report;
      this.budgetIndex = BudgetIndex.of(report);
    }

    /**
     * The first published indicator value (the only measure looked up) of each subject and year;
     * indexed on first use.
     */
    Map<PublishedKey, PublishedFigure> published() {
      Map<PublishedKey, PublishedFigure> p = published;
      if (p == null) {
        p = new HashMap<>();
        int fiscalYear = report.fiscalYear();
        for (PublishedFigure f : report.published()) {
          if (f.measure() == Measure.INDICATOR_VALUE && f.subject().isPresent()) {
            p.putIfAbsent(
                new PublishedKey(f.measure(), f.subject().get(), f.year().orElse(fiscalYear)), f);
          }
        }
        published = p;
      }
      return p;
    }

    /** The sums of a budget line, all made on first use. */
    Sums sums(String lineId) {
      return Objects.requireNonNull(sums().get(lineId));
    }

    /** The sums over the whole report. */
    Sums totals() {
      sums();
      return Objects.requireNonNull(totals);
    }

    private Map<String, Sums> sums() {
      Map<String, Sums> m = sums;
      if (m == null) {
        m = new HashMap<>();
        Sums all = Sums.ZERO;
        for (Program p : report.programs()) {
          Sums ofProgram = Sums.ZERO;
          for (Activity a : p.activities()) {
            Sums ofActivity = Sums.ZERO;
            for (SubActivity s : a.subActivities()) {
              Sums ofSub = Sums.of(s);
              m.put(s.id(), ofSub);
              ofActivity = ofActivity.plus(ofSub);
            }
            m.put(a.id(), ofActivity);
            ofProgram = ofProgram.plus(ofActivity);
          }
          m.put(p.id(), ofProgram);
          all = all.plus(ofProgram);
        }
        sums = m;
        totals = all;
      }
      return m;
    }

    /** The lines {@code alignment} allocates to each objective, computed once. */
    ImmutableListMultimap<String, AllocatedLine> allocations(Alignment alignment) {
      ImmutableListMultimap<String, AllocatedLine> m = allocations.get(alignment);
      if (m == null) {
        m = Allocations.byObjective(alignment, budgetIndex);
        allocations.put(alignment, m);
      }
      return m;
    }
  }

  /** The reasons of a comparison with a reference target that is absent, built once. */
  private static final class ReferenceTexts {
    static final ReferenceTexts PLAN_END_TARGET =
        new ReferenceTexts("plan end target", "PLAN_END_TARGET");
    static final ReferenceTexts NATIONAL_STANDARD =
        new ReferenceTexts("national standard", "NATIONAL_STANDARD");

    /** The reason's argument: the measure of the reference, e.g. NATIONAL_STANDARD. */
    final ImmutableMap<String, String> args;

    final String notRecorded;
    final String nil;
    final String notApplicable;
    final String notReported;

    private ReferenceTexts(String what, String measure) {
      this.args = ImmutableMap.of("measure", measure);
      this.notRecorded = "no " + what + " recorded";
      this.nil = "no " + what + " (Nihil)";
      this.notApplicable = "the " + what + " is N/A";
      this.notReported = "the " + what + " is not reported";
    }
  }

  /** The output of a sub-activity: actual and target amounts (equal in value and scale). */
  private record OutputKey(BigDecimal actual, BigDecimal target) {}

  /**
   * The sums of a budget line's sub-activities: budget, spending and spending by period, exact;
   * {@code null} when a sub-activity does not report it. Equal to what {@link Budgets} sums
   * (addition is exact, the scale of a sum is the largest scale), but made once, bottom-up: a
   * program's from its activities', the report's from its programs'.
   */
  private record Sums(
      BigDecimal budgetSum, @Nullable BigDecimal spendingSum, @Nullable BigDecimal periodSum) {
    static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    static Sums of(SubActivity s) {
      Optional<BigDecimal> spent = s.spending();
      List<PeriodSpending> periods = s.spendingByPeriod();
      BigDecimal period = null;
      if (!periods.isEmpty()) {
        period = BigDecimal.ZERO;
        for (int i = 0; i < periods.size(); i++) {
          period = period.add(periods.get(i).amount());
        }
      }
      return new Sums(
          BigDecimal.ZERO.add(s.budget()),
          spent.isPresent() ? BigDecimal.ZERO.add(spent.get()) : null,
          period);
    }

    Sums plus(Sums o) {
      return new Sums(
          budgetSum.add(o.budgetSum),
          spendingSum == null || o.spendingSum == null ? null : spendingSum.add(o.spendingSum),
          periodSum == null || o.periodSum == null ? null : periodSum.add(o.periodSum));
    }

    /** {@link Budgets#budget} of the line's sub-activities. */
    Figure budget() {
      return Figure.exact("budget-sum", budgetSum, ImmutableMap.of());
    }

    /** {@link Budgets#spending} of {@code subs}; it names the missing ones. */
    Figure spending(List<SubActivity> subs) {
      return spendingSum == null
          ? Budgets.spending(subs)
          : Figure.exact("spending-sum", spendingSum, ImmutableMap.of());
    }

    /** {@link Budgets#periodSpending} of {@code subs}; it names the missing ones. */
    Figure periodSpending(List<SubActivity> subs) {
      return periodSum == null
          ? Budgets.periodSpending(subs)
          : Figure.exact("period-spending-sum", periodSum, ImmutableMap.of());
    }
  }

  /** A grading scale and what its check found. */
  private record ScaleFindings(GradingScale scale, ImmutableList<ScaleFinding> findings) {}

  /** An indicator and a year. */
  private record YearOf(String indicatorId, int year) {}

  /** Key of a published figure: what it states, about whom, for which year. */
  private record PublishedKey(Measure measure, String subject, int year) {}

  /** The actual to compare, with a note on where it came from, or the figure that is missing. */
  private record Actual(
      @Nullable BigDecimal value, @Nullable String note, @Nullable Figure missing) {}
}
