package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Indicator;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * The search for the cause of a printed figure that does not follow from its inputs: tries the
 * general alternative computations of the catalogue ({@code docs/causes.md}), in the order of
 * {@link #FAMILIES}, and names every one that gives the printed value at the printed precision.
 *
 * <p>A point alternative reproduces the figure when its unrounded value, rounded at the printed
 * precision under the rule set's rounding mode, or else under another of {@link Reconciler#MODES},
 * is the printed value. A range alternative (inputs known only as printed) reproduces it when the
 * range overlaps, with positive width, the values that round to the printed value: some value
 * inside both, and the input that gives it, is then named. Candidates that reproduce come first,
 * ranked by fewer {@linkplain Candidate#changes() changes} (the alternative alone before the
 * alternative with another rounding mode), then by catalogue order (the simpler and more common
 * first); the others follow in catalogue order.
 *
 * <p>Run only for figures that do not reproduce, so it costs nothing on matching figures.
 */
final class CauseSearch {
  /** The families of alternatives, in catalogue order. */
  static final ImmutableList<CauseFamily> FAMILIES =
      ImmutableList.of(
          new RoundingCauses(),
          new InputRoundingCauses(),
          new FormulaCauses(),
          new CapCauses(),
          new PrintedInputCauses(),
          new AggregateCauses(),
          new TargetCauses(),
          new SwapCauses(),
          new PointsCauses());

  /** Decimals beyond the printed precision kept in the bounds of a range candidate. */
  private static final int RANGE_EXTRA_DECIMALS = 4;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final Report report;
  private final RuleSet ruleSet;
  private final CauseQuery.Printed printed;
  private final CauseQuery.Recompute recompute;

  /** A search in {@code report} under {@code ruleSet}, re-evaluating with {@code recompute}. */
  CauseSearch(Report report, RuleSet ruleSet, CauseQuery.Recompute recompute) {
    this.report = report;
    this.ruleSet = ruleSet;
    this.printed = new CauseQuery.Printed(report);
    this.recompute = recompute;
  }

  /**
   * Every alternative tried for {@code p}, printed as {@code value} and recomputed as {@code f}:
   * those that reproduce it first, ranked; never null.
   */
  ImmutableList<Candidate> search(
      PublishedFigure p, Figure f, BigDecimal value, Optional<Indicator> indicator) {
    CauseQuery q = new CauseQuery(report, ruleSet, p, f, value, indicator, printed, recompute);
    List<Candidate> reproducing = new ArrayList<>();
    List<Candidate> others = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (CauseFamily family : FAMILIES) {
      for (CauseTrial t : family.trials(q)) {
        Candidate c = evaluate(q, t);
        if (c.reproduces()) {
          order.add(reproducing.size() + others.size());
          reproducing.add(c);
        } else {
          others.add(c);
        }
      }
    }
    List<Integer> rank = new ArrayList<>();
    for (int i = 0; i < reproducing.size(); i++) {
      rank.add(i);
    }
    rank.sort(
        Comparator.<Integer>comparingInt(i -> reproducing.get(i).changes())
            .thenComparingInt(order::get));
    ImmutableList.Builder<Candidate> out = ImmutableList.builder();
    for (int i : rank) {
      out.add(reproducing.get(i));
    }
    return out.addAll(others).build();
  }

  /** The cause messages of the candidates that reproduce the printed value, in rank order. */
  static List<Message> causes(List<Candidate> candidates) {
    List<Message> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.reproduces()) {
        out.add(new Message("cause.candidate", c.message().args()));
      }
    }
    return out;
  }

  /** The cause of a figure none of whose {@code candidates} reproduces it: what was tried. */
  static Message noneReproduces(List<Candidate> candidates) {
    List<String> ids = new ArrayList<>();
    for (Candidate c : candidates) {
      ids.add(c.id());
    }
    return Message.of("cause.noCandidate", Fact.of("tried", String.join(AuditMessages.ITEMS, ids)));
  }

  /** Whether {@code id} is lower-case kebab case: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
  static boolean isKebabCase(String id) {
    if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok || (c == '-' && id.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  private static Candidate evaluate(CauseQuery q, CauseTrial t) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of("candidateId", t.id()));
    facts.add(Fact.of("candidateKey", "candidate." + t.id()));
    facts.addAll(t.facts());
    ImmutableCandidate.Builder c = ImmutableCandidate.builder().id(t.id()).changes(1);
    if (t.reasonKey().isPresent()) {
      facts.add(Fact.of("reasonKey", t.reasonKey().get()));
      return c.reproduces(false).message(new Message("candidate.notComputed", facts)).build();
    }
    List<RoundingMode> modes = modes(q, t);
    int ps = q.printedScale;
    if (t.isRange()) {
      return range(q, t, modes, facts, c);
    }
    BigDecimal u = t.value().orElseThrow();
    if (modes.isEmpty()) {
      facts.add(Fact.of("value", u));
      return c.reproduces(u.compareTo(q.printed) == 0)
          .value(u)
          .message(new Message("candidate.gives", facts))
          .build();
    }
    for (int i = 0; i < modes.size(); i++) {
      RoundingMode mode = modes.get(i);
      BigDecimal r = Rounding.setScale(u, ps, mode);
      if (r.compareTo(q.printed) == 0) {
        facts.add(Fact.of("value", r));
        otherRounding(q, t, mode, facts);
        return c.reproduces(true)
            .changes(i == 0 ? 1 : 2)
            .value(r)
            .rounding(Rounding.of(ps, mode).id())
            .message(new Message("candidate.gives", facts))
            .build();
      }
    }
    BigDecimal r = Rounding.setScale(u, ps, modes.get(0));
    facts.add(Fact.of("value", r));
    return c.reproduces(false)
        .value(r)
        .rounding(Rounding.of(ps, modes.get(0)).id())
        .message(new Message("candidate.gives", facts))
        .build();
  }

  private static Candidate range(
      CauseQuery q,
      CauseTrial t,
      List<RoundingMode> modes,
      List<Fact> facts,
      ImmutableCandidate.Builder c) {
    int ps = q.printedScale;
    BigDecimal low = t.low().orElseThrow();
    BigDecimal high = t.high().orElseThrow();
    BigDecimal shownLow = low.setScale(ps + RANGE_EXTRA_DECIMALS, RoundingMode.FLOOR);
    BigDecimal shownHigh = high.setScale(ps + RANGE_EXTRA_DECIMALS, RoundingMode.CEILING);
    facts.add(Fact.of("low", shownLow));
    facts.add(Fact.of("high", shownHigh));
    c.low(shownLow).high(shownHigh);
    for (int i = 0; i < modes.size(); i++) {
      RoundingMode mode = modes.get(i);
      @Nullable BigDecimal w = witness(q.printed, ps, mode, low, high);
      if (w == null) {
        continue;
      }
      facts.add(Fact.of("witness", w.setScale(ps + RANGE_EXTRA_DECIMALS, RoundingMode.HALF_EVEN)));
      Optional<BigDecimal> input = t.inverse() == null ? Optional.empty() : t.inverse().apply(w);
      input.ifPresent(x -> facts.add(Fact.of("witnessInput", CauseQuery.shown(x))));
      otherRounding(q, t, mode, facts);
      return c.reproduces(true)
          .changes(i == 0 ? 1 : 2)
          .value(q.printed)
          .rounding(Rounding.of(ps, mode).id())
          .message(new Message("candidate.range", facts))
          .build();
    }
    return c.reproduces(false).message(new Message("candidate.range", facts)).build();
  }

  /**
   * A value strictly inside both {@code [low, high]} and the values that {@code mode} rounds to
   * {@code printed} at {@code scale}, or null when they do not overlap with positive width.
   */
  private static @Nullable BigDecimal witness(
      BigDecimal printed, int scale, RoundingMode mode, BigDecimal low, BigDecimal high) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal a;
    BigDecimal b;
    if (mode == RoundingMode.DOWN) {
      a = printed.signum() > 0 ? printed : printed.subtract(unit);
      b = printed.signum() < 0 ? printed : printed.add(unit);
    } else {
      BigDecimal half = unit.divide(TWO);
      a = printed.subtract(half);
      b = printed.add(half);
    }
    BigDecimal lower = a.max(low);
    BigDecimal upper = b.min(high);
    if (lower.compareTo(upper) >= 0) {
      return null;
    }
    BigDecimal w = lower.add(upper).divide(TWO);
    return Rounding.setScale(w, scale, mode).compareTo(printed) == 0 ? w : null;
  }

  /** The modes to compare under: the trial's own, or the rule set's first, then the others. */
  private static List<RoundingMode> modes(CauseQuery q, CauseTrial t) {
    if (t.mode().isPresent()) {
      return List.of(t.mode().get());
    }
    Optional<RoundingMode> rule = q.ruleMode();
    if (rule.isEmpty()) {
      return List.of();
    }
    List<RoundingMode> out = new ArrayList<>();
    out.add(rule.get());
    for (RoundingMode m : Reconciler.MODES) {
      if (m != rule.get()) {
        out.add(m);
      }
    }
    return out;
  }

  /** Adds the rounding a candidate needs when it is not the rule set's. */
  private static void otherRounding(
      CauseQuery q, CauseTrial t, RoundingMode mode, List<Fact> facts) {
    if (t.mode().isEmpty() && !q.ruleMode().equals(Optional.of(mode))) {
      facts.add(Fact.of("otherRounding", Rounding.of(q.printedScale, mode).id()));
    }
  }
}
