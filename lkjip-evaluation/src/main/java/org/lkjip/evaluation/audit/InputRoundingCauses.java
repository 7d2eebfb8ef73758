package org.lkjip.evaluation.audit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.lkjip.evaluation.EfficiencyPolicy;
import org.lkjip.evaluation.ImmutableEfficiencyPolicy;
import org.lkjip.evaluation.ImmutableRuleSet;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;
import org.lkjip.model.Measure;

/**
 * Efficiency from its percentage inputs rounded first in another mode (ids {@code
 * inputs-rounded-down}, {@code inputs-rounded-half-up}, {@code inputs-rounded-half-even}): the
 * figure re-evaluated with absorption and output achievement rounded in that mode at the rule set's
 * scale, and the efficiency rule reading the rounded values (achievement stays as the rule set
 * rounds it). The reconciler already tries the inputs rounded in the rule set's own mode, so the
 * combination identical to the rule set is left out.
 */
final class InputRoundingCauses implements CauseFamily {
  @Override
  public List<CauseTrial> trials(CauseQuery q) {
    if (q.published.measure() != Measure.EFFICIENCY) {
      return List.of();
    }
    RuleSet rs = q.ruleSet;
    Rounding absorption = rs.absorption().rounding();
    List<CauseTrial> out = new ArrayList<>();
    for (RoundingMode mode : Reconciler.MODES) {
      boolean same =
          mode == absorption.mode()
              && mode == rs.outputAchievement().rounding().mode()
              && rs.lineEfficiency().rounding().roundInputsFirst()
              && rs.objectiveEfficiency().rounding().roundInputsFirst();
      if (same) {
        continue;
      }
      Rounding inputs = Rounding.of(absorption.scale(), mode);
      RuleSet variant =
          ImmutableRuleSet.builder()
              .from(rs)
              .absorption(RoundingPolicy.of(inputs, rs.absorption().roundInputsFirst()))
              .outputAchievement(
                  RoundingPolicy.of(
                      Rounding.of(rs.outputAchievement().rounding().scale(), mode),
                      rs.outputAchievement().roundInputsFirst()))
              .lineEfficiency(roundingInputs(rs.lineEfficiency()))
              .objectiveEfficiency(roundingInputs(rs.objectiveEfficiency()))
              .build();
      Figure f = q.under(variant);
      String id = "inputs-rounded-" + RoundingCauses.id(mode);
      List<Fact> facts = List.of(Fact.of("inputRounding", inputs.id()));
      out.add(
          f.isComputed()
              ? CauseTrial.of(id, f.unrounded().orElseGet(f::valueOrThrow), facts)
              : CauseTrial.notComputed(id, "candidate.reason.notComputedUnderVariant", facts));
    }
    return out;
  }

  private static EfficiencyPolicy roundingInputs(EfficiencyPolicy p) {
    return ImmutableEfficiencyPolicy.copyOf(p)
        .withRounding(RoundingPolicy.of(p.rounding().rounding(), true));
  }
}
