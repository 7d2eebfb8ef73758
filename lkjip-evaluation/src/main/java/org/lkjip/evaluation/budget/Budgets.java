package org.lkjip.evaluation.budget;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.model.PeriodSpending;
import org.lkjip.model.SubActivity;

/**
 * Budget figures of one line or a group of sub-activities: budget and spending sums, absorption
 * (<i>penyerapan</i>) {@code spending / budget × 100}, unspent budget (<i>sisa anggaran</i>),
 * spending by period, and the RFK-style means.
 *
 * <p>Sums of rupiah are exact. A sub-activity whose spending is not reported makes every sum over
 * it {@code MISSING_INPUT} naming the line — never a silent zero; a reported zero is a zero. A zero
 * budget makes absorption {@code DIVISION_BY_ZERO}.
 *
 * <p>Rule ids: {@code budget-sum}, {@code spending-sum}, {@code absorption}, {@code unspent},
 * {@code period-spending-sum}, {@code period-spending-difference}, {@code mean-absorption}, {@code
 * weighted-mean-absorption}, {@code mean-physical-progress}.
 *
 * @since 0.1
 */
public final class Budgets {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Budgets() {}

  /** The sum of the budgets of {@code lines}, exact. */
  public static Figure budget(List<SubActivity> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    for (SubActivity s : lines) {
      sum = sum.add(s.budget());
    }
    return Figure.exact("budget-sum", sum, ImmutableMap.of());
  }

  /**
   * The sum of the spending of {@code lines}, exact; {@code MISSING_INPUT} naming every line whose
   * spending is not reported.
   */
  public static Figure spending(List<SubActivity> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    List<String> missing = null;
    for (SubActivity s : lines) {
      Optional<BigDecimal> spent = s.spending();
      if (spent.isPresent()) {
        sum = sum.add(spent.get());
      } else {
        missing = add(missing, s.id());
      }
    }
    if (missing != null) {
      return Figure.notComputed(
          "spending-sum",
          Status.MISSING_INPUT,
          "spending not reported for " + quoted(missing),
          ImmutableMap.of());
    }
    return Figure.exact("spending-sum", sum, ImmutableMap.of());
  }

  /** Absorption {@code spending / budget × 100} of a subject, rounded with {@code rounding}. */
  public static Figure absorption(
      String subject, BigDecimal budget, Figure spending, Rounding rounding) {
    if (!spending.isComputed()) {
      return Figure.notComputed(
          "absorption",
          spending.status(),
          "spending of '" + subject + "' is not available: " + spending.reason().orElse(""),
          ImmutableMap.of("budget", budget));
    }
    BigDecimal s = spending.valueOrThrow();
    ImmutableMap<String, BigDecimal> inputs = ImmutableMap.of("spending", s, "budget", budget);
    if (budget.signum() == 0) {
      return Figure.notComputed(
          "absorption",
          Status.DIVISION_BY_ZERO,
          "budget of '" + subject + "' is zero: absorption is undefined",
          inputs);
    }
    BigDecimal unrounded = Rounding.divide(s.multiply(HUNDRED), budget);
    return Figure.computed("absorption", unrounded, rounding, inputs);
  }

  /** Unspent budget {@code budget − spending}, exact. */
  public static Figure unspent(String subject, BigDecimal budget, Figure spending) {
    if (!spending.isComputed()) {
      return Figure.notComputed(
          "unspent",
          spending.status(),
          "spending of '" + subject + "' is not available: " + spending.reason().orElse(""),
          ImmutableMap.of("budget", budget));
    }
    BigDecimal s = spending.valueOrThrow();
    return Figure.exact(
        "unspent", budget.subtract(s), ImmutableMap.of("budget", budget, "spending", s));
  }

