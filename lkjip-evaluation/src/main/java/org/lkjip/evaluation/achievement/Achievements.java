package org.lkjip.evaluation.achievement;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.model.Polarity;
import org.lkjip.model.Target;

/**
 * The achievement (<i>capaian</i>) calculator: an actual value against a target, by polarity, as an
 * {@link AchievementPolicy} says.
 *
 * <ul>
 *   <li>positive polarity: {@code R / T × 100};
 *   <li>negative polarity: {@code (2T − R) / T × 100} or {@code T / R × 100};
 *   <li>a range target {@code [low, high]}: 100 when {@code low ≤ R ≤ high}, otherwise the polarity
 *       formula against the nearer bound;
 *   <li>a target "N/A" or "Nihil": {@code NOT_APPLICABLE}; a target not reported: {@code
 *       MISSING_INPUT};
 *   <li>the cap, when the policy has one, limits the unrounded result before it is rounded.
 * </ul>
 *
 * <p>Rule ids are {@code <prefix>:positive}, {@code <prefix>:negative-2t-minus-r}, {@code
 * <prefix>:negative-t-over-r}, with {@code range-} before the form for range targets (e.g. {@code
 * achievement:range-positive}); the prefix is {@code achievement} unless a caller names another
 * (the evaluator uses {@code plan-progress} and {@code standard-comparison}). Inputs are named
 * {@code actual}, {@code target} (or {@code target.low}, {@code target.high} and {@code bound}) and
 * {@code cap}.
 *
 * @since 0.1
 */
public final class Achievements {
  /** Rule-id prefix of achievement figures. */
  public static final String ACHIEVEMENT = "achievement";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Achievements() {}

  /**
   * The achievement of {@code actual} against {@code target}; the actual is used as given (the
   * caller decides whether it is the rounded or the unrounded indicator value).
   */
  public static Figure compute(
      BigDecimal actual, Target target, Polarity polarity, AchievementPolicy policy) {
    return compute(ACHIEVEMENT, actual, target, polarity, policy);
  }

  /** As {@link #compute(BigDecimal, Target, Polarity, AchievementPolicy)}, with a rule prefix. */
  public static Figure compute(
      String rulePrefix,
      BigDecimal actual,
      Target target,
      Polarity polarity,
      AchievementPolicy policy) {
    Optional<Figure> noTarget = withoutTargetValue(rulePrefix, target, polarity, policy);
    if (noTarget.isPresent()) {
      return noTarget.get();
    }
    String form = formKey(polarity, policy.negativeForm());
    if (target.hasRange()) {
      BigDecimal low = target.low().orElseThrow();
      BigDecimal high = target.high().orElseThrow();
      String rule = rulePrefix + ":range-" + form;
      if (actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0) {
        return Figure.computed(
            rule,
            HUNDRED,
            policy.rounding().rounding(),
            ImmutableMap.of("actual", actual, "target.low", low, "target.high", high),
            Optional.of(
                "the actual is inside the target range ["
                    + low.toPlainString()
                    + ", "
                    + high.toPlainString()
                    + "]"));
      }
      BigDecimal bound = actual.compareTo(low) < 0 ? low : high;
      return single(
          rule,
          actual,
          bound,
          polarity,
          policy,
          ImmutableMap.of(
              "actual", actual, "target.low", low, "target.high", high, "bound", bound));
    }
    BigDecimal t = target.value().orElseThrow();
    return single(
        rulePrefix + ":" + form,
        actual,
        t,
        polarity,
        policy,
        ImmutableMap.of("actual", actual, "target", t));
  }

