package org.lkjip.evaluation.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lkjip.evaluation.budget.AllocatedLine;
import org.lkjip.evaluation.budget.AllocationIssue;
import org.lkjip.evaluation.budget.Allocations;
import org.lkjip.model.Alignment;
import org.lkjip.model.Objective;

/**
 * The allocation of budget lines to objectives: lines the rule set's alignment allocates twice,
 * never, or with shares not summing to 100 (from {@link Allocations#check}); and, for every two
 * alignments of the report, each objective to which they allocate different lines.
 */
final class AllocationCheck implements ConsistencyCheck {
  static final String ID = "allocation";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "lines the alignment allocates twice, never, or with shares not summing to 100, and"
        + " alignments of the report that disagree about which lines serve an objective";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (AllocationIssue issue : ctx.evaluation().allocationIssues()) {
      out.add(
          Checks.about(ID, Severity.WARNING, issue.line())
              .addFact(Fact.of("alignment", issue.alignmentId()))
              .addFact(Fact.of("kind", issue.kind().name()))
              .addFact(Fact.of("objectives", String.join(AuditMessages.ITEMS, issue.objectives())))
              .addFact(Fact.of("shareSum", issue.shareSum()))
              .addFact(Fact.of("objectiveCount", issue.objectives().size()))
              .messageKey("allocation.line")
              .build());
    }
    List<Alignment> alignments = ctx.report().alignments();
    for (int i = 0; i < alignments.size(); i++) {
      for (int j = i + 1; j < alignments.size(); j++) {
        Alignment a = alignments.get(i);
        Alignment b = alignments.get(j);
        for (Objective o : ctx.report().objectives()) {
          Set<String> la = lines(ctx, a, o.id());
          Set<String> lb = lines(ctx, b, o.id());
          if (la.equals(lb)) {
            continue;
          }
          out.add(
              Checks.about(ID, Severity.WARNING, o.id())
                  .addFact(Fact.of("alignment", a.id()))
                  .addFact(Fact.of("otherAlignment", b.id()))
                  .addFact(Fact.of("lines", String.join(AuditMessages.ITEMS, la)))
                  .addFact(Fact.of("otherLines", String.join(AuditMessages.ITEMS, lb)))
                  .addAllFacts(Checks.ifPresent("alignmentTable", a.table()))
                  .addAllFacts(Checks.ifPresent("otherAlignmentTable", b.table()))
                  .messageKey("allocation.disagree")
                  .build());
        }
      }
    }
    return out;
  }

  private static Set<String> lines(AuditContext ctx, Alignment a, String objective) {
    Set<String> out = new LinkedHashSet<>();
    for (AllocatedLine l : Allocations.byObjective(a, ctx.budgetIndex()).get(objective)) {
      out.add(l.line().id());
    }
    return out;
  }
}