  /**
   * The sum of the spending by period ({@link SubActivity#spendingByPeriod()}) of {@code lines};
   * {@code MISSING_INPUT} naming every line that reports no spending by period.
   */
  public static Figure periodSpending(List<SubActivity> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    List<String> missing = null;
    for (SubActivity s : lines) {
      List<PeriodSpending> periods = s.spendingByPeriod();
      if (periods.isEmpty()) {
        missing = add(missing, s.id());
      }
      for (int i = 0; i < periods.size(); i++) {
        sum = sum.add(periods.get(i).amount());
      }
    }
    if (missing != null) {
      return Figure.notComputed(
          "period-spending-sum",
          Status.MISSING_INPUT,
          "no spending by period reported for " + quoted(missing),
          ImmutableMap.of());
    }
    return Figure.exact("period-spending-sum", sum, ImmutableMap.of());
  }

  /**
   * The spending by period minus the total spending; zero when they agree. Not computed when either
   * is not.
   */
  public static Figure periodDifference(Figure periodSpending, Figure spending) {
    Figure missing =
        !periodSpending.isComputed() ? periodSpending : !spending.isComputed() ? spending : null;
    if (missing != null) {
      return Figure.notComputed(
          "period-spending-difference",
          missing.status(),
          missing.rule() + " is not available: " + missing.reason().orElse(""),
          ImmutableMap.of());
    }
    BigDecimal p = periodSpending.valueOrThrow();
    BigDecimal s = spending.valueOrThrow();
    return Figure.exact(
        "period-spending-difference",
        p.subtract(s),
        ImmutableMap.of("periodSpending", p, "spending", s));
  }

  /**
   * The simple mean of the line absorption percentages, each as rounded by {@code lineRounding}
   * (the column a report averages; the seed's RFK "TOTAL 85,85%" is this mean over its 18 lines),
   * rounded with {@code rounding}. Not computed when a line's absorption is not.
   */
  public static Figure meanAbsorption(
      List<SubActivity> lines, Rounding lineRounding, Rounding rounding) {
    return meanOfLineAbsorptions("mean-absorption", lines, lineRounding, rounding, false);
  }

  /**
   * The budget-weighted mean of the line absorption percentages, each as rounded by {@code
   * lineRounding}; it differs from the ratio of sums only by the rounding of the lines.
   */
  public static Figure weightedMeanAbsorption(
      List<SubActivity> lines, Rounding lineRounding, Rounding rounding) {
    return meanOfLineAbsorptions("weighted-mean-absorption", lines, lineRounding, rounding, true);
  }

  /**
   * {@link #meanAbsorption(List, Rounding, Rounding)} from the lines' absorption figures already
   * computed: {@code lineAbsorptions.get(i)} must be {@link #absorption} of {@code lines.get(i)}
   * (its budget, its spending figure) with the line rounding, e.g. the figures of an evaluation's
   * sub-activity lines. The result is the same; no line's absorption is computed again.
   *
   * @since 0.2
   */
  public static Figure meanAbsorption(
      List<SubActivity> lines, List<Figure> lineAbsorptions, Rounding rounding) {
    return meanOfLineAbsorptions("mean-absorption", lines, lineAbsorptions, null, rounding, false);
  }

  /**
   * {@link #weightedMeanAbsorption(List, Rounding, Rounding)} from the lines' absorption figures
   * already computed, as {@link #meanAbsorption(List, List, Rounding)} takes them.
   *
   * @since 0.2
   */
  public static Figure weightedMeanAbsorption(
      List<SubActivity> lines, List<Figure> lineAbsorptions, Rounding rounding) {
    return meanOfLineAbsorptions(
        "weighted-mean-absorption", lines, lineAbsorptions, null, rounding, true);
  }

  private static Figure meanOfLineAbsorptions(
      String rule,
      List<SubActivity> lines,
      Rounding lineRounding,
      Rounding rounding,
      boolean weighted) {
    return meanOfLineAbsorptions(rule, lines, null, lineRounding, rounding, weighted);
  }

