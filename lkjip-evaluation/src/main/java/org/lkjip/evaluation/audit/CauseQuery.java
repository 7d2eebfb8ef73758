package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.achievement.Achievements;
import org.lkjip.formulas.Figure;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * What the cause search knows about one printed figure that does not reproduce: the figure, its
 * recomputed {@link Figure} (rule, inputs, unrounded value, rounding), the printed value and
 * precision, the report and rule set, and the report's other printed figures.
 */
final class CauseQuery {
  final Report report;
  final RuleSet ruleSet;
  final PublishedFigure published;
  final Figure recomputed;
  final BigDecimal printed;
  final int printedScale;
  final int year;
  final Optional<Indicator> indicator;
  private final Printed printedFigures;
  private final Recompute recompute;
  private final Optional<AchievementInputs> achievementInputs;

  CauseQuery(
      Report report,
      RuleSet ruleSet,
      PublishedFigure published,
      Figure recomputed,
      BigDecimal printed,
      Optional<Indicator> indicator,
      Printed printedFigures,
      Recompute recompute) {
    this.report = report;
    this.ruleSet = ruleSet;
    this.published = published;
    this.recomputed = recomputed;
    this.printed = printed;
    this.printedScale = Texts.printedScale(published);
    this.year = published.year().orElse(report.fiscalYear());
    this.indicator = indicator;
    this.printedFigures = printedFigures;
    this.recompute = recompute;
    this.achievementInputs = findAchievementInputs();
  }

  /** Recomputes a published figure under another rule set. */
  interface Recompute {
    /** The figure {@code p} states, evaluated (lazily) under {@code ruleSet}; never throws. */
    Figure figure(RuleSet ruleSet, PublishedFigure p);
  }

  /** The figure recomputed under {@code variant}, a rule set that differs in one convention. */
  Figure under(RuleSet variant) {
    return recompute.figure(variant, published);
  }

  /** Decimals shown of an unrounded value in a candidate's facts. */
  static final int SHOWN_DECIMALS = 6;

  /**
   * {@code v} as a candidate's facts show it: at most {@value #SHOWN_DECIMALS} decimals
   * (half-even), trailing zeros removed; the candidate's own value and bounds are not rounded this
   * way.
   */
  static BigDecimal shown(BigDecimal v) {
    BigDecimal r =
        v.scale() > SHOWN_DECIMALS ? v.setScale(SHOWN_DECIMALS, RoundingMode.HALF_EVEN) : v;
    r = r.stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  /** The rule set's rounding mode for the figure; empty for an exact figure. */
  Optional<RoundingMode> ruleMode() {
    return recomputed.rounding().map(r -> r.mode());
  }

  /** The unrounded recomputed value. */
  BigDecimal unrounded() {
    return recomputed.unrounded().orElseGet(recomputed::valueOrThrow);
  }

  /**
   * The actual and target of an achievement-like figure (achievement, plan progress, standard
   * comparison) of an indicator against one target value; empty for a range target or another
   * figure. Derived once, when the query is made.
   */
  Optional<AchievementInputs> achievementInputs() {
    return achievementInputs;
  }

  private Optional<AchievementInputs> findAchievementInputs() {
    Measure m = published.measure();
    boolean like =
        m == Measure.ACHIEVEMENT || m == Measure.PLAN_PROGRESS || m == Measure.STANDARD_COMPARISON;
    if (!like || indicator.isEmpty() || recomputed.rule().contains(":range-")) {
      return Optional.empty();
    }
    BigDecimal r = recomputed.inputs().get("actual");
    BigDecimal t = recomputed.inputs().get("target");
    if (r == null || t == null) {
      return Optional.empty();
    }
    Optional<BigDecimal> cap =
        m == Measure.ACHIEVEMENT && recomputed.rule().startsWith(Achievements.ACHIEVEMENT + ":")
            ? ruleSet.achievement().cap()
            : Optional.empty();
    return Optional.of(
        new AchievementInputs(
            r, t, AchievementForm.of(indicator.get().polarity(), ruleSet), cap, indicator.get()));
  }

  /**
   * The figures the report prints for {@code measure} of {@code subject} in the figure's year,
   * those in the figure's own table first, then in report order.
   */
  List<PublishedFigure> printed(Measure measure, String subject) {
    List<PublishedFigure> all = printedFigures.get(measure, subject, year);
    List<PublishedFigure> out = new ArrayList<>(all.size());
    for (PublishedFigure p : all) {
      if (p.table().equals(published.table())) {
        out.add(p);
      }
    }
    for (PublishedFigure p : all) {
      if (!p.table().equals(published.table())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The actual R and target T an achievement-like figure was computed from, the rule set's form for
   * the indicator's polarity, and the cap the rule set applies to it.
   */
  record AchievementInputs(
      BigDecimal actual,
      BigDecimal target,
      AchievementForm form,
      Optional<BigDecimal> cap,
      Indicator indicator) {
    /** The rule set's formula (with its cap) for {@code r} against {@code t}. */
    Optional<BigDecimal> rule(BigDecimal r, BigDecimal t) {
      return form.apply(r, t).map(this::capped);
    }

    /** {@code v} limited by the rule set's cap, if any. */
    BigDecimal capped(BigDecimal v) {
      return cap.isPresent() && v.compareTo(cap.get()) > 0 ? cap.get() : v;
    }
  }

  /** The report's printed numbers by measure, subject and year, indexed on first use. */
  static final class Printed {
    private final Report report;
    private @Nullable Map<String, List<PublishedFigure>> byKey;

    Printed(Report report) {
      this.report = report;
    }

    List<PublishedFigure> get(Measure measure, String subject, int year) {
      Map<String, List<PublishedFigure>> m = byKey;
      if (m == null) {
        m = new HashMap<>();
        for (PublishedFigure p : report.published()) {
          if (p.value().isPresent() && p.subject().isPresent()) {
            m.computeIfAbsent(
                    key(p.measure(), p.subject().get(), p.year().orElse(report.fiscalYear())),
                    k -> new ArrayList<>())
                .add(p);
          }
        }
        byKey = m;
      }
      return m.getOrDefault(key(measure, subject, year), List.of());
    }

    private static String key(Measure measure, String subject, int year) {
      return measure.name() + '\u0000' + subject + '\u0000' + year;
    }
  }
}
