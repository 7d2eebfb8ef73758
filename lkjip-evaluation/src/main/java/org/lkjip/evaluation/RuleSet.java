package org.lkjip.evaluation;

import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.evaluation.achievement.AchievementPolicy;
import org.lkjip.formulas.RoundingPolicy;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A rule set: every convention an evaluation depends on, named and versioned, so that two
 * evaluations of the same report under the same rule set id and version give the same figures.
 * Built-ins are in {@link RuleSets}; users write their own (from JSON through lkjip-io, or with
 * {@link ImmutableRuleSet#builder()}).
 *
 * <p>Rounding is stated per quantity as a {@link RoundingPolicy}: the scale and mode of the result,
 * and whether the inputs are used rounded (as printed) rather than unrounded.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSet.class)
@JsonDeserialize(as = ImmutableRuleSet.class)
public interface RuleSet {
  /** Stable id, e.g. "recommended". */
  String id();

  /** Version of the rule set; a change of any rule makes a new version. */
  int version();

  /** What the rule set is for, for people. */
  String description();

  /** Rounding of indicator values computed by formulas (e.g. the seed truncates to 2 decimals). */
  RoundingPolicy indicatorValue();

  /**
   * How achievement is computed: negative-polarity form, cap, zero-target and zero-actual policies,
   * rounding, and whether the rounded indicator value is used.
   */
  AchievementPolicy achievement();

  /**
   * Whether achievement (and plan progress and standard comparison) is computed from the value the
   * report publishes for an indicator and year (a published figure of measure {@code
   * INDICATOR_VALUE}) when the value cannot be computed from raw inputs; the figure's reason then
   * says so. True by default.
   */
  @Value.Default
  default boolean usePublishedActualWhenMissing() {
    return true;
  }

  /** Id of the grading scale applied to achievement, e.g. "akip". */
  String gradingScaleId();

  /**
   * Whether an achievement above every band of a scale (reports do not cap achievement: 111,11% is
   * common) takes the grade of the scale's top band instead of being UNCOVERED. False by default: a
   * scale as printed then reports what it leaves uncovered.
   */
  @Value.Default
  default boolean gradeAboveTopBandAsTop() {
    return false;
  }

  /** Rounding of absorption percentages (lines, groups, objectives, the report). */
  RoundingPolicy absorption();

  /** Rounding of output achievement of budget lines ({@code actual / target × 100}). */
  RoundingPolicy outputAchievement();

  /** Efficiency rule and rounding for objectives (e.g. the seed's Tabel 13). */
  EfficiencyPolicy objectiveEfficiency();

  /** Efficiency rule and rounding for budget lines (e.g. the seed's Tabel 14). */
  EfficiencyPolicy lineEfficiency();

  /** Rounding of progress against the plan's end target (the seed's Tabel 9). */
  RoundingPolicy planProgress();

  /** Rounding of the comparison with the national standard (the seed's Tabel 10). */
  RoundingPolicy standardComparison();

  /**
   * Id of the report's alignment (cascade table) that allocates budget lines to objectives; when
   * absent, the report's <b>last</b> alignment is used (reports usually print the efficiency table,
   * which states the allocation the figures use, after any analysis table).
   */
  Optional<String> alignmentId();

  @Value.Check
  default void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("rule set id must not be blank");
    }
    if (version() < 1) {
      throw new IllegalArgumentException(
          "rule set '" + id() + "' version must be at least 1, was " + version());
    }
    if (gradingScaleId().isBlank()) {
      throw new IllegalArgumentException("rule set '" + id() + "' names a blank grading scale");
    }
  }
}
