package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What every finding's facts must satisfy, whatever the report: checked on the seed and on every
 * report with a planted defect, so that a new check or a changed one cannot ship without them.
 */
final class FactInvariants {
  private FactInvariants() {}

  static Verification check(Verification v) {
    for (Finding f : v.findings()) {
      assertThat(f.facts()).as("facts of %s", f).isNotEmpty();
      if (f.table().isPresent() && f.row().isPresent() && f.column().isPresent()) {
        // located at a printed figure: says what was printed there
        assertThat(f.fact(Fact.PRINTED)).as("printed fact of %s", f).isPresent();
      }
      Optional<BigDecimal> printed = number(f, Fact.PRINTED);
      Optional<BigDecimal> expected = number(f, Fact.EXPECTED);
      Optional<BigDecimal> difference = number(f, Fact.DIFFERENCE);
      if (printed.isPresent() && expected.isPresent() && difference.isPresent()) {
        assertThat(difference.get())
            .as("difference of %s", f)
            .isEqualByComparingTo(printed.get().subtract(expected.get()));
      }
      if (difference.isPresent()) {
        assertThat(difference.get().signum()).as("difference of %s", f).isNotZero();
      }
      for (Fact x : f.facts()) {
        // numbers are exact plain decimals: they read back to the same text
        x.number().ifPresent(n -> assertThat(n.toPlainString()).isEqualTo(x.value()));
      }
    }
    return MessageInvariants.check(v);
  }

  private static Optional<BigDecimal> number(Finding f, String key) {
    return f.fact(key).flatMap(Fact::number);
  }
}
