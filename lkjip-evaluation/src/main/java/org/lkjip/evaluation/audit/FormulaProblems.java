package org.lkjip.evaluation.audit;

import java.util.ArrayList;
import java.util.List;
import org.lkjip.evaluation.IndicatorResult;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.formulas.Status;
import org.lkjip.model.Indicator;

/**
 * An indicator whose formula the auditor cannot run: its id is not registered (a typo, or a host
 * formula not supplied), or the formula failed. Both leave the indicator's values unchecked, which
 * a CI job must not mistake for a pass.
 */
final class FormulaProblems implements ConsistencyCheck {
  static final String ID = "formula-problem";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "an indicator whose formula is not registered, or whose formula failed";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Indicator i : ctx.report().indicators()) {
      if (i.formula().isPresent() && !ctx.evaluator().knowsFormula(i.formula().get())) {
        out.add(
            Checks.about(ID, Severity.ERROR, i.id())
                .addFact(Fact.of("formula", i.formula().get()))
                .messageKey("formula-problem.unknown")
                .build());
      }
    }
    for (IndicatorResult r : ctx.evaluation().indicators()) {
      for (IndicatorYear y : r.years()) {
        if (y.value().status() == Status.RULE_FAILED) {
          out.add(
              Checks.about(ID, Severity.ERROR, r.indicatorId())
                  .addFact(Fact.of(Fact.YEAR, y.year()))
                  .addFact(Fact.of("reason", y.value().reason().orElse("formula failed")))
                  .addAllFacts(
                      Reconciler.reason("formula-problem.failed", y.value()).args().stream()
                          .filter(x -> !x.key().equals(Fact.YEAR) && !x.key().equals("reason"))
                          .toList())
                  .messageKey("formula-problem.failed")
                  .build());
        }
      }
    }
    return out;
  }
}
