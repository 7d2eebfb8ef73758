package org.lkjip.model;

import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Spending over a span of quarters (<i>triwulan</i>) of the fiscal year.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodSpending.class)
@JsonDeserialize(as = ImmutablePeriodSpending.class)
public interface PeriodSpending {
  /** First quarter of the span, 1..4. */
  int fromQuarter();

  /** Last quarter of the span, 1..4, not before {@link #fromQuarter()}. */
  int toQuarter();

  /** Amount spent in the span, in rupiah, never negative. */
  BigDecimal amount();

  @Value.Check
  default void check() {
    Quarters.check(fromQuarter(), toQuarter());
    Checks.nonNegative("spending for quarters " + fromQuarter() + "-" + toQuarter(), amount());
  }
}
