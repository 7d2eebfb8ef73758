package org.lkjip.examples;

import java.nio.file.Path;
import java.util.Optional;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/** Reads a report, audits it under the seed's rule set and prints the figures that mismatch. */
public final class QuickStart {
  /** Run it with a report file, e.g. {@code examples/data/tebing-tinggi-2022.json}. */
  public static void main(String[] args) {
    Report report = new ReportReader().read(Path.of(args[0])); // strict: errors say file:line:col
    Verification verification =
        new Auditor(FormulaRegistry.standard())
            .verify(report, RuleSets.seedTebingTinggi2022(), Optional.empty());
    for (FigureReconciliation f : verification.figures()) {
      if (f.status() == ReconciliationStatus.MISMATCH) {
        var p = f.published();
        var recomputed = f.recomputed().map(v -> v.toPlainString()).or(f::recomputedText);
        System.out.printf(
            "%s row %s %s: printed %s, recomputed %s (%s)%n",
            p.table(),
            p.row(),
            p.column(),
            p.printed(),
            recomputed.orElse("?"),
            f.cause().orElse(""));
      }
    }
  }

  private QuickStart() {}
}
