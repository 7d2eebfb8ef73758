package org.lkjip.evaluation.budget;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.lkjip.model.SubActivity;

/**
 * A sub-activity allocated to an objective by an alignment link: the share in percent (100 when the
 * link states none) and the line the link names (the sub-activity itself, or its activity or
 * program).
 *
 * @since 0.1
 */
@Value.Immutable
public interface AllocatedLine {
  /** The sub-activity. */
  @Value.Parameter
  SubActivity line();

  /** Share of the line's budget and spending given to the objective, in percent. */
  @Value.Parameter
  BigDecimal share();

  /** The id the alignment link names. */
  @Value.Parameter
  String via();

  /**
   * {@code amount × share / 100}, exact; a whole share (100%) returns {@code amount} itself, so a
   * rupiah amount keeps its scale instead of gaining two decimals.
   */
  default BigDecimal apply(BigDecimal amount) {
    if (share().compareTo(HUNDRED) == 0) {
      return amount;
    }
    return amount.multiply(share()).movePointLeft(2);
  }

  /** One hundred percent. */
  BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
