package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Caps on achievement applied or not applied: the rule set's formula limited to 100 or 120 (ids
 * {@code cap-100}, {@code cap-120}) when the rule set does not cap there and the uncapped value
 * exceeds the cap, and the uncapped value (id {@code no-cap}) when the rule set's cap changed it. A
 * cap that would change nothing is not tried.
 */
final class CapCauses implements AchievementCauseFamily {
  private static final List<BigDecimal> CAPS =
      List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(120));

  @Override
  public List<CauseTrial> trials(CauseQuery q, CauseQuery.AchievementInputs x) {
    Optional<BigDecimal> uncapped = x.form().apply(x.actual(), x.target());
    if (uncapped.isEmpty()) {
      return List.of();
    }
    BigDecimal u = uncapped.get();
    List<CauseTrial> out = new ArrayList<>();
    for (BigDecimal cap : CAPS) {
      boolean ruleCap = x.cap().map(c -> c.compareTo(cap) == 0).orElse(false);
      if (!ruleCap && u.compareTo(cap) > 0) {
        out.add(
            CauseTrial.of(
                "cap-" + cap.toPlainString(),
                cap,
                List.of(Fact.of("cap", cap), Fact.of("uncapped", CauseQuery.shown(u)))));
      }
    }
    if (x.cap().isPresent() && u.compareTo(x.cap().get()) > 0) {
      out.add(
          CauseTrial.of(
              "no-cap",
              u,
              List.of(Fact.of("cap", x.cap().get()), Fact.of("uncapped", CauseQuery.shown(u)))));
    }
    return out;
  }
}
