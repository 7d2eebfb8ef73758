package org.lkjip.evaluation.grading;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a {@link org.lkjip.model.GradingScale} leaves uncovered, or covers more than once, in a
 * domain: the kind, the exact interval (with each end's inclusiveness) and the labels involved.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleFinding.class)
@JsonDeserialize(as = ImmutableScaleFinding.class)
public interface ScaleFinding {
  /** Kinds of finding. */
  enum Kind {
    /** Values of the domain below every band. */
    UNCOVERED_BELOW,
    /** Values of the domain between two bands that no band holds. */
    GAP,
    /** Values of the domain above every band. */
    UNCOVERED_ABOVE,
    /** Values that two or more bands hold. */
    OVERLAP
  }

  /** Id of the scale checked. */
  String scaleId();

  /** The kind of finding. */
  Kind kind();

  /** The values concerned, exactly. */
  Interval interval();

  /**
   * For an overlap, the labels of the bands that hold the interval, in the scale's order; for a
   * gap, the labels of the nearest bands below and above; empty otherwise.
   */
  ImmutableList<String> labels();

  /** The finding in words, e.g. "scale 'x': values in (80, 81) are in no band (gap)". */
  default String describe() {
    String where = "scale '" + scaleId() + "': values in " + interval();
    return switch (kind()) {
      case UNCOVERED_BELOW -> where + " are below every band";
      case UNCOVERED_ABOVE -> where + " are above every band";
      case GAP -> where + " are in no band (gap between " + String.join(" and ", labels()) + ")";
      case OVERLAP -> where + " are in several bands: " + String.join(", ", labels());
    };
  }
}
