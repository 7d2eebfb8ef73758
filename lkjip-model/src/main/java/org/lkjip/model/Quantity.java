package org.lkjip.model;

import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amount with a unit, e.g. 12 "bulan" or 2 "Jenis".
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
public interface Quantity {
  /** The amount, never negative. */
  @Value.Parameter
  BigDecimal amount();

  /** The unit as printed. */
  @Value.Parameter
  String unit();

  /** A quantity. */
  static Quantity of(BigDecimal amount, String unit) {
    return ImmutableQuantity.of(amount, unit);
  }

  @Value.Check
  default void check() {
    Checks.nonNegative("quantity", amount());
  }
}
