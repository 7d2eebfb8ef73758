package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;

class ChecksTests {
  @Test
  void builtIns_idsAreUniqueKebabCaseWithDescriptions() {
    List<ConsistencyCheck> checks = Checks.builtIns();
    assertThat(checks).extracting(ConsistencyCheck::id).doesNotHaveDuplicates();
    assertThat(checks)
        .allSatisfy(
            c -> {
              assertThat(c.id()).matches("[a-z]+(-[a-z]+)*");
              assertThat(c.description()).isNotBlank();
              assertThat(Checks.find(c.id())).containsSame(c);
            });
    assertThat(checks)
        .extracting(ConsistencyCheck::id)
        .contains(
            "total-not-sum-of-lines",
            "row-arithmetic",
            "quarters-not-sum",
            "inconsistent-across-tables",
            "duplicate-code",
            "code-pattern",
            "dataset-reused",
            "grade-contradicts-scale",
            "scale-gaps-overlaps",
            "dataset-total",
            "mixed-rounding",
            "allocation",
            "output-vs-physical");
  }

  @Test
  void verify_failingCheck_isReportedAndTheRestRun() {
    ConsistencyCheck broken =
        new ConsistencyCheck() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public String description() {
            return "always fails";
          }

          @Override
          public List<Finding> run(AuditContext ctx) {
            throw new IllegalStateException("boom");
          }
        };
    Auditor auditor =
        new Auditor(
            new Evaluator(FormulaRegistry.standard()),
            List.of(broken, Checks.find("duplicate-code").orElseThrow()));
    Verification v =
        auditor.verify(SeedReport.report(), RuleSets.seedTebingTinggi2022(), Optional.empty());
    assertThat(v.findings())
        .anySatisfy(
            f -> {
              assertThat(f.check()).isEqualTo("broken");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("boom");
            });
    assertThat(v.findings()).anySatisfy(f -> assertThat(f.check()).isEqualTo("duplicate-code"));
  }
}
