package org.lkjip.examples.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lkjip.model.Activity;
import org.lkjip.model.CellRef;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Goal;
import org.lkjip.model.Indicator;
import org.lkjip.model.Objective;
import org.lkjip.model.Program;
import org.lkjip.model.Report;
import org.lkjip.model.StrategicPlan;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * Where the elements of a report are in its {@code lkjip-report/1} document, as JSON paths ({@code
 * $.report.goals[0].objectives[1].indicators[0]}): the document is the model written out, so the
 * path of an element follows from its place in the model (docs/format-lkjip-report-1.md).
 */
final class ModelPaths {
  private static final String ROOT = "$.report";

  private final Report report;
  private final Map<String, String> byId = new HashMap<>();

  private ModelPaths(Report report) {
    this.report = report;
    for (int g = 0; g < report.goals().size(); g++) {
      Goal goal = report.goals().get(g);
      String gp = ROOT + ".goals[" + g + "]";
      byId.put(goal.id(), gp);
      for (int o = 0; o < goal.objectives().size(); o++) {
        Objective objective = goal.objectives().get(o);
        String op = gp + ".objectives[" + o + "]";
        byId.put(objective.id(), op);
        for (int i = 0; i < objective.indicators().size(); i++) {
          byId.put(objective.indicators().get(i).id(), op + ".indicators[" + i + "]");
        }
      }
    }
    for (int s = 0; s < report.plans().size(); s++) {
      StrategicPlan plan = report.plans().get(s);
      for (int i = 0; i < plan.indicators().size(); i++) {
        byId.putIfAbsent(
            plan.indicators().get(i).id(), ROOT + ".plans[" + s + "].indicators[" + i + "]");
      }
    }
    for (int p = 0; p < report.programs().size(); p++) {
      Program program = report.programs().get(p);
      String pp = ROOT + ".programs[" + p + "]";
      byId.put(program.id(), pp);
      for (int a = 0; a < program.activities().size(); a++) {
        Activity activity = program.activities().get(a);
        String ap = pp + ".activities[" + a + "]";
        byId.put(activity.id(), ap);
        for (int s = 0; s < activity.subActivities().size(); s++) {
          SubActivity sub = activity.subActivities().get(s);
          byId.put(sub.id(), ap + ".subActivities[" + s + "]");
        }
      }
    }
    for (int d = 0; d < report.datasets().size(); d++) {
      byId.put(report.datasets().get(d).id(), ROOT + ".datasets[" + d + "]");
    }
  }

  static ModelPaths of(Report report) {
    return new ModelPaths(report);
  }

  /** The path of the element with {@code id}: an objective, indicator, budget line, data set… */
  Optional<String> element(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The path of the published figure at {@code index}. */
  static String published(int index) {
    return ROOT + ".published[" + index + "]";
  }

  /** The path of the raw input {@code name} of {@code year} of an indicator. */
  Optional<String> observation(Indicator indicator, String name, int year) {
    for (int k = 0; k < indicator.inputs().size(); k++) {
      if (indicator.inputs().get(k).name().equals(name)
          && indicator.inputs().get(k).year() == year) {
        int at = k;
        return element(indicator.id()).map(p -> p + ".inputs[" + at + "]");
      }
    }
    return Optional.empty();
  }

  /** The path of the target of {@code year} of an indicator. */
  Optional<String> target(Indicator indicator, int year) {
    for (int k = 0; k < indicator.targets().size(); k++) {
      Target t = indicator.targets().get(k);
      if (t.year().equals(Optional.of(year))) {
        int at = k;
        return element(indicator.id()).map(p -> p + ".targets[" + at + "]");
      }
    }
    return Optional.empty();
  }

  /** The path of the data-set cell a raw input names as its source. */
  Optional<String> cell(CellRef ref) {
    Optional<Dataset> dataset = report.find(ref.dataset(), Dataset.class);
    if (dataset.isEmpty()) {
      return Optional.empty();
    }
    int column = dataset.get().columns().indexOf(ref.column());
    if (column < 0) {
      return Optional.empty();
    }
    String dp = element(ref.dataset()).orElseThrow();
    if (ref.row().equals("total")) {
      return dataset.get().total().map(t -> dp + ".total.cells[" + column + "]");
    }
    for (int r = 0; r < dataset.get().rows().size(); r++) {
      DatasetRow row = dataset.get().rows().get(r);
      if (row.label().equals(ref.row())) {
        return Optional.of(dp + ".rows[" + r + "].cells[" + column + "]");
      }
    }
    return Optional.empty();
  }
}