  /**
   * The figure for a target that has no value ("N/A" and "Nihil": {@code NOT_APPLICABLE}; not
   * reported: {@code MISSING_INPUT}), whatever the actual; empty when the target has a value or a
   * range. Callers use it to let an absent target take precedence over a missing actual.
   */
  public static Optional<Figure> withoutTargetValue(
      String rulePrefix, Target target, Polarity polarity, AchievementPolicy policy) {
    if (target.absence().isEmpty()) {
      return Optional.empty();
    }
    String rule = rulePrefix + ":" + formKey(polarity, policy.negativeForm());
    return Optional.of(
        switch (target.absence().get()) {
          case NOT_APPLICABLE ->
              Figure.notComputed(
                  rule,
                  Status.NOT_APPLICABLE,
                  "the target is N/A",
                  ImmutableMap.of(),
                  "target-not-applicable",
                  Map.of());
          case NIL ->
              Figure.notComputed(
                  rule,
                  Status.NOT_APPLICABLE,
                  "there is no target (Nihil)",
                  ImmutableMap.of(),
                  "target-nil",
                  Map.of());
          case NOT_REPORTED ->
              Figure.notComputed(
                  rule,
                  Status.MISSING_INPUT,
                  "the target is not reported",
                  ImmutableMap.of(),
                  "target-not-reported",
                  Map.of());
        });
  }

  private static Figure single(
      String rule,
      BigDecimal r,
      BigDecimal t,
      Polarity polarity,
      AchievementPolicy policy,
      ImmutableMap<String, BigDecimal> inputs) {
    BigDecimal unrounded;
    if (polarity == Polarity.NEGATIVE && policy.negativeForm() == NegativePolarityForm.T_OVER_R) {
      if (r.signum() == 0) {
        if (t.signum() == 0) {
          return zeroTarget(rule, r, policy, inputs);
        }
        if (policy.zeroActual() == ZeroActualPolicy.CAP && policy.cap().isPresent()) {
          return Figure.computed(
              rule,
              policy.cap().get(),
              policy.rounding().rounding(),
              withCap(inputs, policy.cap().get()),
              Optional.of(
                  "the actual is zero, better than any target under T / R: set to the cap"));
        }
        return Figure.notComputed(
            rule,
            Status.DIVISION_BY_ZERO,
            "the actual is zero: T / R is undefined",
            inputs,
            "actual-zero",
            Map.of());
      }
      unrounded = Rounding.divide(t.multiply(HUNDRED), r);
    } else {
      if (t.signum() == 0) {
        return zeroTarget(rule, r, policy, inputs);
      }
      BigDecimal numerator = polarity == Polarity.POSITIVE ? r : t.add(t).subtract(r);
      unrounded = Rounding.divide(numerator.multiply(HUNDRED), t);
    }
    Optional<String> note = Optional.empty();
    if (policy.cap().isPresent() && unrounded.compareTo(policy.cap().get()) > 0) {
      BigDecimal cap = policy.cap().get();
      inputs = withCap(inputs, cap);
      note =
          Optional.of(
              "capped at "
                  + cap.toPlainString()
                  + " (uncapped "
                  + unrounded.round(Rounding.WORKING_PRECISION).toPlainString()
                  + ")");
      unrounded = cap;
    }
    return Figure.computed(rule, unrounded, policy.rounding().rounding(), inputs, note);
  }

  private static Figure zeroTarget(
      String rule,
      BigDecimal r,
      AchievementPolicy policy,
      ImmutableMap<String, BigDecimal> inputs) {
    if (policy.zeroTarget() == ZeroTargetPolicy.HUNDRED_IF_MET && r.signum() == 0) {
      return Figure.computed(
          rule,
          HUNDRED,
          policy.rounding().rounding(),
          inputs,
          Optional.of("the target is zero and the actual is zero: met exactly"));
    }
    return Figure.notComputed(
        rule,
        Status.DIVISION_BY_ZERO,
        "the target is zero: achievement is undefined",
        inputs,
        "target-zero",
        Map.of());
  }

  /** {@code inputs} followed by the cap. */
  private static ImmutableMap<String, BigDecimal> withCap(
      ImmutableMap<String, BigDecimal> inputs, BigDecimal cap) {
    return ImmutableMap.<String, BigDecimal>builderWithExpectedSize(inputs.size() + 1)
        .putAll(inputs)
        .put("cap", cap)
        .buildOrThrow();
  }

  private static String formKey(Polarity polarity, NegativePolarityForm form) {
    if (polarity == Polarity.POSITIVE) {
      return "positive";
    }
    return form == NegativePolarityForm.TWO_T_MINUS_R_OVER_T
        ? "negative-2t-minus-r"
        : "negative-t-over-r";
  }
}
