package org.lkjip.evaluation.efficiency;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.formulas.Figure;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One budget line as an efficiency rule over lines sees it: its budget, spending and output
 * achievement (share of an alignment already applied).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEfficiencyLine.class)
@JsonDeserialize(as = ImmutableEfficiencyLine.class)
public interface EfficiencyLine {
  /** Line id. */
  String id();

  /** Budget in rupiah. */
  BigDecimal budget();

  /** Spending in rupiah; absent when not reported. */
  Optional<BigDecimal> spending();

  /** Output achievement of the line, in percent. */
  Figure achievement();
}
