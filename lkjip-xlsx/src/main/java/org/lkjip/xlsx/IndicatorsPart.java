package org.lkjip.xlsx;

import static org.lkjip.xlsx.Assembly.stripped;
import static org.lkjip.xlsx.Assembly.valueOrAbsence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lkjip.io.Limits;
import org.lkjip.io.PrintedNumber;
import org.lkjip.model.Absence;
import org.lkjip.model.ImmutableCellRef;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableStrategicPlan;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Polarity;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The indicators of the Indikator sheet, each with its targets (Target sheet) and its inputs (Data
 * Dukung sheet), added to their objective or plan (by id); then the objectives to their goals.
 */
final class IndicatorsPart {
  private final Assembly assembly;
  private final Records in;
  private final GoalsPart goals;

  IndicatorsPart(Assembly assembly, GoalsPart goals) {
    this.assembly = assembly;
    this.in = assembly.in;
    this.goals = goals;
  }

  /** Reads the indicators into their objectives and plans, then adds the objectives to goals. */
  void addToObjectivesAndPlans() {
    Map<String, ImmutableObjective.Builder> objectives = goals.objectives;
    Map<String, ImmutableStrategicPlan.Builder> plans = goals.plans;
    Map<String, List<Rec>> targets = byIndicator(Sheet.TARGETS);
    Map<String, List<Rec>> inputs = byIndicator(Sheet.INPUTS);
    int count = 0;
    for (Rec r : assembly.rows(Sheet.INDICATORS)) {
      if (++count > Limits.MAX_INDICATORS) {
        in.problem(
            r.where(),
            "more than " + Limits.MAX_INDICATORS + " indicators (Limits.MAX_INDICATORS)");
        return;
      }
      String objective = stripped(in.text(r, "objective"));
      String plan = stripped(in.text(r, "plan"));
      String id = assembly.id(r, "id");
      String name = in.requiredText(r, "name");
      String unit = in.requiredText(r, "unit");
      String polarity =
          in.choice(
              r, "polarity", Sheet.INDICATORS.column("polarity").orElseThrow().choices(), false);
      String formula = in.text(r, "formula");
      if ((objective == null) == (plan == null)) {
        in.problem(
            r.where("objective"),
            "fill exactly one of 'objective' (an objective's id) and 'plan' (a plan's id)");
        continue;
      }
      if (objective != null && !objectives.containsKey(objective)) {
        in.problem(
            r.where("objective"),
            "unknown objective '"
                + Records.clip(objective)
                + "': not a Sasaran id of sheet "
                + Sheet.GOALS.sheetName());
        continue;
      }
      if (plan != null && !plans.containsKey(plan)) {
        in.problem(
            r.where("plan"),
            "unknown plan '"
                + Records.clip(plan)
                + "': not an id of sheet "
                + Sheet.PLANS.sheetName());
        continue;
      }
      if (id == null || name == null || unit == null) {
        continue;
      }
      ImmutableIndicator.Builder b =
          ImmutableIndicator.builder()
              .id(id)
              .name(name)
              .unit(unit)
              .polarity(polarity == null ? Polarity.POSITIVE : Polarity.valueOf(polarity))
              .formula(java.util.Optional.ofNullable(formula == null ? null : formula.strip()))
              .formulaText(java.util.Optional.ofNullable(in.text(r, "formulaText")))
              .dataSource(java.util.Optional.ofNullable(in.text(r, "dataSource")));
      Map<String, Rec> single = new HashMap<>();
      assembly.located(ValueCells.element(id), r, "id");
      for (Rec t : targets.getOrDefault(id, List.of())) {
        target(t, b, single);
        Integer year = in.integer(t, "year");
        if (year != null) {
          assembly.located(ValueCells.target(id, year), t, t.has("target") ? "target" : "printed");
        }
      }
      for (Rec o : inputs.getOrDefault(id, List.of())) {
        input(o)
            .ifPresent(
                x -> {
                  b.addInput(x);
                  assembly.located(ValueCells.observation(id, x.name(), x.year()), o, "value");
                });
      }
      java.util.Optional<Indicator> built = assembly.build(r, b::build);
      if (built.isPresent() && objective != null) {
        java.util.Objects.requireNonNull(objectives.get(objective)).addIndicator(built.get());
      } else if (built.isPresent() && plan != null) {
        java.util.Objects.requireNonNull(plans.get(plan)).addIndicator(built.get());
      }
    }
    goals.addObjectivesToGoals();
  }

