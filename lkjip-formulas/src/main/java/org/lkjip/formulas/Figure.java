package org.lkjip.formulas;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A computed figure with its provenance: the value (or none), a {@link Status} with a reason, the
 * rule that made it, the inputs it used (numerator and denominator kept), the unrounded value and
 * the rounding applied.
 *
 * <p>A figure that cannot be computed is a {@code Figure} with a non-{@code COMPUTED} status and a
 * reason, never an exception, never NaN and never a silent zero.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigure.class)
@JsonDeserialize(as = ImmutableFigure.class)
public abstract class Figure {
  /** The rounded value; present exactly when {@link #status()} is {@link Status#COMPUTED}. */
  public abstract Optional<BigDecimal> value();

  /** Outcome. */
  public abstract Status status();

  /** Why the figure was not computed, or a note on how it was. */
  public abstract Optional<String> reason();

  /** Id of the rule that made the figure, e.g. "lkjip:certification-ratio". */
  public abstract String rule();

  /** Named inputs the rule used, in the order used (e.g. numerator, denominator). */
  public abstract ImmutableMap<String, BigDecimal> inputs();

  /** The value before rounding (to {@link Rounding#WORKING_PRECISION}). */
  public abstract Optional<BigDecimal> unrounded();

  /**
   * The rounding applied to {@link #unrounded()} to give {@link #value()}; absent when none was
   * applied.
   */
  public abstract Optional<Rounding> rounding();

  /** Whether a value was computed. */
  @JsonIgnore
  public boolean isComputed() {
    return status() == Status.COMPUTED;
  }

  /** The value, or an {@link IllegalStateException} naming the status and reason. */
  public BigDecimal valueOrThrow() {
    return value()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "figure of rule '"
                        + rule()
                        + "' has no value: "
                        + status()
                        + " "
                        + reason().orElse("")));
  }

  /** A computed figure: {@code unrounded} rounded with {@code rounding}. */
  public static Figure computed(
      String rule, BigDecimal unrounded, Rounding rounding, Map<String, BigDecimal> inputs) {
    return ImmutableFigure.builder()
        .rule(rule)
        .status(Status.COMPUTED)
        .unrounded(unrounded)
        .rounding(rounding)
        .value(rounding.apply(unrounded))
        .putAllInputs(inputs)
        .build();
  }

  /**
   * A computed figure: {@code unrounded} rounded with {@code rounding}, with an optional note on
   * how it was computed (e.g. "computed from the published actual") as its {@link #reason()}.
   */
  public static Figure computed(
      String rule,
      BigDecimal unrounded,
      Rounding rounding,
      Map<String, BigDecimal> inputs,
      Optional<String> note) {
    return ImmutableFigure.builder()
        .rule(rule)
        .status(Status.COMPUTED)
        .unrounded(unrounded)
        .rounding(rounding)
        .value(rounding.apply(unrounded))
        .reason(note)
        .putAllInputs(inputs)
        .build();
  }

  /** A computed figure taken as is, without rounding (e.g. a sum of rupiah amounts). */
  public static Figure exact(String rule, BigDecimal value, Map<String, BigDecimal> inputs) {
    return ImmutableFigure.builder()
        .rule(rule)
        .status(Status.COMPUTED)
        .unrounded(value)
        .value(value)
        .putAllInputs(inputs)
        .build();
  }

  /** A figure that could not be computed, with the reason. */
  public static Figure notComputed(
      String rule, Status status, String reason, Map<String, BigDecimal> inputs) {
    if (status == Status.COMPUTED) {
      throw new IllegalArgumentException("bug: notComputed() with status COMPUTED");
    }
    return ImmutableFigure.builder()
        .rule(rule)
        .status(status)
        .reason(reason)
        .putAllInputs(inputs)
        .build();
  }

  @Value.Check
  protected void check() {
    if (value().isPresent() != (status() == Status.COMPUTED)) {
      throw new IllegalStateException(
          "bug: a figure has a value exactly when it is COMPUTED; status " + status());
    }
    if (status() != Status.COMPUTED && reason().isEmpty()) {
      throw new IllegalStateException("bug: a figure that is not computed needs a reason");
    }
  }
}
