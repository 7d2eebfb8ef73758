package org.lkjip.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * The README's quick start, compiled and tested so that it stays true: read a report, audit it
 * under a rule set, list the printed figures that do not follow from the data.
 *
 * @since 0.1
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * The mismatching figures of a report file, one line each.
   *
   * @param file an {@code lkjip-report/1} document
   * @return "table row column: printed → recomputed (cause)" lines, never null
   */
  public static List<String> mismatches(Path file) {
    // README snippet begins
    Report report = new ReportReader().read(file); // strict; errors name file:line:column and path
    Verification verification =
        new Auditor(FormulaRegistry.standard())
            .verify(report, RuleSets.seedTebingTinggi2022(), Optional.empty());
    return verification.figures().stream()
        .filter(f -> f.status() == ReconciliationStatus.MISMATCH)
        .map(QuickStart::describe)
        .toList();
    // README snippet ends
  }

  private static String describe(FigureReconciliation f) {
    return f.published().table()
        + " "
        + f.published().row()
        + " "
        + f.published().column()
        + ": "
        + f.published().printed()
        + " -> "
        + f.recomputed().map(v -> v.toPlainString()).or(f::recomputedText).orElse("?")
        + " ("
        + f.cause().orElse("")
        + ")";
  }

  /**
   * Prints the mismatches of the report named by the first argument.
   *
   * @param args the report file
   */
  public static void main(String[] args) {
    mismatches(Path.of(args[0])).forEach(System.out::println);
  }
}
