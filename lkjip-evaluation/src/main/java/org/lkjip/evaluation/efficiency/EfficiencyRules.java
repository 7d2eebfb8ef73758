package org.lkjip.evaluation.efficiency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.RoundingPolicy;
import org.lkjip.formulas.Status;

/**
 * The built-in {@link EfficiencyRule}s. Figures they make have the rule id {@code efficiency:<id>}.
 *
 * <table>
 *   <caption>Built-in efficiency rules</caption>
 *   <tr><th>id</th><th>formula</th><th>0 achieved, 0 spent</th><th>0 achieved, spent &gt; 0</th></tr>
 *   <tr><td>{@value #RATIO}</td><td>(1 − absorption / achievement) × 100 (seed Tabel 13)</td>
 *       <td>0</td><td>DIVISION_BY_ZERO</td></tr>
 *   <tr><td>{@value #SAVINGS}</td><td>100 − absorption, only when achievement ≥ 100 (seed Tabel
 *       14)</td><td>0</td><td>NOT_APPLICABLE (output not fully achieved)</td></tr>
 *   <tr><td>{@value #DIFFERENCE}</td><td>achievement − absorption</td><td>0</td>
 *       <td>−absorption</td></tr>
 *   <tr><td>{@value #PMK_22_2021}</td><td>Σ(budget × achievement − spending) / Σ(budget ×
 *       achievement) × 100 over lines, achievement as a fraction</td><td>0</td>
 *       <td>DIVISION_BY_ZERO</td></tr>
 * </table>
 *
 * <p>"0 spent" is read from the subject's spending when it is reported, else from a zero
 * absorption. A figure that is missing (achievement, absorption, a line's spending) gives a figure
 * with the same status whose reason names what is missing.
 *
 * @since 0.1
 */
public final class EfficiencyRules {
  /** Id of the ratio form. */
  public static final String RATIO = "ratio";

  /** Id of the savings form. */
  public static final String SAVINGS = "savings";

  /** Id of the difference form. */
  public static final String DIFFERENCE = "difference";

  /** Id of the PMK 22/2021 form. */
  public static final String PMK_22_2021 = "pmk-22-2021";

  static final String NOTHING = "nothing achieved and nothing spent";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final EfficiencyRule RATIO_RULE = new Ratio();
  private static final EfficiencyRule SAVINGS_RULE = new Savings();
  private static final EfficiencyRule DIFFERENCE_RULE = new Difference();
  private static final EfficiencyRule PMK_RULE = new Pmk22();

  private static final ImmutableMap<String, EfficiencyRule> BUILT_INS =
      ImmutableMap.of(
          RATIO, RATIO_RULE,
          SAVINGS, SAVINGS_RULE,
          DIFFERENCE, DIFFERENCE_RULE,
          PMK_22_2021, PMK_RULE);

  private EfficiencyRules() {}

  /** {@code (1 − absorption / achievement) × 100}, the seed's Tabel 13 form. */
  public static EfficiencyRule ratio() {
    return RATIO_RULE;
  }

  /** {@code 100 − absorption} for fully achieved outputs, the seed's Tabel 14 form. */
  public static EfficiencyRule savings() {
    return SAVINGS_RULE;
  }

  /** {@code achievement − absorption}. */
  public static EfficiencyRule difference() {
    return DIFFERENCE_RULE;
  }

  /** {@code Σ(budget × achievement − spending) / Σ(budget × achievement) × 100} over lines. */
  public static EfficiencyRule pmk22() {
    return PMK_RULE;
  }

  /** Every built-in rule, in a stable order. */
  public static ImmutableList<EfficiencyRule> builtIns() {
    return BUILT_INS.values().asList();
  }

  /** The built-in rule with {@code id}, if any. */
  public static Optional<EfficiencyRule> find(String id) {
    return Optional.ofNullable(BUILT_INS.get(id));
  }

  /** The value a rule uses: the rounded value when inputs are rounded first, else unrounded. */
  static BigDecimal input(Figure f, RoundingPolicy policy) {
    return policy.roundInputsFirst() ? f.valueOrThrow() : f.unrounded().orElseGet(f::valueOrThrow);
  }

  /** A figure that cannot be computed because {@code what} was not: same status, reason says so. */
  static Figure propagate(String rule, String what, Figure missing, Map<String, BigDecimal> in) {
    return Figure.notComputed(
        rule,
        missing.status(),
        what
            + " is not available: "
            + missing.status()
            + missing.reason().map(r -> " (" + r + ")").orElse(""),
        in);
  }

  static boolean nothingSpent(EfficiencyInputs in, BigDecimal absorption) {
    return in.spending().map(s -> s.signum() == 0).orElse(absorption.signum() == 0);
  }

  /** Base of the two-figure rules: checks that achievement and absorption exist. */
  private abstract static class TwoFigureRule implements EfficiencyRule {
    final String rule() {
      return "efficiency:" + id();
    }

    @Override
    public final Figure compute(EfficiencyInputs in, RoundingPolicy policy) {
      if (!in.achievement().isComputed()) {
        return propagate(
            rule(), "achievement of '" + in.subject() + "'", in.achievement(), ImmutableMap.of());
      }
      if (!in.absorption().isComputed()) {
        return propagate(
            rule(), "absorption of '" + in.subject() + "'", in.absorption(), ImmutableMap.of());
      }
      BigDecimal achievement = input(in.achievement(), policy);
      BigDecimal absorption = input(in.absorption(), policy);
      return compute(
          in,
          achievement,
          absorption,
          policy.rounding(),
          ImmutableMap.of("achievement", achievement, "absorption", absorption));
    }

