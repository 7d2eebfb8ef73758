package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A grading scale (<i>skala penilaian</i>) as data: an ordered list of bands, each with a label and
 * two bounds that say whether they are inclusive. A scale may leave gaps or overlap; checking that,
 * and grading with it, is done by {@code lkjip-evaluation}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGradingScale.class)
@JsonDeserialize(as = ImmutableGradingScale.class)
public interface GradingScale {
  /** Identifier, e.g. "akip-2014". */
  String id();

  /** Human name. */
  String name();

  /** Source as cited, e.g. "PermenPAN-RB 53/2014". */
  Optional<String> source();

  /**
   * How sure the source is, in words (e.g. "as printed in the report; not checked against the
   * regulation").
   */
  Optional<String> confidence();

  /** Bands in the order printed. */
  ImmutableList<Band> bands();

  @Value.Check
  default void check() {
    Checks.notBlank("scale.id", id());
    if (bands().isEmpty()) {
      throw new InvalidModelException("scale '" + id() + "' has no bands");
    }
  }
}
