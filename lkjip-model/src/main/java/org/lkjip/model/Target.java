package org.lkjip.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A target (or standard) value: a number, a range, or an absence such as "N/A".
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public interface Target {
  /** Year, for yearly targets. */
  Optional<Integer> year();

  /** A single target value. */
  Optional<BigDecimal> value();

  /** Lower bound of a range target. */
  Optional<BigDecimal> low();

  /** Upper bound of a range target. */
  Optional<BigDecimal> high();

  /** Why there is no target value. */
  Optional<Absence> absence();

  /** The text as printed, e.g. "65%" or "N/A". */
  Optional<String> printed();

  /** Whether this is a range target. */
  default boolean hasRange() {
    return low().isPresent();
  }

  @Value.Check
  default void check() {
    if (low().isPresent() != high().isPresent()) {
      throw new InvalidModelException("a range target needs both 'low' and 'high'");
    }
    int kinds =
        (value().isPresent() ? 1 : 0)
            + (low().isPresent() ? 1 : 0)
            + (absence().isPresent() ? 1 : 0);
    if (kinds != 1) {
      throw new InvalidModelException(
          "a target needs exactly one of 'value', 'low'+'high' or 'absence', "
              + kinds
              + " were given");
    }
    if (low().isPresent() && low().get().compareTo(high().get()) > 0) {
      throw new InvalidModelException(
          "range target low "
              + low().get().toPlainString()
              + " is above high "
              + high().get().toPlainString());
    }
    year().ifPresent(y -> Checks.year("target.year", y));
    PrintedReadings.checkAgree("the target", printed(), value());
  }
}