    abstract Figure compute(
        EfficiencyInputs in,
        BigDecimal achievement,
        BigDecimal absorption,
        Rounding rounding,
        Map<String, BigDecimal> inputs);
  }

  private static final class Ratio extends TwoFigureRule {
    @Override
    public String id() {
      return RATIO;
    }

    @Override
    public String description() {
      return "(1 − absorption / achievement) × 100 from unrounded achievement and absorption;"
          + " 0 when nothing was achieved and nothing spent; DIVISION_BY_ZERO when nothing was"
          + " achieved but something was spent";
    }

    @Override
    Figure compute(
        EfficiencyInputs in,
        BigDecimal achievement,
        BigDecimal absorption,
        Rounding rounding,
        Map<String, BigDecimal> inputs) {
      if (achievement.signum() == 0) {
        if (nothingSpent(in, absorption)) {
          return Figure.computed(rule(), BigDecimal.ZERO, rounding, inputs, Optional.of(NOTHING));
        }
        return Figure.notComputed(
            rule(),
            Status.DIVISION_BY_ZERO,
            "nothing achieved but "
                + absorption.round(Rounding.WORKING_PRECISION).toPlainString()
                + "% absorbed: absorption / achievement is undefined",
            inputs);
      }
      BigDecimal value =
          Rounding.divide(achievement.subtract(absorption).multiply(HUNDRED), achievement);
      return Figure.computed(rule(), value, rounding, inputs, Optional.empty());
    }
  }

  private static final class Savings extends TwoFigureRule {
    @Override
    public String id() {
      return SAVINGS;
    }

    @Override
    public String description() {
      return "100 − absorption (unrounded), only when the output is fully achieved (achievement ≥"
          + " 100); 0 when nothing was achieved and nothing spent; NOT_APPLICABLE when the output"
          + " is not fully achieved";
    }

    @Override
    Figure compute(
        EfficiencyInputs in,
        BigDecimal achievement,
        BigDecimal absorption,
        Rounding rounding,
        Map<String, BigDecimal> inputs) {
      if (achievement.signum() == 0 && nothingSpent(in, absorption)) {
        return Figure.computed(rule(), BigDecimal.ZERO, rounding, inputs, Optional.of(NOTHING));
      }
      if (achievement.compareTo(HUNDRED) < 0) {
        return Figure.notComputed(
            rule(),
            Status.NOT_APPLICABLE,
            "the output is not fully achieved (achievement "
                + achievement.round(Rounding.WORKING_PRECISION).toPlainString()
                + "): savings apply only to fully achieved outputs",
            inputs);
      }
      return Figure.computed(
          rule(), HUNDRED.subtract(absorption), rounding, inputs, Optional.empty());
    }
  }

  private static final class Difference extends TwoFigureRule {
    @Override
    public String id() {
      return DIFFERENCE;
    }

    @Override
    public String description() {
      return "achievement − absorption, both unrounded; 0 when nothing was achieved and nothing"
          + " spent; −absorption when nothing was achieved";
    }

    @Override
    Figure compute(
        EfficiencyInputs in,
        BigDecimal achievement,
        BigDecimal absorption,
        Rounding rounding,
        Map<String, BigDecimal> inputs) {
      return Figure.computed(
          rule(), achievement.subtract(absorption), rounding, inputs, Optional.empty());
    }
  }

  private static final class Pmk22 implements EfficiencyRule {
    private static final String RULE = "efficiency:" + PMK_22_2021;

    @Override
    public String id() {
      return PMK_22_2021;
    }

    @Override
    public String description() {
      return "Σ(budget × achievement − spending) / Σ(budget × achievement) × 100 over the"
          + " subject's lines, achievement as a fraction (PMK 22/2021); 0 when nothing was"
          + " achieved and nothing spent; DIVISION_BY_ZERO when nothing was achieved but"
          + " something was spent";
    }

    @Override
    public Figure compute(EfficiencyInputs in, RoundingPolicy policy) {
      Rounding rounding = policy.rounding();
      Map<String, BigDecimal> inputs = new LinkedHashMap<>();
      if (in.lines().isEmpty()) {
        return Figure.notComputed(
            RULE, Status.NOT_APPLICABLE, "'" + in.subject() + "' has no budget lines", inputs);
      }
      BigDecimal weighted = BigDecimal.ZERO;
      BigDecimal spent = BigDecimal.ZERO;
      for (EfficiencyLine line : in.lines()) {
        if (line.spending().isEmpty()) {
          return Figure.notComputed(
              RULE,
              Status.MISSING_INPUT,
              "spending of line '" + line.id() + "' is not reported",
              inputs);
        }
        if (!line.achievement().isComputed()) {
          return propagate(
              RULE, "output achievement of line '" + line.id() + "'", line.achievement(), inputs);
        }
        weighted =
            weighted.add(
                Rounding.divide(
                    line.budget().multiply(input(line.achievement(), policy)), HUNDRED));
        spent = spent.add(line.spending().get());
      }
      inputs.put("budgetTimesAchievement", weighted);
      inputs.put("spending", spent);
      if (weighted.signum() == 0) {
        if (spent.signum() == 0) {
          return Figure.computed(RULE, BigDecimal.ZERO, rounding, inputs, Optional.of(NOTHING));
        }
        return Figure.notComputed(
            RULE,
            Status.DIVISION_BY_ZERO,
            "nothing achieved but "
                + spent.toPlainString()
                + " spent: Σ(budget × achievement) is 0",
            inputs);
      }
      BigDecimal value = Rounding.divide(weighted.subtract(spent).multiply(HUNDRED), weighted);
      return Figure.computed(RULE, value, rounding, inputs, Optional.empty());
    }
  }
}
