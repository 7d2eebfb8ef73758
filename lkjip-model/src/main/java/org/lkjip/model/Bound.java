package org.lkjip.model;

import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One bound of a {@link Band}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBound.class)
@JsonDeserialize(as = ImmutableBound.class)
public interface Bound {
  /** The bound. */
  @Value.Parameter
  BigDecimal value();

  /** Whether the bound itself belongs to the band. */
  @Value.Parameter
  boolean inclusive();

  /** An inclusive bound. */
  static Bound inclusive(BigDecimal value) {
    return ImmutableBound.of(value, true);
  }

  /** An exclusive bound. */
  static Bound exclusive(BigDecimal value) {
    return ImmutableBound.of(value, false);
  }
}
