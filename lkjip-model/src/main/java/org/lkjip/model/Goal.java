package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A goal (<i>tujuan</i>) of the agency and its strategic objectives.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoal.class)
@JsonDeserialize(as = ImmutableGoal.class)
public interface Goal {
  /** Identifier unique in the report. */
  String id();

  /** Name as printed. */
  String name();

  /** Strategic objectives (<i>sasaran strategis</i>) under this goal, in printed order. */
  ImmutableList<Objective> objectives();

  @Value.Check
  default void check() {
    Checks.notBlank("goal.id", id());
    Checks.notBlank("goal.name", name());
  }
}
