package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lkjip.evaluation.LineResult;
import org.lkjip.evaluation.budget.LineLevel;

/**
 * A sub-activity whose output is fully achieved (≥ 100%) while its physical progress is below 100,
 * or the reverse.
 */
final class OutputVsPhysical implements ConsistencyCheck {
  static final String ID = "output-vs-physical";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a sub-activity whose output is fully achieved but physical progress is below 100, or"
        + " the reverse";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (LineResult line : ctx.evaluation().lines()) {
      if (line.level() != LineLevel.SUB_ACTIVITY
          || !line.outputAchievement().isComputed()
          || !line.physicalProgress().isComputed()) {
        continue;
      }
      BigDecimal output = line.outputAchievement().valueOrThrow();
      BigDecimal physical = line.physicalProgress().valueOrThrow();
      boolean outputDone = output.compareTo(HUNDRED) >= 0;
      boolean physicalDone = physical.compareTo(HUNDRED) >= 0;
      if (outputDone != physicalDone) {
        out.add(
            Checks.about(ID, Severity.INFO, line.lineId())
                .addFact(Fact.of("outputAchievement", output))
                .addFact(Fact.of("physicalProgress", physical))
                .messageKey("output-vs-physical")
                .build());
      }
    }
    return out;
  }
}
