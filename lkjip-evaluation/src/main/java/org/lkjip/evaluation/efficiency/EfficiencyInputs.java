package org.lkjip.evaluation.efficiency;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.formulas.Figure;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What an {@link EfficiencyRule} reads for one subject (an objective or a budget line): its
 * achievement and absorption figures, its spending, and its lines for rules that work over lines.
 *
 * <p>Rules use the <b>unrounded</b> values of the figures (their rounded values when the rounding
 * policy rounds inputs first) and round once, at the end; which unrounded value a figure holds is
 * decided where it was made (e.g. an achievement computed from a truncated indicator value, as the
 * seed does).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEfficiencyInputs.class)
@JsonDeserialize(as = ImmutableEfficiencyInputs.class)
public interface EfficiencyInputs {
  /** Id of the objective or line. */
  @Value.Parameter
  String subject();

  /** Achievement in percent: of the objective's indicators, or of the line's output. */
  @Value.Parameter
  Figure achievement();

  /** Absorption in percent (spending / budget × 100). */
  @Value.Parameter
  Figure absorption();

  /** Spending in rupiah; absent when not reported. */
  @Value.Parameter
  Optional<BigDecimal> spending();

  /** The budget lines under the subject, for rules over lines; a line is its own only line. */
  @Value.Parameter
  ImmutableList<EfficiencyLine> lines();
}
