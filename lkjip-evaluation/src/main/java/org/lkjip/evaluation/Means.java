package org.lkjip.evaluation;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.ImmutableFigure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;

/**
 * Simple means of recomputed figures, as an objective's achievement is the mean of its indicators'
 * (<i>rata-rata capaian</i>).
 *
 * @since 0.4
 */
public final class Means {
  private Means() {}

  /**
   * The simple mean of the unrounded {@code figures}, rounded by {@code rounding}; not computed
   * when one of them is not (or is null: not evaluated), naming it. Notes of the inputs are kept as
   * the mean's reason.
   *
   * @param rule the rule id of the mean
   * @param figures the figures, in the order of {@code ids}; null for one that is missing
   * @param ids the id of each figure's element, its input name in the mean
   * @param what what each figure is, for the reason, e.g. "achievement of indicator"
   */
  public static Figure mean(
      String rule,
      List<? extends @Nullable Figure> figures,
      List<String> ids,
      String what,
      Rounding rounding) {
    BigDecimal sum = BigDecimal.ZERO;
    ImmutableMap.Builder<String, BigDecimal> inputs =
        ImmutableMap.builderWithExpectedSize(figures.size());
    List<String> notesOfInputs = new ArrayList<>(0);
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      if (f == null || !f.isComputed()) {
        return Figure.notComputed(
            rule,
            f == null ? Status.MISSING_INPUT : f.status(),
            what
                + " '"
                + ids.get(k)
                + "' is not available"
                + (f == null ? "" : ": " + f.reason().orElse(f.status().name())),
            inputs.buildOrThrow());
      }
      BigDecimal v = f.unrounded().orElseGet(f::valueOrThrow);
      inputs.put(ids.get(k), v);
      sum = sum.add(v);
      f.reason().ifPresent(notesOfInputs::add);
    }
    BigDecimal unrounded = Rounding.divide(sum, BigDecimal.valueOf(figures.size()));
    Figure m = Figure.computed(rule, unrounded, rounding, inputs.buildOrThrow());
    return notesOfInputs.isEmpty()
        ? m
        : ImmutableFigure.copyOf(m).withReason(String.join("; ", notesOfInputs));
  }
}
