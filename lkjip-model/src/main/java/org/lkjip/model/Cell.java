package org.lkjip.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A cell of a data table: a number or an absence ("-", "Nihil", "N/A"), with the printed text when
 * it matters.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCell.class)
@JsonDeserialize(as = ImmutableCell.class)
public interface Cell {
  /** The number, absent exactly when {@link #absence()} is present. */
  Optional<BigDecimal> value();

  /** Why there is no number. */
  Optional<Absence> absence();

  /** Text as printed, when it differs from the plain number. */
  Optional<String> printed();

  /** A cell holding a number. */
  static Cell of(BigDecimal value) {
    return ImmutableCell.builder().value(value).build();
  }

  @Value.Check
  default void check() {
    Checks.exactlyOne("a cell", value().isPresent(), absence().isPresent());
    PrintedReadings.checkAgree("the cell", printed(), value());
  }
}
