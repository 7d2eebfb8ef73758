package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.achievement.NegativePolarityForm;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Polarity;

/**
 * The formulas of achievement of an actual R against a target T that the cause search tries, each
 * with its inverse (the R that gives an achievement). Unrounded, at {@link
 * Rounding#WORKING_PRECISION}.
 */
enum AchievementForm {
  /** {@code R / T × 100}: positive polarity. */
  R_OVER_T("r-over-t", "R / T \u00d7 100"),
  /** {@code (2T − R) / T × 100}: negative polarity, PermenPAN-RB "kondisi khusus". */
  TWO_T_MINUS_R_OVER_T("2t-minus-r-over-t", "(2T \u2212 R) / T \u00d7 100"),
  /** {@code T / R × 100}: negative polarity, hyperbolic. */
  T_OVER_R("t-over-r", "T / R \u00d7 100"),
  /** {@code (2R − T) / R × 100}: {@link #TWO_T_MINUS_R_OVER_T} with target and actual swapped. */
  TWO_R_MINUS_T_OVER_R("2r-minus-t-over-r", "(2R \u2212 T) / R \u00d7 100");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The kebab-case part of candidate ids. */
  final String code;

  /** The formula as written in messages (language-neutral). */
  final String text;

  AchievementForm(String code, String text) {
    this.code = code;
    this.text = text;
  }

  /** The form the rule set uses for an indicator of {@code polarity}. */
  static AchievementForm of(Polarity polarity, RuleSet ruleSet) {
    if (polarity == Polarity.POSITIVE) {
      return R_OVER_T;
    }
    return ruleSet.achievement().negativeForm() == NegativePolarityForm.T_OVER_R
        ? T_OVER_R
        : TWO_T_MINUS_R_OVER_T;
  }

  /** This form with target and actual exchanged. */
  AchievementForm swapped() {
    return switch (this) {
      case R_OVER_T -> T_OVER_R;
      case T_OVER_R -> R_OVER_T;
      case TWO_T_MINUS_R_OVER_T -> TWO_R_MINUS_T_OVER_R;
      case TWO_R_MINUS_T_OVER_R -> TWO_T_MINUS_R_OVER_T;
    };
  }

  /** Whether the form divides by the actual (so a zero actual leaves it undefined). */
  boolean dividesByActual() {
    return this == T_OVER_R || this == TWO_R_MINUS_T_OVER_R;
  }

  /** The achievement of {@code r} against {@code t}; empty when the divisor is zero. */
  Optional<BigDecimal> apply(BigDecimal r, BigDecimal t) {
    BigDecimal divisor = dividesByActual() ? r : t;
    if (divisor.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal numerator =
        switch (this) {
          case R_OVER_T -> r;
          case TWO_T_MINUS_R_OVER_T -> t.add(t).subtract(r);
          case T_OVER_R -> t;
          case TWO_R_MINUS_T_OVER_R -> r.add(r).subtract(t);
        };
    return Optional.of(Rounding.divide(numerator.multiply(HUNDRED), divisor));
  }

  /**
   * The actual that gives achievement {@code a} against {@code t} under this form (for {@link
   * #R_OVER_T}, {@link #TWO_T_MINUS_R_OVER_T} and {@link #T_OVER_R}); empty when there is none.
   */
  Optional<BigDecimal> inverse(BigDecimal a, BigDecimal t) {
    BigDecimal share = Rounding.divide(a.multiply(t), HUNDRED);
    return switch (this) {
      case R_OVER_T -> Optional.of(share);
      case TWO_T_MINUS_R_OVER_T -> Optional.of(t.add(t).subtract(share));
      case T_OVER_R ->
          a.signum() == 0 ? Optional.empty() : Optional.of(Rounding.divide(t.multiply(HUNDRED), a));
      case TWO_R_MINUS_T_OVER_R ->
          a.compareTo(BigDecimal.valueOf(200)) == 0
              ? Optional.empty()
              : Optional.of(
                  Rounding.divide(t.multiply(HUNDRED), BigDecimal.valueOf(200).subtract(a)));
    };
  }
}
