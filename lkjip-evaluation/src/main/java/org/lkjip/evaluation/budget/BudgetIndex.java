package org.lkjip.evaluation.budget;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
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
  /** A line: its level and the sub-activities under it. */
  private record Line(LineLevel level, ImmutableList<SubActivity> subActivities) {}

  private final Map<String, Line> lines;
  private final ImmutableList<String> lineIds;

  private BudgetIndex(Map<String, Line> lines, ImmutableList<String> lineIds) {
    this.lines = lines;
    this.lineIds = lineIds;
  }

  /** Indexes the budget tree of {@code report}. */
  public static BudgetIndex of(Report report) {
    // The map is never changed after this.
    Map<String, Line> lines = new HashMap<>();
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (Program p : report.programs()) {
      ImmutableList<Activity> activities = p.activities();
      ImmutableList<SubActivity> ofProgram;
      if (activities.size() == 1) {
        ofProgram = activities.get(0).subActivities();
      } else {
        ImmutableList.Builder<SubActivity> b = ImmutableList.builder();
        for (Activity a : activities) {
          b.addAll(a.subActivities());
        }
        ofProgram = b.build();
      }
      put(lines, ids, p.id(), new Line(LineLevel.PROGRAM, ofProgram));
      for (Activity a : activities) {
        put(lines, ids, a.id(), new Line(LineLevel.ACTIVITY, a.subActivities()));
        for (SubActivity s : a.subActivities()) {
          put(lines, ids, s.id(), new Line(LineLevel.SUB_ACTIVITY, ImmutableList.of(s)));
        }
      }
    }
    return new BudgetIndex(lines, ids.build());
  }

  /** Puts a line as a {@code LinkedHashMap} would: a repeated id keeps its place, not its line. */
  private static void put(
      Map<String, Line> lines, ImmutableList.Builder<String> ids, String id, Line line) {
    if (lines.put(id, line) == null) {
      ids.add(id);
    }
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
    Line line = lines.get(lineId);
    return line == null ? Optional.empty() : Optional.of(line.level());
  }

  /** The sub-activities under a line (itself for a sub-activity); empty for an unknown id. */
  public ImmutableList<SubActivity> subActivitiesOf(String lineId) {
    Line line = lines.get(lineId);
    return line == null ? ImmutableList.of() : line.subActivities();
  }
}
