package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/**
 * A printed total that is not the sum of its lines: a budget, spending, unspent budget or spending
 * over quarters of a program, an activity, an objective (through the rule set's alignment) or the
 * whole report that differs from the sum over its sub-activities; and a row whose printed total
 * spending differs from the sum of the spending by quarter printed in the same row.
 */
final class TotalNotSumOfLines implements ConsistencyCheck {
  static final String ID = "total-not-sum-of-lines";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a printed group total (program, activity, objective, report) that differs from the sum"
        + " of its lines, or a printed total spending that differs from the printed quarters of"
        + " its row";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    Set<Checks.RowKey> flagged = new HashSet<>();
    for (PublishedFigure p : ctx.report().published()) {
      if (!Reconciler.isMoney(p.measure()) || !isGroup(ctx, p)) {
        continue;
      }
      Optional<BigDecimal> printed = Reconciler.printedValue(p);
      Figure sum = ctx.recomputed(p);
      if (printed.isEmpty() || !sum.isComputed()) {
        continue;
      }
      BigDecimal s = sum.valueOrThrow();
      if (printed.get().compareTo(s) != 0) {
        flagged.add(Checks.rowKey(ctx, p));
        out.add(
            Checks.at(ID, Severity.ERROR, p)
                .addFact(Fact.of(Fact.EXPECTED, s))
                .addFact(Fact.of(Fact.DIFFERENCE, printed.get().subtract(s)))
                .addFact(Fact.of("measure", p.measure().name()))
                .addAllFacts(whose(ctx, p))
                .addAllFacts(
                    Checks.ifPresent(
                        "figureYear",
                        p.year().filter(y -> y != ctx.report().fiscalYear()).map(String::valueOf)))
                .addAllFacts(
                    Checks.ifPresent(
                        "quarters",
                        p.fromQuarter()
                            .map(
                                f ->
                                    AuditMessages.item(
                                        String.valueOf(f),
                                        String.valueOf(p.toQuarter().orElseThrow())))))
                .messageKey("total-not-sum-of-lines.group")
                .build());
      }
    }
    for (Map.Entry<Checks.RowKey, List<PublishedFigure>> row : Checks.rows(ctx).entrySet()) {
      quarters(row.getValue()).ifPresent(out::add);
      if (flagged.contains(row.getKey())) {
        fromPrintedTotals(ctx, row.getValue()).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * In a row whose printed totals are not the sums of the lines: the printed absorption that
   * follows from those printed totals but not from the lines.
   */
  private static Optional<Finding> fromPrintedTotals(AuditContext ctx, List<PublishedFigure> row) {
    Optional<PublishedFigure> budget = first(row, Measure.BUDGET);
    Optional<PublishedFigure> spending = first(row, Measure.SPENDING);
    Optional<PublishedFigure> absorption = first(row, Measure.ABSORPTION);
    if (budget.isEmpty() || spending.isEmpty() || absorption.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal b = Reconciler.printedValue(budget.get()).orElseThrow();
    BigDecimal s = Reconciler.printedValue(spending.get()).orElseThrow();
    PublishedFigure a = absorption.get();
    Figure recomputed = ctx.recomputed(a);
    if (b.signum() == 0 || !recomputed.isComputed()) {
      return Optional.empty();
    }
    int scale = Texts.printedScale(a);
    BigDecimal printed = a.value().orElseThrow();
    RoundingMode mode = recomputed.rounding().map(r -> r.mode()).orElse(RoundingMode.HALF_UP);
    BigDecimal fromPrinted =
        Rounding.setScale(Rounding.divide(s.multiply(BigDecimal.valueOf(100)), b), scale, mode);
    BigDecimal fromLines =
        Rounding.setScale(recomputed.unrounded().orElseGet(recomputed::valueOrThrow), scale, mode);
    if (fromPrinted.compareTo(printed) != 0 || fromLines.compareTo(printed) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Checks.at(ID, Severity.ERROR, a)
            .addFact(Fact.of(Fact.EXPECTED, fromLines))
            .addFact(Fact.of("printedSpending", s))
            .addFact(Fact.of("printedBudget", b))
            .addFact(Fact.of("spendingText", spending.get().printed()))
            .addFact(Fact.of("budgetText", budget.get().printed()))
            .messageKey("total-not-sum-of-lines.fromPrintedTotals")
            .build());
  }

  private static Optional<PublishedFigure> first(List<PublishedFigure> row, Measure m) {
    for (PublishedFigure p : row) {
      if (p.measure() == m && Reconciler.printedValue(p).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static boolean isGroup(AuditContext ctx, PublishedFigure p) {
    if (p.subject().isEmpty()) {
      return true;
    }
    String s = p.subject().get();
    if (Reconciler.isObjective(ctx.report(), s)) {
      return true;
    }
    return ctx.budgetIndex().level(s).map(l -> l != LineLevel.SUB_ACTIVITY).orElse(false);
  }

  /** Whose lines the total sums: {@code group} REPORT, OBJECTIVE (with the alignment) or LINE. */
  private static List<Fact> whose(AuditContext ctx, PublishedFigure p) {
    if (p.subject().isEmpty()) {
      return List.of(Fact.of("group", "REPORT"));
    }
    String s = p.subject().get();
    if (Reconciler.isObjective(ctx.report(), s)) {
      return List.of(
          Fact.of("group", "OBJECTIVE"),
          Fact.of("alignment", ctx.evaluation().alignmentId().orElse("?")));
    }
    return List.of(Fact.of("group", "LINE"));
  }

  /**
   * The row's printed total spending against its printed spending by quarter, when they cover 1–4.
   */
  private static Optional<Finding> quarters(List<PublishedFigure> row) {
    Optional<PublishedFigure> total =
        row.stream()
            .filter(p -> p.measure() == Measure.SPENDING && p.value().isPresent())
            .findFirst();
    if (total.isEmpty()) {
      return Optional.empty();
    }
    List<PublishedFigure> periods =
        row.stream()
            .filter(
                p ->
                    p.measure() == Measure.PERIOD_SPENDING
                        && Reconciler.printedValue(p).isPresent())
            .sorted(Comparator.comparing(p -> p.fromQuarter().orElse(0)))
            .toList();
    if (total.isEmpty() || periods.isEmpty() || !coverYear(periods)) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<String> parts = new ArrayList<>();
    for (PublishedFigure p : periods) {
      sum = sum.add(Reconciler.printedValue(p).orElseThrow());
      parts.add(AuditMessages.item(p.column(), p.printed()));
    }
    BigDecimal printed = total.get().value().orElseThrow();
    if (printed.compareTo(sum) == 0) {
      return Optional.empty();
    }
    PublishedFigure t = total.get();
    return Optional.of(
        Checks.at(ID, Severity.ERROR, t)
            .addFact(Fact.of(Fact.EXPECTED, sum))
            .addFact(Fact.of(Fact.DIFFERENCE, printed.subtract(sum)))
            .addFact(Fact.of("quarterParts", String.join(AuditMessages.ITEMS, parts)))
            .messageKey("total-not-sum-of-lines.quarters")
            .build());
  }

  /** Whether the spans are disjoint and cover quarters 1 to 4 (sorted by first quarter). */
  private static boolean coverYear(List<PublishedFigure> periods) {
    int next = 1;
    for (PublishedFigure p : periods) {
      if (p.fromQuarter().orElse(0) != next) {
        return false;
      }
      next = p.toQuarter().orElse(0) + 1;
    }
    return next == 5;
  }
}
