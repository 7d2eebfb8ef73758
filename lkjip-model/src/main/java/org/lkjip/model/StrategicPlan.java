package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A planning document (RPJMD, Renstra, or a supplement to one) and the indicators it defines.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategicPlan.class)
@JsonDeserialize(as = ImmutableStrategicPlan.class)
public interface StrategicPlan {
  /** Identifier unique in the report. */
  String id();

  /** Name as printed, e.g. "Suplemen Renstra 2021-2022". */
  String name();

  /** First year of the plan period. */
  int startYear();

  /** Last year of the plan period. */
  int endYear();

  /** The decree that enacted it, when printed. */
  Optional<String> decree();

  /** Indicators the plan defines that are not (or no longer) among the report's goals. */
  ImmutableList<Indicator> indicators();

  @Value.Check
  default void check() {
    Checks.notBlank("plan.id", id());
    Checks.notBlank("plan.name", name());
    Checks.year("plan.startYear", startYear());
    Checks.year("plan.endYear", endYear());
    if (endYear() < startYear()) {
      throw new InvalidModelException(
          "plan '" + id() + "' ends (" + endYear() + ") before it starts (" + startYear() + ")");
    }
  }
}