  /**
   * The mean of the rounded line absorptions; each is taken from {@code lineAbsorptions} when
   * given, else computed with {@code lineRounding}.
   */
  private static Figure meanOfLineAbsorptions(
      String rule,
      List<SubActivity> lines,
      @Nullable List<Figure> lineAbsorptions,
      @Nullable Rounding lineRounding,
      Rounding rounding,
      boolean weighted) {
    if (lines.isEmpty()) {
      return Figure.notComputed(
          rule, Status.NOT_APPLICABLE, "there are no lines", ImmutableMap.of());
    }
    if (lineAbsorptions != null && lineAbsorptions.size() != lines.size()) {
      throw new IllegalArgumentException(
          "bug: " + lineAbsorptions.size() + " absorptions for " + lines.size() + " lines");
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      SubActivity s = lines.get(i);
      BigDecimal a;
      Optional<BigDecimal> spending = lineAbsorptions == null ? s.spending() : Optional.empty();
      if (spending.isPresent() && s.budget().signum() != 0) {
        // The same arithmetic as absorption(...), without building a Figure per line per mean.
        BigDecimal spent = BigDecimal.ZERO.add(spending.get());
        a =
            Objects.requireNonNull(lineRounding)
                .apply(Rounding.divide(spent.multiply(HUNDRED), s.budget()));
      } else {
        Figure f =
            lineAbsorptions != null
                ? lineAbsorptions.get(i)
                : absorption(
                    s.id(), s.budget(), spending(List.of(s)), Objects.requireNonNull(lineRounding));
        if (!f.isComputed()) {
          return Figure.notComputed(
              rule,
              f.status(),
              "absorption of line '" + s.id() + "' is not available: " + f.reason().orElse(""),
              ImmutableMap.of());
        }
        a = f.valueOrThrow();
      }
      BigDecimal w = weighted ? s.budget() : BigDecimal.ONE;
      sum = sum.add(a.multiply(w));
      weights = weights.add(w);
    }
    ImmutableMap<String, BigDecimal> inputs =
        ImmutableMap.of(
            weighted ? "weightedSum" : "sum", sum, weighted ? "budget" : "count", weights);
    if (weights.signum() == 0) {
      return Figure.notComputed(rule, Status.DIVISION_BY_ZERO, "the budgets sum to zero", inputs);
    }
    return Figure.computed(rule, Rounding.divide(sum, weights), rounding, inputs);
  }

  /**
   * The simple mean of the physical progress (<i>realisasi fisik</i>) of {@code lines} (the seed's
   * RFK "TOTAL 94,17%"); {@code MISSING_INPUT} naming every line that reports none.
   */
  public static Figure meanPhysicalProgress(List<SubActivity> lines, Rounding rounding) {
    if (lines.isEmpty()) {
      return Figure.notComputed(
          "mean-physical-progress", Status.NOT_APPLICABLE, "there are no lines", ImmutableMap.of());
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    for (SubActivity s : lines) {
      Optional<BigDecimal> progress = s.physicalProgress();
      if (progress.isPresent()) {
        sum = sum.add(progress.get());
      } else {
        missing.add(s.id());
      }
    }
    if (!missing.isEmpty()) {
      return Figure.notComputed(
          "mean-physical-progress",
          Status.MISSING_INPUT,
          "physical progress not reported for " + quoted(missing),
          ImmutableMap.of());
    }
    BigDecimal count = BigDecimal.valueOf(lines.size());
    return Figure.computed(
        "mean-physical-progress",
        Rounding.divide(sum, count),
        rounding,
        ImmutableMap.of("sum", sum, "count", count));
  }

  /** {@code list} (a new one when null) with {@code id} added. */
  private static List<String> add(@Nullable List<String> list, String id) {
    List<String> l = list == null ? new ArrayList<>() : list;
    l.add(id);
    return l;
  }

  static String quoted(List<String> ids) {
    StringBuilder b = new StringBuilder(ids.size() == 1 ? "line " : "lines ");
    for (int i = 0; i < ids.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('\'').append(ids.get(i)).append('\'');
    }
    return b.toString();
  }
}
