package org.lkjip.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One raw input of an indicator for one year, e.g. {@code placed = 141} in 2022.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public interface Observation {
  /** Input name as the formula expects it, e.g. "placed". */
  String name();

  /** Year the value refers to. */
  int year();

  /** The value; absent exactly when {@link #absence()} is present. */
  Optional<BigDecimal> value();

  /** Why there is no value. */
  Optional<Absence> absence();

  /** Where in the report's raw data the value comes from, when it comes from a data set. */
  Optional<CellRef> source();

  @Value.Check
  default void check() {
    Checks.notBlank("input.name", name());
    Checks.year("input '" + name() + "'.year", year());
    Checks.exactlyOne(
        "input '" + name() + "' for " + year(), value().isPresent(), absence().isPresent());
  }
}
