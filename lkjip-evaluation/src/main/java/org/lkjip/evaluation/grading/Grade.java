package org.lkjip.evaluation.grading;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The grade (<i>kategori, predikat</i>) of a value on a scale: a band label, or why there is none —
 * the value is in no band (below every band, in a gap, or above every band), in several bands, or
 * there is no value to grade. A grade is never a guess.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrade.class)
@JsonDeserialize(as = ImmutableGrade.class)
public interface Grade {
  /** Outcome of grading. */
  enum Outcome {
    /** The value is in exactly one band: {@link #label()} is present. */
    GRADED,
    /** The value is in no band: {@link #position()} says where it falls. */
    UNCOVERED,
    /** The value is in several bands: {@link #labels()} lists them; none is chosen. */
    AMBIGUOUS,
    /** There was no value to grade (the figure was not computed). */
    NOT_GRADED
  }

  /** Where an uncovered value falls. */
  enum Position {
    /** Below every band. */
    BELOW,
    /** Between bands. */
    GAP,
    /** Above every band. */
    ABOVE
  }

  /** Id of the scale used. */
  String scaleId();

  /** The value graded; absent when there was none. */
  Optional<BigDecimal> value();

  /** The outcome. */
  Outcome outcome();

  /** The band label, present exactly when {@link #outcome()} is {@link Outcome#GRADED}. */
  Optional<String> label();

  /** For {@link Outcome#AMBIGUOUS}, the labels of every band holding the value, in scale order. */
  ImmutableList<String> labels();

  /** For {@link Outcome#UNCOVERED}, where the value falls. */
  Optional<Position> position();

  /** What happened, in words, e.g. "80.5 is in no band of scale 'x' (gap)". */
  String reason();

  /** Whether a single band was found. */
  @JsonIgnore
  default boolean isGraded() {
    return outcome() == Outcome.GRADED;
  }

  @Value.Check
  default void check() {
    if (label().isPresent() != (outcome() == Outcome.GRADED)) {
      throw new IllegalStateException("bug: a grade has a label exactly when it is GRADED");
    }
    if (position().isPresent() != (outcome() == Outcome.UNCOVERED)) {
      throw new IllegalStateException("bug: a grade has a position exactly when it is UNCOVERED");
    }
  }
}
