package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A strategic objective (<i>sasaran strategis</i>) and its key performance indicators (IKU).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjective.class)
@JsonDeserialize(as = ImmutableObjective.class)
public interface Objective {
  /** Identifier unique in the report. */
  String id();

  /** Name as printed. */
  String name();

  /** Indicators measuring this objective, in printed order. */
  ImmutableList<Indicator> indicators();

  @Value.Check
  default void check() {
    Checks.notBlank("objective.id", id());
    Checks.notBlank("objective.name", name());
  }
}
