package org.lkjip.evaluation.audit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.PublishedFigure;

/**
 * Figures of one table column reproduced by different roundings: some only by another rounding
 * ({@link ReconciliationStatus#MATCH_WITH_OTHER_ROUNDING}), others by the rule set's rounding and
 * not by that other one. One finding per column and other rounding, located at the first figure
 * that needs it.
 *
 * <p>Only figures that discriminate count as evidence: a figure the other rounding's mode also
 * reproduces at its own printed precision (0 %, 70 %, 100 %: exact under every rounding) proves
 * nothing and is left out. And when one rounding mode reproduces every figure of the column, the
 * column is not mixed: there is no finding.
 */
final class MixedRounding implements ConsistencyCheck {
  static final String ID = "mixed-rounding";
  private static final int MAX_ROWS = 6;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "figures of one table column reproduced by different roundings";
  }

  private record Column(String table, String column) {}

  @Override
  public List<Finding> run(AuditContext ctx) {
    Map<Column, List<Integer>> columns = new LinkedHashMap<>();
    List<PublishedFigure> published = ctx.report().published();
    for (int i = 0; i < published.size(); i++) {
      PublishedFigure p = published.get(i);
      columns.computeIfAbsent(new Column(p.table(), p.column()), k -> new ArrayList<>()).add(i);
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Column, List<Integer>> c : columns.entrySet()) {
      Map<String, List<Integer>> byAlternative = new LinkedHashMap<>();
      for (int i : c.getValue()) {
        FigureReconciliation r = ctx.reconciliations().get(i);
        if (r.status() == ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING) {
          byAlternative
              .computeIfAbsent(r.alternativeRounding().orElse("?"), k -> new ArrayList<>())
              .add(i);
        }
      }
      if (byAlternative.isEmpty() || oneModeReproducesAll(ctx, c.getValue())) {
        continue;
      }
      for (Map.Entry<String, List<Integer>> alt : byAlternative.entrySet()) {
        Optional<RoundingMode> altMode = mode(ctx, alt.getValue().get(0), alt.getKey());
        List<Integer> rule = new ArrayList<>();
        for (int i : c.getValue()) {
          Set<String> by = ctx.reproducedBy().get(i);
          if (ctx.reconciliations().get(i).status() == ReconciliationStatus.MATCH
              && by.contains("rule")
              && !by.contains(alt.getKey())
              && altMode.map(m -> !by.contains(id(published.get(i), m))).orElse(true)) {
            rule.add(i);
          }
        }
        if (rule.isEmpty()) {
          continue;
        }
        PublishedFigure first = published.get(alt.getValue().get(0));
        String ruleRounding =
            ctx.recomputed(published.get(rule.get(0))).rounding().map(Rounding::id).orElse("exact");
        out.add(
            Checks.at(ID, Severity.WARNING, first)
                .addFact(Fact.of("rounding", ruleRounding))
                .addFact(Fact.of("alternativeRounding", alt.getKey()))
                .addFact(Fact.of("rowsByAlternative", alt.getValue().size()))
                .addFact(Fact.of("rowsByRounding", rule.size()))
                .addFact(Fact.of("alternativeRows", rows(ctx, alt.getValue())))
                .addAllFacts(more("moreAlternativeRows", alt.getValue()))
                .addFact(Fact.of("ruleRows", rows(ctx, rule)))
                .addAllFacts(more("moreRuleRows", rule))
                .messageKey("mixed-rounding")
                .build());
      }
    }
    return out;
  }

  /** The rounding id of {@code mode} at the printed precision of {@code p}, e.g. "half-up-2". */
  private static String id(PublishedFigure p, RoundingMode mode) {
    return Rounding.of(Texts.printedScale(p), mode).id();
  }

  /**
   * The mode of an alternative such as "half-up-2" (or "half-up-2 from the unrounded indicator
   * value"), read against the printed precision of the figure it reproduces.
   */
  private static Optional<RoundingMode> mode(AuditContext ctx, int figure, String alternative) {
    String head =
        alternative.contains(" ")
            ? alternative.substring(0, alternative.indexOf(' '))
            : alternative;
    PublishedFigure p = ctx.report().published().get(figure);
    return Reconciler.MODES.stream().filter(m -> id(p, m).equals(head)).findFirst();
  }

  /**
   * Whether one rounding mode reproduces every figure of the column that matches at all (each at
   * its printed precision, or exactly).
   */
  private static boolean oneModeReproducesAll(AuditContext ctx, List<Integer> column) {
    List<PublishedFigure> published = ctx.report().published();
    for (RoundingMode m : Reconciler.MODES) {
      boolean all = true;
      for (int i : column) {
        ReconciliationStatus s = ctx.reconciliations().get(i).status();
        if (s != ReconciliationStatus.MATCH
            && s != ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING) {
          continue;
        }
        Set<String> by = ctx.reproducedBy().get(i);
        if (!by.contains(Reconciler.EXACT) && !by.contains(id(published.get(i), m))) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static String rows(AuditContext ctx, List<Integer> indices) {
    List<String> rows = new ArrayList<>();
    for (int i : indices.subList(0, Math.min(MAX_ROWS, indices.size()))) {
      PublishedFigure p = ctx.report().published().get(i);
      rows.add(
          p.subject()
              .map(s -> AuditMessages.item(p.row(), s, p.printed()))
              .orElseGet(() -> AuditMessages.item(p.row(), p.printed())));
    }
    return String.join(AuditMessages.ITEMS, rows);
  }

  /** The number of rows beyond the first {@link #MAX_ROWS}, when there are more. */
  private static List<Fact> more(String key, List<Integer> indices) {
    int more = indices.size() - MAX_ROWS;
    return more > 0 ? List.of(Fact.of(key, more)) : List.of();
  }
}