  /** Records of {@code sheet} grouped by their indicator id; an unknown id is a problem. */
  private Map<String, List<Rec>> byIndicator(Sheet sheet) {
    Map<String, List<Rec>> by = new HashMap<>();
    java.util.Set<String> indicators = new java.util.HashSet<>();
    for (Rec r : assembly.rows(Sheet.INDICATORS)) {
      String id = in.text(r, "id");
      if (id != null) {
        indicators.add(id.strip());
      }
    }
    for (Rec r : assembly.rows(sheet)) {
      String id = in.requiredText(r, "indicator");
      if (id == null) {
        continue;
      }
      if (!indicators.contains(id.strip())) {
        in.problem(
            r.where("indicator"),
            "unknown indicator '"
                + Records.clip(id)
                + "': not an id of sheet "
                + Sheet.INDICATORS.sheetName());
        continue;
      }
      by.computeIfAbsent(id.strip(), k -> new ArrayList<>()).add(r);
    }
    return by;
  }

  private void target(Rec r, ImmutableIndicator.Builder indicator, Map<String, Rec> single) {
    String kind = in.choice(r, "kind", Sheet.TARGETS.column("kind").orElseThrow().choices(), true);
    Integer year = in.integer(r, "year");
    Object target = in.numberOrAbsence(r, "target");
    BigDecimal low = in.number(r, "low");
    BigDecimal high = in.number(r, "high");
    String printed = in.text(r, "printed");
    if (kind == null || in.full()) {
      return;
    }
    if (!kind.equals(WorkbookFormat.YEARLY)) {
      Rec before = single.putIfAbsent(kind, r);
      if (before != null) {
        in.problem(
            r.where("kind"),
            "a second "
                + kind
                + " target of this indicator (the first is on row "
                + before.row()
                + ")");
        return;
      }
    }
    if (kind.equals(WorkbookFormat.YEARLY) && year == null && !r.has("year")) {
      in.problem(r.where("year"), "expected the year of a Tahunan target, found a blank cell");
      return;
    }
    if (target == null && low == null && high == null && printed != null) {
      // Only the printed text is given: read the target from it ("65%", "N/A").
      PrintedNumber p = in.printed(r, "printed", printed, "a target (a number, or N/A, Nihil, -)");
      if (p == null) {
        return;
      }
      target = p.value().isPresent() ? p.value().get() : p.absence().orElseThrow();
    }
    Object value = target == null && low == null && high == null ? Absence.NOT_REPORTED : target;
    ImmutableTarget.Builder t =
        ImmutableTarget.builder()
            .year(java.util.Optional.ofNullable(year))
            .low(java.util.Optional.ofNullable(low))
            .high(java.util.Optional.ofNullable(high))
            .printed(java.util.Optional.ofNullable(printed));
    if (value instanceof BigDecimal d) {
      t.value(d);
    } else if (value instanceof Absence a) {
      t.absence(a);
    }
    assembly
        .build(r, t::build)
        .ifPresent(
            built -> {
              switch (kind) {
                case WorkbookFormat.PLAN_END -> indicator.planEndTarget(built);
                case WorkbookFormat.NATIONAL_STANDARD -> indicator.nationalStandard(built);
                default -> indicator.addTarget(built);
              }
            });
  }

  private java.util.Optional<org.lkjip.model.Observation> input(Rec r) {
    String name = in.requiredText(r, "name");
    Integer year = in.integer(r, "year");
    Object value = in.numberOrAbsence(r, "value");
    String dataset = stripped(in.text(r, "source.dataset"));
    String row = in.text(r, "source.row");
    String column = in.text(r, "source.column");
    if (name == null || year == null) {
      assembly.requireAll(r, "year");
      return java.util.Optional.empty();
    }
    if ((dataset == null) != (row == null) || (dataset == null) != (column == null)) {
      in.problem(
          r.where("source.dataset"),
          "a source needs all three of source.dataset, source.row and source.column, or none");
      return java.util.Optional.empty();
    }
    if (dataset != null
        && !(assembly.ids.containsKey(dataset)
            && assembly.idSheet.get(dataset) == Sheet.DATASETS)) {
      in.problem(
          r.where("source.dataset"),
          "unknown data set '"
              + Records.clip(dataset)
              + "': not an id of sheet "
              + Sheet.DATASETS.sheetName());
      return java.util.Optional.empty();
    }
    ImmutableObservation.Builder o = ImmutableObservation.builder().name(name).year(year);
    valueOrAbsence(value, o::value, o::absence);
    if (dataset != null && row != null && column != null) {
      o.source(ImmutableCellRef.builder().dataset(dataset).row(row).column(column).build());
    }
    return assembly.build(r, o::build);
  }
}
