package org.lkjip.evaluation.budget;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.lkjip.model.Activity;
import org.lkjip.model.Program;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * An index of a report's budget tree, built once: every line's level and the sub-activities under
 * it (a program's or activity's sub-activities, or a sub-activity itself), looked up in O(1).
 *
 * @since 0.1
 */
public final class BudgetIndex {
  private final ImmutableMap<String, LineLevel> levels;
  private final ImmutableMap<String, ImmutableList<SubActivity>> subActivities;
  private final ImmutableList<String> lineIds;

  private BudgetIndex(
      ImmutableMap<String, LineLevel> levels,
      ImmutableMap<String, ImmutableList<SubActivity>> subActivities) {
    this.levels = levels;
    this.subActivities = subActivities;
    this.lineIds = levels.keySet().asList();
  }

  /** Indexes the budget tree of {@code report}. */
  public static BudgetIndex of(Report report) {
    // Ids are unique in a report (Report checks it), so the builders see each key once.
    ImmutableMap.Builder<String, LineLevel> levels = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableList<SubActivity>> subs = ImmutableMap.builder();
    for (Program p : report.programs()) {
      levels.put(p.id(), LineLevel.PROGRAM);
      ImmutableList<Activity> activities = p.activities();
      if (activities.size() == 1) {
        subs.put(p.id(), activities.get(0).subActivities());
      } else {
        ImmutableList.Builder<SubActivity> ofProgram = ImmutableList.builder();
        for (Activity a : activities) {
          ofProgram.addAll(a.subActivities());
        }
        subs.put(p.id(), ofProgram.build());
      }
      for (Activity a : activities) {
        levels.put(a.id(), LineLevel.ACTIVITY);
        subs.put(a.id(), a.subActivities());
        for (SubActivity s : a.subActivities()) {
          levels.put(s.id(), LineLevel.SUB_ACTIVITY);
          subs.put(s.id(), ImmutableList.of(s));
        }
      }
    }
    return new BudgetIndex(levels.buildOrThrow(), subs.buildOrThrow());
  }

  /**
   * Every line id in printed order: a program, then each of its activities followed by its
   * sub-activities.
   */
  public ImmutableList<String> lineIds() {
    return lineIds;
  }

  /** The level of a line, if the id is a line. */
  public Optional<LineLevel> level(String lineId) {
    return Optional.ofNullable(levels.get(lineId));
  }

  /** The sub-activities under a line (itself for a sub-activity); empty for an unknown id. */
  public ImmutableList<SubActivity> subActivitiesOf(String lineId) {
    ImmutableList<SubActivity> s = subActivities.get(lineId);
    return s == null ? ImmutableList.of() : s;
  }
}
