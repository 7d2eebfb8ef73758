package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One alternative computation tried for a printed figure that does not reproduce ({@link
 * ReconciliationStatus#MISMATCH}): what it gives and whether that is the printed value. The
 * catalogue of candidates, their ids and their ranking are in {@code docs/causes.md}; {@link
 * CauseSearch} tries them.
 *
 * @since 0.4
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidate.class)
@JsonDeserialize(as = ImmutableCandidate.class)
public interface Candidate {
  /** Stable kebab-case id of the alternative, e.g. {@code "formula-r-over-t"}; never null. */
  String id();

  /**
   * Whether the alternative gives the printed value at the printed precision, under the rule set's
   * rounding or, when {@link #rounding()} names another, under that one.
   */
  boolean reproduces();

  /**
   * How many things differ from the rule set: 1 for the alternative alone, 2 when it also needs a
   * rounding mode other than the rule set's. Candidates that reproduce are ranked by it, then by
   * their place in the catalogue.
   */
  int changes();

  /**
   * The value the alternative gives at the printed precision (under {@link #rounding()}); absent
   * when it could not be computed (the {@link #message()} says why) or gives a range.
   */
  Optional<BigDecimal> value();

  /**
   * For an alternative that gives a range of values (inputs known only as printed, so only within
   * their rounding interval): the lowest and highest unrounded value, at working precision.
   */
  Optional<BigDecimal> low();

  /** The highest unrounded value of a range; see {@link #low()}. */
  Optional<BigDecimal> high();

  /**
   * Id of the rounding at the printed precision under which {@link #value()} is given, e.g. {@code
   * "half-up-2"}; absent for exact amounts.
   */
  Optional<String> rounding();

  /**
   * What the alternative computes, with its inputs and its value or why it has none, not yet
   * worded: key {@code candidate.<id>} or {@code candidate.notComputed}; never null.
   */
  Message message();

  @Value.Check
  default void check() {
    if (!CauseSearch.isKebabCase(id())) {
      throw new IllegalArgumentException("candidate id is not kebab-case: '" + id() + "'");
    }
    if (changes() < 1) {
      throw new IllegalArgumentException("candidate " + id() + ": changes must be at least 1");
    }
    if (low().isPresent() != high().isPresent()) {
      throw new IllegalArgumentException("candidate " + id() + ": give both low and high");
    }
  }
}
