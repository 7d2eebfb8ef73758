package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkjip.evaluation.budget.AllocatedLine;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Objective;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * One quantity printed with different values. Figures state the same quantity when they have the
 * same measure, subject, year and quarters, and also when the report's structure makes two
 * quantities one:
 *
 * <ul>
 *   <li>the achievement of an objective with a single indicator is that indicator's;
 *   <li>progress against the plan's end target is the achievement when the end target is the year's
 *       target;
 *   <li>the money and absorption of a program or activity with a single sub-activity, or of an
 *       objective to which the alignment allocates a single whole sub-activity, are that line's.
 * </ul>
 *
 * <p>The reference value is the one that matches its recomputed value, else the most frequent.
 * Another value is compared at the coarser of the two printed precisions, truncated and rounded
 * half-up: if either gives the coarser value it is a WARNING ("printed with different precision"),
 * else an ERROR ("printed differently"). One finding per deviating value and table.
 */
final class InconsistentAcrossTables implements ConsistencyCheck {
  static final String ID = "inconsistent-across-tables";

  private static final Set<Measure> LINE_MEASURES =
      EnumSet.of(
          Measure.BUDGET,
          Measure.SPENDING,
          Measure.UNSPENT,
          Measure.ABSORPTION,
          Measure.PERIOD_SPENDING,
          Measure.PHYSICAL_PROGRESS,
          Measure.OUTPUT_ACHIEVEMENT,
          Measure.MEAN_ABSORPTION);

