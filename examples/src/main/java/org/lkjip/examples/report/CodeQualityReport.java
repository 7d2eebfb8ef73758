package org.lkjip.examples.report;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.AuditedReport.SourceLocation;
import org.lkjip.io.LkjipJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The problems of one run as a GitLab Code Quality report (the subset of the Code Climate issue
 * format that GitLab reads from {@code artifacts:reports:codequality}): a JSON array with one issue
 * per figure that is not a {@code MATCH} and per finding, in the order of the reports, figures
 * before findings.
 *
 * <p>Each issue has:
 *
 * <ul>
 *   <li>{@code description}: the same sentence as the SARIF message (printed value, recomputed
 *       value, difference, cause), preceded by the cell for a workbook ({@code 'Angka Terbit'!D12:
 *       …}), since GitLab shows a line only;
 *   <li>{@code check_name}: the SARIF rule id ({@code figure/mismatch}, {@code
 *       figure/other-rounding}, {@code figure/not-recomputable} or the finding's check);
 *   <li>{@code fingerprint}: 32 hex digits from the report file and the {@link Fingerprints} of the
 *       figure or finding (and, for the rare second finding with the same fingerprint in one file,
 *       its occurrence), so GitLab tells new problems of a merge request from old ones across
 *       unrelated edits;
 *   <li>{@code severity}: {@code major} for a MISMATCH figure or an ERROR finding, {@code minor}
 *       for a NOT_RECOMPUTABLE figure or a WARNING finding, {@code info} for a figure reproduced by
 *       another rounding or an INFO finding;
 *   <li>{@code location}: {@code path}, the report file as named on the command line with forward
 *       slashes and without a leading {@code ./} (GitLab wants it relative to the repository root:
 *       run {@code verify} from there with relative paths), and {@code lines.begin}, the line of
 *       the printed value in a JSON report, else 1.
 * </ul>
 *
 * <p>Output is deterministic: the same reports give the same bytes.
 *
 * @since 0.2
 */
public final class CodeQualityReport {
  private CodeQualityReport() {}

  /** The Code Quality report of {@code reports}, ending with a newline. */
  public static String render(List<AuditedReport> reports) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = LkjipJson.prettyWriter().createGenerator(text)) {
      g.writeStartArray();
      for (AuditedReport r : reports) {
        issues(g, r);
      }
      g.writeEndArray();
    } catch (JacksonException e) {
      throw new IllegalStateException("bug: cannot write a Code Quality report: " + e, e);
    }
    return text.append('\n').toString();
  }

  private static void issues(JsonGenerator g, AuditedReport r) {
    Verification v = r.verification();
    String path = path(r.file());
    Map<String, Integer> occurrences = new HashMap<>();
    for (int i = 0; i < v.figures().size(); i++) {
      FigureReconciliation f = v.figures().get(i);
      if (f.status() == ReconciliationStatus.MATCH) {
        continue;
      }
      issue(
          g,
          path,
          SarifReport.figureRule(f.status()),
          severity(f.status()),
          SarifReport.figureMessage(f),
          fingerprint(path, Fingerprints.figure(f, v.fiscalYear()), occurrences),
          r.figureLocation(i));
    }
    FindingPlaces places = FindingPlaces.of(v);
    for (Finding f : v.findings()) {
      issue(
          g,
          path,
          f.check(),
          severity(f.severity()),
          f.message(),
          fingerprint(path, Fingerprints.finding(f), occurrences),
          places.location(r, f));
    }
  }

  private static void issue(
      JsonGenerator g,
      String path,
      String check,
      String severity,
      String message,
      String fingerprint,
      Optional<SourceLocation> where) {
    Optional<String> cell = where.flatMap(SourceLocation::cell);
    int line = where.map(SourceLocation::line).filter(l -> l > 0).orElse(1);
    g.writeStartObject();
    g.writeStringProperty("description", cell.map(c -> c + ": ").orElse("") + message);
    g.writeStringProperty("check_name", check);
    g.writeStringProperty("fingerprint", fingerprint);
    g.writeStringProperty("severity", severity);
    g.writeName("location");
    g.writeStartObject();
    g.writeStringProperty("path", path);
    g.writeName("lines");
    g.writeStartObject();
    g.writeNumberProperty("begin", line);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String severity(ReconciliationStatus s) {
    return switch (s) {
      case MISMATCH -> "major";
      case NOT_RECOMPUTABLE -> "minor";
      case MATCH_WITH_OTHER_ROUNDING, MATCH -> "info";
    };
  }

  private static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }

  /** Unique within the run: file, lkjip fingerprint and, from the second one on, occurrence. */
  private static String fingerprint(String path, String lkjip, Map<String, Integer> seen) {
    int n = seen.merge(lkjip, 1, Integer::sum);
    return n == 1
        ? Fingerprints.hash("codequality", path, lkjip)
        : Fingerprints.hash("codequality", path, lkjip, Integer.toString(n));
  }

  /** The file as GitLab wants it: forward slashes, no leading {@code ./}. */
  static String path(String file) {
    String p = file.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }
}
