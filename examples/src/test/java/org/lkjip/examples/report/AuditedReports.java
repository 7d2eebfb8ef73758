package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Optional;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.AuditedReport.SourceLocation;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportLocations;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;
import org.lkjip.xlsx.ReportWorkbookReader;
import org.lkjip.xlsx.WorkbookReport;

/**
 * Audited reports for the CI-format tests, verified under the seed's rule set and located the way
 * the CLI locates them: JSON figures by line and column, workbook figures by cell.
 */
final class AuditedReports {
  private static final Auditor AUDITOR = new Auditor(FormulaRegistry.standard());

  private AuditedReports() {}

  /** The verification of {@code report} under the seed's rule set. */
  static Verification verify(Report report) {
    return AUDITOR.verify(report, RuleSets.seedTebingTinggi2022(), Optional.empty());
  }

  /** The JSON report {@code bytes} (already read as {@code report}), named {@code file}. */
  static AuditedReport json(String file, Report report, byte[] bytes) {
    ImmutableList<SourceLocation> locations =
        ReportLocations.publishedPrinted(bytes).stream()
            .map(p -> SourceLocation.json(p.line(), p.column()))
            .collect(ImmutableList.toImmutableList());
    return new AuditedReport(file, verify(report), locations);
  }

  /** The JSON report {@code bytes}, named {@code file}. */
  static AuditedReport json(String file, byte[] bytes) {
    return json(file, new ReportReader().read(file, bytes), bytes);
  }

  /** The workbook {@code file}. */
  static AuditedReport workbook(String file) {
    WorkbookReport wb = new ReportWorkbookReader().read(Path.of(file));
    return new AuditedReport(
        file,
        verify(wb.report()),
        wb.figureCells().stream()
            .map(SourceLocation::cell)
            .collect(ImmutableList.toImmutableList()));
  }
}
