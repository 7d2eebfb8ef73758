package org.lkjip.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lkjip.evaluation.achievement.AchievementPolicy;
import org.lkjip.evaluation.achievement.ImmutableAchievementPolicy;
import org.lkjip.evaluation.achievement.NegativePolarityForm;
import org.lkjip.evaluation.achievement.ZeroTargetPolicy;
import org.lkjip.evaluation.efficiency.EfficiencyRules;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;

/**
 * The built-in rule sets.
 *
 * <ul>
 *   <li>{@value #SEED_TEBING_TINGGI_2022} (version 1) reproduces the conventions of the seed
 *       report, verified against its tables: indicator values truncated to 2 decimals; achievement,
 *       plan progress and standard comparison computed from the <em>truncated</em> value and
 *       truncated to 2 (34.28 / 65 → 52.73); absorption half-up to 2 from unrounded spending /
 *       budget (96.61); objective efficiency {@code (1 − absorption / achievement) × 100} from
 *       unrounded absorption and unrounded achievement (itself from the truncated value), half-up
 *       to 2 (Tabel 13); line efficiency {@code 100 − absorption} from unrounded absorption,
 *       half-up to 2 (Tabel 14); the grading scale as the report prints it.
 *   <li>{@value #RECOMMENDED} (version 1): exact arithmetic, half-up to 2 decimals at the end,
 *       never from rounded inputs; the AKIP scale; {@code (2T − R) / T} for negative polarity;
 *       efficiency {@code achievement − absorption} for objectives and lines.
 * </ul>
 *
 * <p>Both use the report's last alignment and compute achievement from the published indicator
 * value when it cannot be computed from raw inputs.
 *
 * @since 0.1
 */
public final class RuleSets {
  /** Id of the rule set that reproduces the seed report. */
  public static final String SEED_TEBING_TINGGI_2022 = "seed-tebing-tinggi-2022";

  /** Id of the recommended rule set. */
  public static final String RECOMMENDED = "recommended";

  private static final RuleSet SEED = seed();
  private static final RuleSet RECOMMENDED_SET = recommended0();

  private RuleSets() {}

  /** The rule set that reproduces the seed report's conventions. */
  public static RuleSet seedTebingTinggi2022() {
    return SEED;
  }

  /** The recommended rule set. */
  public static RuleSet recommended() {
    return RECOMMENDED_SET;
  }

  /** Every built-in rule set. */
  public static ImmutableList<RuleSet> builtIns() {
    return ImmutableList.of(SEED, RECOMMENDED_SET);
  }

  /** The built-in rule set with {@code id}, if any. */
  public static Optional<RuleSet> find(String id) {
    return builtIns().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static RuleSet seed() {
    RoundingPolicy truncatedFromTruncated =
        RoundingPolicy.of(
            Rounding.truncate(2),
            true,
            "truncated to 2 decimals, from the indicator value truncated to 2 decimals");
    RoundingPolicy halfUpFromUnrounded =
        RoundingPolicy.of(
            Rounding.halfUp(2), false, "rounded half-up to 2 decimals, unrounded inputs");
    AchievementPolicy achievement =
        ImmutableAchievementPolicy.builder()
            .negativeForm(NegativePolarityForm.TWO_T_MINUS_R_OVER_T)
            .zeroTarget(ZeroTargetPolicy.DIVISION_BY_ZERO)
            .rounding(truncatedFromTruncated)
            .build();
    return ImmutableRuleSet.builder()
        .id(SEED_TEBING_TINGGI_2022)
        .version(1)
        .description(
            "Reproduces the conventions of the LKjIP 2022 of Dinas Ketenagakerjaan dan"
                + " Perindustrian Kota Tebing Tinggi: truncation of indicator values and"
                + " achievement, half-up budget percentages, Tabel 13 ratio and Tabel 14 savings"
                + " efficiency, the grading scale as printed")
        .indicatorValue(RoundingPolicy.of(Rounding.truncate(2), false, "truncated to 2 decimals"))
        .achievement(achievement)
        .gradingScaleId(Scales.TEBING_TINGGI_2022_PRINTED)
        .absorption(halfUpFromUnrounded)
        .outputAchievement(halfUpFromUnrounded)
        .objectiveEfficiency(EfficiencyPolicy.of(EfficiencyRules.RATIO, halfUpFromUnrounded))
        .lineEfficiency(EfficiencyPolicy.of(EfficiencyRules.SAVINGS, halfUpFromUnrounded))
        .planProgress(truncatedFromTruncated)
        .standardComparison(truncatedFromTruncated)
        .build();
  }

  private static RuleSet recommended0() {
    RoundingPolicy halfUp = RoundingPolicy.of(Rounding.halfUp(2), false);
    return ImmutableRuleSet.builder()
        .id(RECOMMENDED)
        .version(1)
        .description(
            "Exact arithmetic, half-up to 2 decimals at the end from unrounded inputs; AKIP"
                + " scale, achievement above 100 graded as its top band; (2T − R) / T for"
                + " negative polarity; efficiency = achievement − absorption")
        .indicatorValue(halfUp)
        .achievement(AchievementPolicy.of(halfUp))
        .gradingScaleId(Scales.AKIP)
        .gradeAboveTopBandAsTop(true)
        .absorption(halfUp)
        .outputAchievement(halfUp)
        .objectiveEfficiency(EfficiencyPolicy.of(EfficiencyRules.DIFFERENCE, halfUp))
        .lineEfficiency(EfficiencyPolicy.of(EfficiencyRules.DIFFERENCE, halfUp))
        .planProgress(halfUp)
        .standardComparison(halfUp)
        .build();
  }
}
