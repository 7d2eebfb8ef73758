package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A whole LKjIP report (<i>Laporan Kinerja Instansi Pemerintah</i>) for one agency and fiscal year:
 * the plans, goals, objectives and indicators with their raw inputs and targets, the budget tree,
 * the cascade of budget lines to objectives, raw data sets, the grading scale the report states,
 * and every figure it prints.
 *
 * <p>Ids of plans, goals, objectives, indicators, programs, activities, sub-activities, data sets
 * and alignments are unique across the whole report, and every reference (alignment links, input
 * sources, published-figure subjects) resolves; a report that breaks this is rejected when built.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
public interface Report {
  /** The publishing agency. */
  Agency agency();

  /** Fiscal year reported (<i>tahun anggaran</i>). */
  int fiscalYear();

  /** Title as printed, when useful. */
  Optional<String> title();

  /** Planning documents the report refers to (RPJMD, Renstra and supplements). */
  ImmutableList<StrategicPlan> plans();

  /** The grading scale the report states, exactly as printed. */
  Optional<GradingScale> statedScale();

  /**
   * Id of the rule set whose conventions the report's figures follow (rounding, grading scale,
   * efficiency form), when the transcriber has determined it, e.g. {@code
   * "seed-tebing-tinggi-2022"}. Auditing tools use it when no rule set is chosen explicitly; it is
   * a hint, never trusted evidence.
   */
  Optional<String> ruleSet();

  /** Goals with their objectives and indicators, in printed order. */
  ImmutableList<Goal> goals();

  /** The budget tree, in printed order. */
  ImmutableList<Program> programs();

  /** Cascade tables, as printed. */
  ImmutableList<Alignment> alignments();

  /** Raw data tables from the attachments. */
  ImmutableList<Dataset> datasets();

  /** Every figure the report prints that should be reconciled. */
  ImmutableList<PublishedFigure> published();

  /** All objectives, in printed order. */
  @Value.Lazy
  default ImmutableList<Objective> objectives() {
    return goals().stream()
        .flatMap(g -> g.objectives().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** All indicators under goals, in printed order (plan indicators are not included). */
  @Value.Lazy
  default ImmutableList<Indicator> indicators() {
    return objectives().stream()
        .flatMap(o -> o.indicators().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** All sub-activities, in printed order. */
  @Value.Lazy
  default ImmutableList<SubActivity> subActivities() {
    return programs().stream()
        .flatMap(p -> p.activities().stream())
        .flatMap(a -> a.subActivities().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every identified element of the report by id (goals, objectives, indicators, budget lines,
   * ...).
   */
  @Value.Lazy
  default ImmutableMap<String, Object> elementsById() {
    Map<String, Object> byId = new LinkedHashMap<>();
    for (StrategicPlan plan : plans()) {
      put(byId, plan.id(), plan);
      plan.indicators().forEach(i -> put(byId, i.id(), i));
    }
    for (Goal g : goals()) {
      put(byId, g.id(), g);
      for (Objective o : g.objectives()) {
        put(byId, o.id(), o);
        o.indicators().forEach(i -> put(byId, i.id(), i));
      }
    }
    for (Program p : programs()) {
      put(byId, p.id(), p);
      for (Activity a : p.activities()) {
        put(byId, a.id(), a);
        a.subActivities().forEach(s -> put(byId, s.id(), s));
      }
    }
    datasets().forEach(d -> put(byId, d.id(), d));
    alignments().forEach(a -> put(byId, a.id(), a));
    return ImmutableMap.copyOf(byId);
  }

  /** The element with an id, if it exists and has the given type. */
  default <T> Optional<T> find(String id, Class<T> type) {
    Object o = elementsById().get(id);
    return type.isInstance(o) ? Optional.of(type.cast(o)) : Optional.empty();
  }

  private static void put(Map<String, Object> byId, String id, Object element) {
    if (byId.putIfAbsent(id, element) != null) {
      throw new InvalidModelException(
          "id '" + id + "' is used by more than one element of the report");
    }
  }

  @Value.Check
  default void check() {
    Checks.year("fiscalYear", fiscalYear());
    ImmutableMap<String, Object> byId = elementsById();
    for (Alignment a : alignments()) {
      Set<String> seen = new HashSet<>();
      for (AlignmentLink link : a.links()) {
        if (!(byId.get(link.objective()) instanceof Objective)) {
          throw new InvalidModelException(
              "alignment '" + a.id() + "' links unknown objective '" + link.objective() + "'");
        }
        Object line = byId.get(link.line());
        if (!(line instanceof Program || line instanceof Activity || line instanceof SubActivity)) {
          throw new InvalidModelException(
              "alignment '" + a.id() + "' links unknown budget line '" + link.line() + "'");
        }
        if (!seen.add(link.objective() + "\u0000" + link.line())) {
          throw new InvalidModelException(
              "alignment '"
                  + a.id()
                  + "' links line '"
                  + link.line()
                  + "' to objective '"
                  + link.objective()
                  + "' twice");
        }
      }
    }
    Map<String, Set<String>> rowLabels = new java.util.HashMap<>();
    for (Indicator i : indicators()) {
      for (Observation o : i.inputs()) {
        if (o.source().isPresent()) {
          checkCell(
              byId,
              rowLabels,
              "input '" + o.name() + "' of indicator '" + i.id() + "'",
              o.source().get());
        }
      }
    }
    for (PublishedFigure f : published()) {
      if (f.subject().isPresent() && !byId.containsKey(f.subject().get())) {
        throw new InvalidModelException(
            "published figure in "
                + f.table()
                + " row "
                + f.row()
                + " column "
                + f.column()
                + " refers to unknown subject '"
                + f.subject().get()
                + "'");
      }
    }
  }

  private static void checkCell(
      ImmutableMap<String, Object> byId,
      Map<String, Set<String>> rowLabels,
      String what,
      CellRef ref) {
    Object d = byId.get(ref.dataset());
    if (!(d instanceof Dataset)) {
      throw new InvalidModelException(what + " refers to unknown dataset '" + ref.dataset() + "'");
    }
    Dataset ds = (Dataset) d;
    if (ds.columnIndex(ref.column()) < 0) {
      throw new InvalidModelException(
          what + " refers to unknown column '" + ref.column() + "' of dataset '" + ds.id() + "'");
    }
    // Row labels are collected once per data set, so checking every reference stays linear.
    Set<String> labels =
        rowLabels.computeIfAbsent(
            ds.id(),
            id -> {
              Set<String> l = new HashSet<>();
              ds.rows().forEach(r -> l.add(r.label()));
              ds.total().ifPresent(t -> l.add(CellRef.TOTAL_ROW));
              return l;
            });
    if (!labels.contains(ref.row())) {
      throw new InvalidModelException(
          what + " refers to unknown row '" + ref.row() + "' of dataset '" + ds.id() + "'");
    }
  }
}
