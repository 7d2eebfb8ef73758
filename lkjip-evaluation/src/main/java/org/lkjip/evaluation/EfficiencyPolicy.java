package org.lkjip.evaluation;

import org.immutables.value.Value;
import org.lkjip.formulas.RoundingPolicy;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which efficiency rule a rule set applies (by id, see {@link
 * org.lkjip.evaluation.efficiency.EfficiencyRules}) and how its result is rounded.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEfficiencyPolicy.class)
@JsonDeserialize(as = ImmutableEfficiencyPolicy.class)
public interface EfficiencyPolicy {
  /** Id of the efficiency rule, e.g. "ratio". */
  @Value.Parameter
  String ruleId();

  /** Rounding of the result, and whether the rule uses rounded inputs. */
  @Value.Parameter
  RoundingPolicy rounding();

  /** A policy. */
  static EfficiencyPolicy of(String ruleId, RoundingPolicy rounding) {
    return ImmutableEfficiencyPolicy.of(ruleId, rounding);
  }

  @Value.Check
  default void check() {
    if (ruleId().isBlank()) {
      throw new IllegalArgumentException("efficiency rule id must not be blank");
    }
  }
}
