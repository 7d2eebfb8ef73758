package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Goal;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Objective;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * A derived figure (achievement, plan progress, standard comparison, efficiency) that does not
 * follow from the data but does follow from the indicator values as printed in one of the report's
 * tables: for each table that prints indicator values differing from the recomputed ones, the
 * report is re-evaluated with those printed values in place of the raw inputs, and each mismatching
 * derived figure that the re-evaluation reproduces is reported.
 */
final class ComputedFromPrintedValue implements ConsistencyCheck {
  static final String ID = "computed-from-printed-value";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a derived figure that follows from an indicator value as printed in a table, not from"
        + " the indicator's data";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    if (!ctx.ruleSet().usePublishedActualWhenMissing()) {
      return List.of();
    }
    List<PublishedFigure> published = ctx.report().published();
    List<Integer> mismatches = new ArrayList<>();
    for (int i = 0; i < published.size(); i++) {
      if (ctx.reconciliations().get(i).status() == ReconciliationStatus.MISMATCH
          && Reconciler.kind(published.get(i).measure()) == Reconciler.Kind.DERIVED
          && published.get(i).value().isPresent()) {
        mismatches.add(i);
      }
    }
    if (mismatches.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, PublishedFigure>> printedByTable = differingValues(ctx);
    List<Finding> out = new ArrayList<>();
    Map<String, Reconciler.Lookup> variants = new LinkedHashMap<>();
    for (int i : mismatches) {
      PublishedFigure p = published.get(i);
      List<Map.Entry<String, Map<String, PublishedFigure>>> tables =
          new ArrayList<>(printedByTable.entrySet());
      // the figure's own table first
      tables.sort(Comparator.comparing(e -> !e.getKey().equals(p.table())));
      for (Map.Entry<String, Map<String, PublishedFigure>> entry : tables) {
        String table = entry.getKey();
        Map<String, PublishedFigure> values = entry.getValue();
        Reconciler.Lookup lookup = variants.computeIfAbsent(table, t -> lookup(ctx, values));
        Figure f = lookup.figure(p);
        if (!f.isComputed()) {
          continue;
        }
        int ps = Texts.printedScale(p);
        RoundingMode mode = f.rounding().map(r -> r.mode()).orElse(RoundingMode.HALF_UP);
        BigDecimal u = f.unrounded().orElseGet(f::valueOrThrow);
        if (Rounding.setScale(u, ps, mode).compareTo(p.value().orElseThrow()) != 0) {
          continue;
        }
        Figure data = ctx.recomputed(p);
        List<String> used = new ArrayList<>();
        for (PublishedFigure v : values.values()) {
          Figure recomputedValue = ctx.recomputed(v);
          used.add(
              recomputedValue.isComputed()
                  ? AuditMessages.item(
                      v.subject().orElse("?"),
                      v.printed(),
                      recomputedValue.valueOrThrow().toPlainString())
                  : AuditMessages.item(v.subject().orElse("?"), v.printed()));
        }
        out.add(
            Checks.at(ID, Severity.ERROR, p)
                .addFact(Fact.of("valuesFromTable", table))
                .addFact(Fact.of("fromPrintedValues", Rounding.setScale(u, ps, mode)))
                .addAllFacts(Checks.ifPresent(Fact.RECOMPUTED, data.value()))
                .addFact(Fact.of("usedValues", String.join(AuditMessages.ITEMS, used)))
                .messageKey("computed-from-printed-value")
                .build());
        break;
      }
    }
    return out;
  }

  /**
   * Per table, the indicator values it prints that differ from the recomputed value (by indicator
   * id; the first of each), for the fiscal year.
   */
  private static Map<String, Map<String, PublishedFigure>> differingValues(AuditContext ctx) {
    Map<String, Map<String, PublishedFigure>> out = new LinkedHashMap<>();
    int fy = ctx.report().fiscalYear();
    for (PublishedFigure p : ctx.report().published()) {
      if (p.measure() != Measure.INDICATOR_VALUE
          || p.value().isEmpty()
          || p.subject().isEmpty()
          || ctx.yearOf(p) != fy) {
        continue;
      }
      Figure f = ctx.recomputed(p);
      if (!f.isComputed() || f.valueOrThrow().compareTo(p.value().get()) == 0) {
        continue;
      }
      out.computeIfAbsent(p.table(), t -> new LinkedHashMap<>()).putIfAbsent(p.subject().get(), p);
    }
    return out;
  }

  private static Reconciler.Lookup lookup(AuditContext ctx, Map<String, PublishedFigure> values) {
    Report variant = variant(ctx.report(), values);
    Evaluation e = ctx.evaluator().evaluate(variant, ctx.ruleSet(), null);
    return new Reconciler.Lookup(variant, ctx.ruleSet(), e);
  }

  /**
   * The report with the given indicators' formulas removed (so that their printed values are used)
   * and the given printed values first among the published figures (so that they are the ones
   * used).
   */
  private static Report variant(Report report, Map<String, PublishedFigure> values) {
    Set<String> ids = values.keySet();
    List<Goal> goals = new ArrayList<>();
    for (Goal g : report.goals()) {
      List<Objective> objectives = new ArrayList<>();
      for (Objective o : g.objectives()) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : o.indicators()) {
          indicators.add(
              ids.contains(i.id())
                  ? ImmutableIndicator.copyOf(i).withFormula(Optional.empty())
                  : i);
        }
        objectives.add(ImmutableObjective.copyOf(o).withIndicators(indicators));
      }
      goals.add(ImmutableGoal.copyOf(g).withObjectives(objectives));
    }
    Set<PublishedFigure> first = new LinkedHashSet<>(values.values());
    List<PublishedFigure> published = new ArrayList<>(first);
    for (PublishedFigure p : report.published()) {
      if (!first.contains(p)) {
        published.add(p);
      }
    }
    return ImmutableReport.copyOf(report)
        .withGoals(goals)
        .withPublished(ImmutableList.copyOf(published));
  }
}
