package org.lkjip.evaluation.grading;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.model.Bound;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An interval of the real line with each end open, closed or unbounded, e.g. {@code (80, 81)},
 * {@code [0, 30)} or {@code (100, +∞)}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInterval.class)
@JsonDeserialize(as = ImmutableInterval.class)
public abstract class Interval {
  /** Lower end; unbounded below when absent. */
  public abstract Optional<Bound> lower();

  /** Upper end; unbounded above when absent. */
  public abstract Optional<Bound> upper();

  /** An interval from its ends; an absent end is unbounded. */
  public static Interval of(Optional<Bound> lower, Optional<Bound> upper) {
    return ImmutableInterval.builder().lower(lower).upper(upper).build();
  }

  /** The closed interval {@code [lower, upper]}. */
  public static Interval closed(BigDecimal lower, BigDecimal upper) {
    return of(Optional.of(Bound.inclusive(lower)), Optional.of(Bound.inclusive(upper)));
  }

  /** The interval {@code [lower, +∞)}. */
  public static Interval atLeast(BigDecimal lower) {
    return of(Optional.of(Bound.inclusive(lower)), Optional.empty());
  }

  /** The single point {@code [value, value]}. */
  public static Interval point(BigDecimal value) {
    return closed(value, value);
  }

  /** Whether the interval holds {@code v}. */
  public boolean contains(BigDecimal v) {
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

  /** Whether the interval is a single point. */
  @JsonIgnore
  public boolean isPoint() {
    return lower().isPresent()
        && upper().isPresent()
        && lower().get().value().compareTo(upper().get().value()) == 0;
  }

  @Value.Check
  protected void check() {
    if (lower().isPresent() && upper().isPresent()) {
      int c = lower().get().value().compareTo(upper().get().value());
      if (c > 0 || (c == 0 && !(lower().get().inclusive() && upper().get().inclusive()))) {
        throw new IllegalArgumentException("interval " + this + " is empty");
      }
    }
  }

  /** Mathematical notation, e.g. "(80, 81)", "[0, 30)", "(100, +∞)" or "{75}" for a point. */
  @Override
  public String toString() {
    if (isPoint()) {
      return "{" + lower().orElseThrow().value().toPlainString() + "}";
    }
    String lo =
        lower().map(b -> (b.inclusive() ? "[" : "(") + b.value().toPlainString()).orElse("(-∞");
    String hi =
        upper().map(b -> b.value().toPlainString() + (b.inclusive() ? "]" : ")")).orElse("+∞)");
    return lo + ", " + hi;
  }
}
