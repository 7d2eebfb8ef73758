package org.lkjip.evaluation.efficiency;

import org.lkjip.formulas.Figure;
import org.lkjip.formulas.RoundingPolicy;

/**
 * A budget efficiency rule (<i>tingkat efisiensi</i>): a stable id, a human description that also
 * states the answer for 0/0 and for zero achievement, and one pure method.
 *
 * <p>Implementations must be immutable and thread-safe and must not throw for data problems: a
 * missing input, a zero denominator or a case the rule does not cover is a {@link Figure} with the
 * matching status and a reason. The built-ins are in {@link EfficiencyRules}.
 *
 * @since 0.1
 */
public interface EfficiencyRule {
  /** Stable id, e.g. "ratio". */
  String id();

  /** What the rule computes and its answers for 0/0 and zero achievement, for people. */
  String description();

  /**
   * The efficiency of {@code in.subject()}, rounded with {@code rounding.rounding()}; from the
   * unrounded values of the input figures, or from their rounded values when {@code
   * rounding.roundInputsFirst()}.
   *
   * @param in the subject's figures, never null
   * @param rounding the rounding of the result and whether inputs are used rounded, never null
   * @return the figure, never null
   */
  Figure compute(EfficiencyInputs in, RoundingPolicy rounding);
}
