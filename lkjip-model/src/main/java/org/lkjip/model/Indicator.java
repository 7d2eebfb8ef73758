package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A key performance indicator (<i>indikator kinerja utama</i>, IKU): what is measured, how it is
 * computed, its raw inputs per year and its targets.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public interface Indicator {
  /** Identifier unique in the report. */
  String id();

  /** Name as printed. */
  String name();

  /** Unit of the indicator value, e.g. "%". */
  String unit();

  /** Direction of improvement; positive unless stated. */
  @Value.Default
  default Polarity polarity() {
    return Polarity.POSITIVE;
  }

  /**
   * Id of the formula rule that computes the value from {@link #inputs()}, e.g.
   * "lkjip:placement-growth".
   */
  Optional<String> formula();

  /** The formula as printed in the report (<i>formulasi</i>), for people. */
  Optional<String> formulaText();

  /** Raw inputs by name and year (e.g. placements 141 in 2022 and 105 in 2021). */
  ImmutableList<Observation> inputs();

  /** Yearly targets; a target may be "N/A". */
  ImmutableList<Target> targets();

  /** Target at the end of the plan period (<i>target akhir</i>), when printed. */
  Optional<Target> planEndTarget();

  /** National standard; an {@link Absence#NIL} target means "Nihil", no standard exists. */
  Optional<Target> nationalStandard();

  /** Data source as printed, e.g. "Internal". */
  Optional<String> dataSource();

  /**
   * The target for a year, if one is recorded. A plain loop: evaluation asks this for every
   * indicator year of every report.
   */
  default Optional<Target> targetFor(int year) {
    for (Target t : targets()) {
      Optional<Integer> y = t.year();
      if (y.isPresent() && y.get() == year) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  default void check() {
    Checks.notBlank("indicator.id", id());
    Checks.notBlank("indicator.name", name());
    formula().ifPresent(f -> Checks.notBlank("indicator '" + id() + "'.formula", f));
    java.util.Set<Integer> years = new java.util.HashSet<>();
    for (Target t : targets()) {
      int y =
          t.year()
              .orElseThrow(
                  () ->
                      new InvalidModelException(
                          "indicator '" + id() + "': every yearly target needs a 'year'"));
      if (!years.add(y)) {
        throw new InvalidModelException("indicator '" + id() + "' has two targets for year " + y);
      }
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Observation o : inputs()) {
      if (!keys.add(o.name() + "@" + o.year())) {
        throw new InvalidModelException(
            "indicator '" + id() + "' has two inputs '" + o.name() + "' for year " + o.year());
      }
    }
  }
}
