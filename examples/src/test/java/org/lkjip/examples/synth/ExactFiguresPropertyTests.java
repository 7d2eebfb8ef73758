package org.lkjip.examples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Derivations;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.IndonesianNumbers;
import org.lkjip.io.ReportReader;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * Issue #15, point 2: rounding evidence must discriminate. A report whose printed figures are all
 * exact (each printed with every decimal of its unrounded value, so that every rounding mode gives
 * the same number at the printed precision) proves nothing about rounding: under every built-in
 * rule set no figure is "reproduced only by another rounding" and no rounding finding is made.
 *
 * <p>The reports are the generated ones and the seed, with each published figure whose recomputed
 * value is a terminating decimal re-printed at its full precision and the others left out; that a
 * good share of the figures is printed with more decimals than the rule set rounds to is asserted,
 * so the property is not vacuous.
 */
class ExactFiguresPropertyTests {
  private static final int REPORTS = 40;

  /** More decimals than this and the quotient is taken as not terminating. */
  private static final int MAX_EXACT_DECIMALS = 8;

  private static final FormulaRegistry REGISTRY = FormulaRegistry.standard();
  private static final Evaluator EVALUATOR = new Evaluator(REGISTRY);
  private static final Auditor AUDITOR = new Auditor(REGISTRY);
  private static final List<String> ROUNDING_CHECKS =
      List.of("mixed-rounding", "computed-from-printed-value");

  @Test
  void verify_reportWithOnlyExactFigures_hasNoRoundingEvidence() throws Exception {
    List<Report> reports = new ArrayList<>();
    for (long seed = 1; seed <= REPORTS; seed++) {
      reports.add(SyntheticReports.generate(seed));
    }
    reports.add(new ReportReader().read(Path.of("data/tebing-tinggi-2022.json")));

    int beyondRuleScale = 0;
    int kept = 0;
    for (RuleSet rules : RuleSets.builtIns()) {
      for (Report report : reports) {
        Exact exact = exactOnly(report, rules);
        kept += exact.report.published().size();
        beyondRuleScale += exact.printedBeyondRuleScale;
        Verification v = AUDITOR.verify(exact.report, rules, Optional.empty());
        assertThat(v.figures())
            .as("%s under %s", report.agency().name(), rules.id())
            .extracting(FigureReconciliation::status)
            .doesNotContain(
                ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING, ReconciliationStatus.MISMATCH);
        assertThat(v.findings())
            .as("%s under %s", report.agency().name(), rules.id())
            .noneMatch(f -> ROUNDING_CHECKS.contains(f.check()));
      }
    }
    assertThat(kept).as("exact figures verified").isGreaterThan(REPORTS * 10);
    assertThat(beyondRuleScale)
        .as("exact figures printed with more decimals than the rule set rounds to")
        .isGreaterThan(REPORTS / 4);
  }

  private record Exact(Report report, int printedBeyondRuleScale) {}

  /**
   * {@code report} with only its exact figures, each printed in the Indonesian notation with all
   * the decimals of its unrounded value.
   */
  private static Exact exactOnly(Report report, RuleSet rules) {
    Derivations d = Derivations.of(EVALUATOR, report, rules);
    List<PublishedFigure> out = new ArrayList<>();
    int beyond = 0;
    for (PublishedFigure p : report.published()) {
      if (p.measure() == Measure.GRADE || p.measure() == Measure.OTHER) {
        continue;
      }
      Figure f = d.figure(p);
      if (!f.isComputed()) {
        continue;
      }
      BigDecimal unrounded = f.unrounded().orElse(f.valueOrThrow()).stripTrailingZeros();
      if (unrounded.scale() > MAX_EXACT_DECIMALS) {
        continue;
      }
      int scale = Math.max(0, unrounded.scale());
      BigDecimal value = unrounded.setScale(scale);
      if (f.rounding().isPresent() && scale > f.rounding().get().scale()) {
        beyond++;
      }
      String text = IndonesianNumbers.formatIndonesian(value, scale);
      out.add(
          ImmutablePublishedFigure.builder()
              .from(p)
              .absence(Optional.empty())
              .value(value)
              .printed(p.printed().endsWith("%") ? text + "%" : text)
              .build());
    }
    return new Exact(ImmutableReport.copyOf(report).withPublished(out), beyond);
  }
}