  private static final Set<Measure> OBJECTIVE_MEASURES =
      EnumSet.of(Measure.BUDGET, Measure.SPENDING, Measure.UNSPENT, Measure.ABSORPTION);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the same quantity (measure, subject, year) printed with different values in different"
        + " places";
  }

  /** What a figure states, after identifying quantities the report's structure makes one. */
  record Key(Measure measure, Optional<String> subject, int year, int from, int to) {}

  @Override
  public List<Finding> run(AuditContext ctx) {
    Map<Key, List<Integer>> groups = new LinkedHashMap<>();
    List<PublishedFigure> published = ctx.report().published();
    for (int i = 0; i < published.size(); i++) {
      PublishedFigure p = published.get(i);
      if (Reconciler.printedValue(p).isEmpty() || p.measure() == Measure.OTHER) {
        continue;
      }
      groups.computeIfAbsent(key(ctx, p), k -> new ArrayList<>()).add(i);
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Key, List<Integer>> g : groups.entrySet()) {
      check(ctx, g.getKey(), g.getValue(), out);
    }
    return out;
  }

  private static void check(AuditContext ctx, Key key, List<Integer> members, List<Finding> out) {
    List<PublishedFigure> published = ctx.report().published();
    int ref = reference(ctx, members);
    PublishedFigure r = published.get(ref);
    BigDecimal refValue = Reconciler.printedValue(r).orElseThrow();
    // deviating (value, table) → figures, in report order
    Map<String, List<PublishedFigure>> deviants = new LinkedHashMap<>();
    for (int i : members) {
      PublishedFigure p = published.get(i);
      BigDecimal v = Reconciler.printedValue(p).orElseThrow();
      if (v.compareTo(refValue) != 0) {
        deviants
            .computeIfAbsent(
                v.stripTrailingZeros().toPlainString() + "|" + p.table(), k -> new ArrayList<>())
            .add(p);
      }
    }
    if (deviants.isEmpty()) {
      return;
    }
    List<String> refPlaces = new ArrayList<>();
    for (int i : members) {
      PublishedFigure p = published.get(i);
      if (Reconciler.printedValue(p).orElseThrow().compareTo(refValue) == 0) {
        refPlaces.add(Checks.place(p));
      }
    }
    for (List<PublishedFigure> d : deviants.values()) {
      PublishedFigure p = d.get(0);
      BigDecimal v = Reconciler.printedValue(p).orElseThrow();
      int ps = Texts.printedScale(p);
      int rs = Texts.printedScale(r);
      boolean samePrecision = ps == rs;
      boolean coarserAgrees = !samePrecision && agreesAtCoarser(v, ps, refValue, rs);
      Severity severity = coarserAgrees ? Severity.WARNING : Severity.ERROR;
      String how = coarserAgrees ? "PRECISION" : "VALUE";
      List<String> places = d.stream().map(Checks::place).toList();
      out.add(
          Checks.at(ID, severity, p)
              .addFact(Fact.of(Fact.YEAR, key.year()))
              .addFact(Fact.of("printedElsewhere", refValue))
              .addFact(Fact.of("places", String.join("; ", places)))
              .addFact(Fact.of("placesElsewhere", String.join("; ", refPlaces)))
              .addFact(Fact.of("printedTextElsewhere", r.printed()))
              .addFact(Fact.of("measure", key.measure().name()))
              .addAllFacts(Checks.ifPresent("quantitySubject", key.subject()))
              .addAllFacts(
                  Checks.ifPresent(
                      "quantityYear",
                      Optional.of(key.year())
                          .filter(y -> y != ctx.report().fiscalYear())
                          .map(String::valueOf)))
              .addAllFacts(
                  key.from() > 0
                      ? List.of(
                          Fact.of(
                              "quarters",
                              AuditMessages.item(
                                  String.valueOf(key.from()), String.valueOf(key.to()))))
                      : List.of())
              .addFact(Fact.of("how", how))
              .messageKey("inconsistent-across-tables")
              .build());
    }
  }

  /** Whether truncating or rounding half-up the finer value to the coarser scale gives it. */
  static boolean agreesAtCoarser(BigDecimal a, int as, BigDecimal b, int bs) {
    BigDecimal finer = as > bs ? a : b;
    BigDecimal coarser = as > bs ? b : a;
    int scale = Math.min(as, bs);
    return Rounding.setScale(finer, scale, RoundingMode.DOWN).compareTo(coarser) == 0
        || Rounding.setScale(finer, scale, RoundingMode.HALF_UP).compareTo(coarser) == 0;
  }

  /** The member whose value matches its recomputed value, else the first of the most frequent. */
  private static int reference(AuditContext ctx, List<Integer> members) {
    for (int i : members) {
      if (ctx.reconciliations().get(i).status() == ReconciliationStatus.MATCH) {
        return i;
      }
    }
    int best = members.get(0);
    long bestCount = 0;
    for (int i : members) {
      BigDecimal v = Reconciler.printedValue(ctx.report().published().get(i)).orElseThrow();
      long count =
          members.stream()
              .filter(
                  j ->
                      Reconciler.printedValue(ctx.report().published().get(j))
                              .orElseThrow()
                              .compareTo(v)
                          == 0)
              .count();
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    return best;
  }

  static Key key(AuditContext ctx, PublishedFigure p) {
    int year = ctx.yearOf(p);
    int from = p.fromQuarter().orElse(0);
    int to = p.toQuarter().orElse(0);
    Measure m = p.measure();
    Optional<String> subject = p.subject();
    if (subject.isPresent()) {
      String s = subject.get();
      Optional<Objective> objective = ctx.report().find(s, Objective.class);
      if (objective.isPresent()) {
        if (m == Measure.ACHIEVEMENT && objective.get().indicators().size() == 1) {
          return new Key(m, Optional.of(objective.get().indicators().get(0).id()), year, from, to);
        }
        if (OBJECTIVE_MEASURES.contains(m)) {
          Optional<String> line = singleWholeLine(ctx, s);
          if (line.isPresent()) {
            return new Key(m, line, year, from, to);
          }
        }
      }
      Optional<Indicator> indicator = ctx.report().find(s, Indicator.class);
      if (indicator.isPresent()
          && m == Measure.PLAN_PROGRESS
          && endTargetIsTarget(indicator.get(), year)) {
        return new Key(Measure.ACHIEVEMENT, subject, year, from, to);
      }
      if (LINE_MEASURES.contains(m)) {
        List<SubActivity> subs = ctx.budgetIndex().subActivitiesOf(s);
        if (subs.size() == 1) {
          Measure mm = m == Measure.MEAN_ABSORPTION ? Measure.ABSORPTION : m;
          return new Key(mm, Optional.of(subs.get(0).id()), year, from, to);
        }
      }
    }
    return new Key(m, subject, year, from, to);
  }

  private static boolean endTargetIsTarget(Indicator i, int year) {
    Optional<Target> end = i.planEndTarget();
    Optional<Target> target = i.targetFor(year);
    if (end.isEmpty() || target.isEmpty()) {
      return false;
    }
    if (end.get().year().isPresent() && end.get().year().get() != year) {
      return false;
    }
    return end.get().value().isPresent()
        && target.get().value().isPresent()
        && end.get().value().get().compareTo(target.get().value().get()) == 0;
  }

  private static Optional<String> singleWholeLine(AuditContext ctx, String objective) {
    List<AllocatedLine> lines = ctx.allocations().get(objective);
    if (lines.size() != 1 || lines.get(0).share().compareTo(BigDecimal.valueOf(100)) != 0) {
      return Optional.empty();
    }
    return Optional.of(lines.get(0).line().id());
  }
}
