package org.lkjip.examples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.FormulaRegistry;

/**
 * The auditor on reports it has never seen (synthetic, other shapes than the seed): a report whose
 * printed figures follow from its data passes — no check may fire on it just because it differs
 * from the seed — and a report with a planted defect fails.
 */
class UnseenReportsAuditTests {
  private static final int REPORTS = 60;
  private static final Auditor AUDITOR = new Auditor(FormulaRegistry.standard());

  @Test
  void verify_generatedReports_passExactlyWhenNoDefectWasPlanted() {
    int clean = 0;
    int defective = 0;
    for (long seed = 1; seed <= REPORTS; seed++) {
      SyntheticReports.Generated g = SyntheticReports.generateDetailed(seed);
      Verification v = AUDITOR.verify(g.report(), RuleSets.recommended(), Optional.empty());
      if (g.defect().isEmpty()) {
        clean++;
        assertThat(v.findings())
            .as("error findings on clean synthetic report %d", seed)
            .filteredOn(f -> f.severity() == Severity.ERROR)
            .extracting(Finding::message)
            .isEmpty();
        assertThat(v.figures())
            .as("mismatches on clean synthetic report %d", seed)
            .noneMatch(f -> f.status() == ReconciliationStatus.MISMATCH);
        assertThat(v.passed()).isTrue();
      } else if (g.defect().get() == SyntheticReports.Defect.OTHER_ROUNDING) {
        // Another rounding is a convention to name, not an error: the figure is reconciled as such.
        defective++;
        assertThat(v.figures())
            .as("synthetic report %d with a truncated percentage", seed)
            .anyMatch(f -> f.status() == ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING);
      } else {
        defective++;
        assertThat(v.passed()).as("synthetic report %d with %s", seed, g.defect().get()).isFalse();
      }
    }
    assertThat(clean).as("clean reports among the sample").isGreaterThan(REPORTS / 2);
    assertThat(defective).as("defective reports among the sample").isPositive();
  }
}
