package org.lkjip.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableStrategicPlan;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * What the indicators belong to: the plans of the Rencana sheet, and the goals (Tujuan) and their
 * objectives (Sasaran) of the Sasaran sheet, where a Sasaran row belongs to the Tujuan above it.
 */
final class GoalsPart {
  private final Assembly assembly;
  private final Records in;

  /** The plans by id, in the workbook's order. */
  final Map<String, ImmutableStrategicPlan.Builder> plans = new LinkedHashMap<>();

  /** The objectives by id. */
  final Map<String, ImmutableObjective.Builder> objectives = new HashMap<>();

  private final List<ImmutableGoal.Builder> goals = new ArrayList<>();

  /**
   * Each goal's objective ids, in the workbook's order. Objectives are added to their goals once
   * their indicators are known (see {@link #addObjectivesToGoals()}).
   */
  private final Map<ImmutableGoal.Builder, List<String>> objectiveOrder = new HashMap<>();

  GoalsPart(Assembly assembly) {
    this.assembly = assembly;
    this.in = assembly.in;
  }

  /** The plans of the Rencana sheet. */
  void readPlans() {
    for (Rec r : assembly.rows(Sheet.PLANS)) {
      String id = assembly.id(r, "id");
      String name = in.requiredText(r, "name");
      Integer start = in.integer(r, "startYear");
      Integer end = in.integer(r, "endYear");
      String decree = in.text(r, "decree");
      if (id == null || name == null || start == null || end == null) {
        assembly.requireAll(r, "startYear", "endYear");
        continue;
      }
      plans.put(
          id,
          ImmutableStrategicPlan.builder()
              .id(id)
              .name(name)
              .startYear(start)
              .endYear(end)
              .decree(java.util.Optional.ofNullable(decree)));
    }
  }

  /** The goals and objectives of the Sasaran sheet. */
  void readGoals() {
    for (Rec r : assembly.rows(Sheet.GOALS)) {
      String level =
          in.choice(r, "level", Sheet.GOALS.column("level").orElseThrow().choices(), true);
      String id = assembly.id(r, "id");
      String name = in.requiredText(r, "name");
      if (level == null || id == null || name == null) {
        continue;
      }
      if (level.equals(WorkbookFormat.GOAL)) {
        goals.add(ImmutableGoal.builder().id(id).name(name));
      } else if (goals.isEmpty()) {
        in.problem(
            r.where("level"), "a Sasaran row before any Tujuan row: put its Tujuan above it");
      } else {
        objectives.put(id, ImmutableObjective.builder().id(id).name(name));
        objectiveOrder.computeIfAbsent(goals.get(goals.size() - 1), g -> new ArrayList<>()).add(id);
      }
    }
  }

  /** Adds each objective, with its indicators, to its goal. */
  void addObjectivesToGoals() {
    for (Map.Entry<ImmutableGoal.Builder, List<String>> e : objectiveOrder.entrySet()) {
      for (String o : e.getValue()) {
        ImmutableObjective.Builder ob = java.util.Objects.requireNonNull(objectives.get(o), o);
        Rec at = assembly.ids.get(o);
        assembly.build(at, ob::build).ifPresent(e.getKey()::addObjective);
      }
    }
  }

  /** Adds the goals, then the plans, to the report. */
  void addTo(ImmutableReport.Builder report) {
    goals.forEach(g -> assembly.build(null, g::build).ifPresent(report::addGoal));
    plans.values().forEach(p -> assembly.build(null, p::build).ifPresent(report::addPlan));
  }
}
