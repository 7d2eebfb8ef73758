package org.lkjip.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lkjip.model.Activity;
import org.lkjip.model.Goal;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Indicator;
import org.lkjip.model.Objective;
import org.lkjip.model.Program;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/** Copies of a report with some of its elements changed, for tests that plant defects. */
public final class ReportEdits {
  private ReportEdits() {}

  /** The report with {@code change} applied to every sub-activity, in document order. */
  public static Report mapSubActivities(Report r, UnaryOperator<SubActivity> change) {
    List<Program> programs = new ArrayList<>();
    for (Program p : r.programs()) {
      List<Activity> activities = new ArrayList<>();
      for (Activity a : p.activities()) {
        List<SubActivity> subs = new ArrayList<>();
        for (SubActivity s : a.subActivities()) {
          subs.add(change.apply(s));
        }
        activities.add(ImmutableActivity.copyOf(a).withSubActivities(subs));
      }
      programs.add(ImmutableProgram.copyOf(p).withActivities(activities));
    }
    return ImmutableReport.copyOf(r).withPrograms(programs);
  }

  /** The report with {@code change} applied to every objective's indicator, in document order. */
  public static Report mapIndicators(Report r, UnaryOperator<Indicator> change) {
    List<Goal> goals = new ArrayList<>();
    for (Goal g : r.goals()) {
      List<Objective> objectives = new ArrayList<>();
      for (Objective o : g.objectives()) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : o.indicators()) {
          indicators.add(change.apply(i));
        }
        objectives.add(ImmutableObjective.copyOf(o).withIndicators(indicators));
      }
      goals.add(ImmutableGoal.copyOf(g).withObjectives(objectives));
    }
    return ImmutableReport.copyOf(r).withGoals(goals);
  }
}
