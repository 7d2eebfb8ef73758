package org.lkjip.evaluation.audit;

import java.util.ArrayList;
import java.util.List;
import org.lkjip.evaluation.LineResult;
import org.lkjip.evaluation.budget.LineLevel;

/** A sub-activity whose spending by quarter does not sum to its spending (data, not print). */
final class QuartersNotSum implements ConsistencyCheck {
  static final String ID = "quarters-not-sum";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a sub-activity whose spending by quarter does not sum to its total spending";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (LineResult line : ctx.evaluation().lines()) {
      if (line.level() != LineLevel.SUB_ACTIVITY
          || !line.periodDifference().isComputed()
          || line.periodDifference().valueOrThrow().signum() == 0) {
        continue;
      }
      out.add(
          Checks.about(ID, Severity.ERROR, line.lineId())
              .addFact(Fact.of("quarterSum", line.periodSpending().valueOrThrow()))
              .addFact(Fact.of("spending", line.spending().valueOrThrow()))
              .addFact(Fact.of(Fact.DIFFERENCE, line.periodDifference().valueOrThrow()))
              .messageKey("quarters-not-sum")
              .build());
    }
    return out;
  }
}
