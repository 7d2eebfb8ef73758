package org.lkjip.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A band of a {@link GradingScale}: a label and its lower and upper bounds; an absent bound is
 * unbounded.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBand.class)
@JsonDeserialize(as = ImmutableBand.class)
public interface Band {
  /** Label, e.g. "Memuaskan" (a proper name, kept in Indonesian). */
  String label();

  /** Lower bound; unbounded below when absent. */
  Optional<Bound> lower();

  /** Upper bound; unbounded above when absent. */
  Optional<Bound> upper();

  /** Whether the band holds a value. */
  default boolean contains(BigDecimal v) {
    boolean aboveLower =
        lower()
            .map(b -> b.inclusive() ? v.compareTo(b.value()) >= 0 : v.compareTo(b.value()) > 0)
            .orElse(true);
    boolean belowUpper =
        upper()
            .map(b -> b.inclusive() ? v.compareTo(b.value()) <= 0 : v.compareTo(b.value()) < 0)
            .orElse(true);
    return aboveLower && belowUpper;
  }

  @Value.Check
  default void check() {
    Checks.notBlank("band.label", label());
    if (lower().isPresent() && upper().isPresent()) {
      int c = lower().get().value().compareTo(upper().get().value());
      boolean bothInclusive = lower().get().inclusive() && upper().get().inclusive();
      if (c > 0 || (c == 0 && !bothInclusive)) {
        throw new InvalidModelException(
            "band '"
                + label()
                + "' is empty: lower "
                + lower().get().value().toPlainString()
                + " is not below upper "
                + upper().get().value().toPlainString());
      }
    }
  }
}
