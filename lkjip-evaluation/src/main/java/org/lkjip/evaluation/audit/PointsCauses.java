package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.lkjip.model.Polarity;

/**
 * Percentage points instead of percent, for an indicator whose unit is a percentage ("%", or a unit
 * containing "persen"): the difference between actual and target in points, better-is-positive
 * ({@code R − T} for positive polarity, {@code T − R} for negative; id {@code percentage-points}),
 * and 100 plus that difference ({@code percentage-points-from-100}), instead of a ratio.
 */
final class PointsCauses implements AchievementCauseFamily {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<CauseTrial> trials(CauseQuery q, CauseQuery.AchievementInputs x) {
    if (!isPercent(x.indicator().unit())) {
      return List.of();
    }
    boolean positive = x.indicator().polarity() == Polarity.POSITIVE;
    BigDecimal gap = positive ? x.actual().subtract(x.target()) : x.target().subtract(x.actual());
    String difference = positive ? "R \u2212 T" : "T \u2212 R";
    List<Fact> common =
        List.of(
            Fact.of("actual", CauseQuery.shown(x.actual())),
            Fact.of("target", CauseQuery.shown(x.target())));
    return List.of(
        CauseTrial.of("percentage-points", gap, with(Fact.of("formula", difference), common)),
        CauseTrial.of(
            "percentage-points-from-100",
            HUNDRED.add(gap),
            with(Fact.of("formula", "100 + (" + difference + ")"), common)));
  }

  private static List<Fact> with(Fact first, List<Fact> rest) {
    return com.google.common.collect.ImmutableList.<Fact>builder().add(first).addAll(rest).build();
  }

  /** Whether a unit is a percentage. */
  static boolean isPercent(String unit) {
    String u = unit.strip().toLowerCase(Locale.ROOT);
    return u.equals("%") || u.contains("persen");
  }
}
