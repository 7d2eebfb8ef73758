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
  @Value.Parameter
  public abstract Optional<BigDecimal> value();

  /** Outcome. */
  @Value.Parameter
  public abstract Status status();

  /** Why the figure was not computed, or a note on how it was. */
  @Value.Parameter
  public abstract Optional<String> reason();

  /**
   * What {@link #reason()} says, as a code that renderers word in a language (lkjip's audit
   * messages have a template {@code reason.<code>} for each), e.g. {@code "inputs-missing"}; absent
   * when the reason has no code (renderers then word the {@link #status()}). Not part of {@code
   * equals} nor of the JSON: the English {@link #reason()} is the figure's record.
   *
   * @since 0.3
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<String> reasonCode();

  /**
   * The values the reason quotes, by name, for {@link #reasonCode()}: texts, numbers as plain
   * decimals, lists as items separated by {@code "; "} of parts separated by {@code " › "}.
   *
   * @since 0.3
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract ImmutableMap<String, String> reasonArgs();

  /** Id of the rule that made the figure, e.g. "lkjip:certification-ratio". */
  @Value.Parameter
  public abstract String rule();

  /** Named inputs the rule used, in the order used (e.g. numerator, denominator). */
  @Value.Parameter
  public abstract ImmutableMap<String, BigDecimal> inputs();

  /** The value before rounding (to {@link Rounding#WORKING_PRECISION}). */
  @Value.Parameter
  public abstract Optional<BigDecimal> unrounded();

  /**
   * The rounding applied to {@link #unrounded()} to give {@link #value()}; absent when none was
   * applied.
   */
  @Value.Parameter
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
    return ImmutableFigure.of(
        Optional.of(rounding.apply(unrounded)),
        Status.COMPUTED,
        Optional.empty(),
        rule,
        immutable(inputs),
        Optional.of(unrounded),
        Optional.of(rounding));
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
    return ImmutableFigure.of(
        Optional.of(rounding.apply(unrounded)),
        Status.COMPUTED,
        note,
        rule,
        immutable(inputs),
        Optional.of(unrounded),
        Optional.of(rounding));
  }

  /** A computed figure taken as is, without rounding (e.g. a sum of rupiah amounts). */
  public static Figure exact(String rule, BigDecimal value, Map<String, BigDecimal> inputs) {
    Optional<BigDecimal> v = Optional.of(value);
    return ImmutableFigure.of(
        v, Status.COMPUTED, Optional.empty(), rule, immutable(inputs), v, Optional.empty());
  }

  /** A figure that could not be computed, with the reason. */
  public static Figure notComputed(
      String rule, Status status, String reason, Map<String, BigDecimal> inputs) {
    if (status == Status.COMPUTED) {
      throw new IllegalArgumentException("bug: notComputed() with status COMPUTED");
    }
    return ImmutableFigure.of(
        Optional.empty(),
        status,
        Optional.of(reason),
        rule,
        immutable(inputs),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * A figure that could not be computed, with the reason in English and as a code with the values
   * it quotes (see {@link #reasonCode()}).
   *
   * @since 0.3
   */
  public static Figure notComputed(
      String rule,
      Status status,
      String reason,
      Map<String, BigDecimal> inputs,
      String reasonCode,
      Map<String, String> reasonArgs) {
    return ImmutableFigure.copyOf(notComputed(rule, status, reason, inputs))
        .withReasonCode(reasonCode)
        .withReasonArgs(reasonArgs);
  }

  /**
   * {@code inputs} as an {@link ImmutableMap}, in its order, as the builder made it: an immutable
   * map as is, without the copy that Guava makes of any other map, even an empty one.
   */
  private static ImmutableMap<String, BigDecimal> immutable(Map<String, BigDecimal> inputs) {
    return inputs instanceof ImmutableMap || !inputs.isEmpty()
        ? ImmutableMap.copyOf(inputs)
        : ImmutableMap.of();
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
