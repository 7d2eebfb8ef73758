package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/**
 * An aggregate of the printed rows instead of the recomputed ones, for a figure whose rule is the
 * mean of parts named by id (an objective's achievement: the mean of its indicators' achievements):
 * the mean ({@code mean-of-printed-rows}) and the sum ({@code sum-of-printed-rows}) of the values
 * the report prints for the parts (in the figure's table first). When one printed part is wrong,
 * the printed aggregate follows from it. Not computed when a part is not printed.
 */
final class AggregateCauses implements CauseFamily {
  /** The measure of the parts, by the rule id of a mean whose inputs are keyed by part id. */
  private static final ImmutableMap<String, Measure> PARTS =
      ImmutableMap.of(
          "objective-achievement",
          Measure.ACHIEVEMENT,
          Reconciler.GROUP_OUTPUT_RULE,
          Measure.OUTPUT_ACHIEVEMENT);

  @Override
  public List<CauseTrial> trials(CauseQuery q) {
    Measure part = PARTS.get(q.recomputed.rule());
    if (part == null || q.recomputed.inputs().isEmpty()) {
      return List.of();
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<String> parts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : q.recomputed.inputs().keySet()) {
      List<PublishedFigure> printed = q.printed(part, id);
      if (printed.isEmpty()) {
        missing.add(id);
        continue;
      }
      PublishedFigure p = printed.get(0);
      sum = sum.add(p.value().orElseThrow());
      parts.add(AuditMessages.item(id, p.printed()));
    }
    if (!missing.isEmpty()) {
      List<Fact> facts =
          List.of(Fact.of("missingParts", String.join(AuditMessages.ITEMS, missing)));
      return List.of(
          CauseTrial.notComputed("mean-of-printed-rows", "candidate.reason.partsNotPrinted", facts),
          CauseTrial.notComputed("sum-of-printed-rows", "candidate.reason.partsNotPrinted", facts));
    }
    List<Fact> facts = List.of(Fact.of("parts", String.join(AuditMessages.ITEMS, parts)));
    BigDecimal mean = Rounding.divide(sum, BigDecimal.valueOf(parts.size()));
    if (parts.size() == 1) {
      // the mean and the sum of one row are the row: one candidate says it
      return List.of(CauseTrial.of("mean-of-printed-rows", mean, facts));
    }
    return List.of(
        CauseTrial.of("mean-of-printed-rows", mean, facts),
        CauseTrial.of("sum-of-printed-rows", sum, facts));
  }
}
