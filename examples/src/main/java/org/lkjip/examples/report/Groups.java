package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;

/** Groupings of a verification shared by the renderers. */
final class Groups {
  private Groups() {}

  /** A table of the report with its figures, in report order. */
  record Table(String name, ImmutableList<FigureReconciliation> figures) {}

  /**
   * The figures grouped by table, tables in the order they first appear in the report ("Tabel 1",
   * ..., "Tabel 9b", ..., "Lampiran RFK"), figures in report order within each.
   */
  static ImmutableList<Table> byTable(Verification v) {
    Map<String, List<FigureReconciliation>> tables = new LinkedHashMap<>();
    for (FigureReconciliation f : v.figures()) {
      tables.computeIfAbsent(f.published().table(), t -> new ArrayList<>()).add(f);
    }
    ImmutableList.Builder<Table> out = ImmutableList.builder();
    tables.forEach((name, figures) -> out.add(new Table(name, ImmutableList.copyOf(figures))));
    return out.build();
  }

  /** The findings by severity, most serious first; every severity present, possibly empty. */
  static Map<Severity, List<Finding>> bySeverity(Verification v) {
    Map<Severity, List<Finding>> out = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      out.put(s, new ArrayList<>());
    }
    for (Finding f : v.findings()) {
      out.computeIfAbsent(f.severity(), s -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /** Where a finding is, e.g. "Tabel 12 row 4 Realisasi (Rp) [subject 1.a.1]"; may be empty. */
  static String where(Finding f) {
    StringBuilder b = new StringBuilder();
    f.table().ifPresent(b::append);
    f.row().ifPresent(r -> b.append(b.length() > 0 ? " " : "").append("row ").append(r));
    f.column().ifPresent(c -> b.append(b.length() > 0 ? " " : "").append(c));
    f.subject()
        .ifPresent(s -> b.append(b.length() > 0 ? " " : "").append("[").append(s).append("]"));
    return b.toString();
  }

  /** "MATCH 500, MATCH_WITH_OTHER_ROUNDING 3, ..." for every status. */
  static String statusCounts(Verification v) {
    List<String> parts = new ArrayList<>();
    v.countsByStatus().forEach((k, n) -> parts.add(k.name() + " " + n));
    return String.join(", ", parts);
  }

  /** "ERROR 5, WARNING 3, INFO 2" for every severity. */
  static String severityCounts(Verification v) {
    List<String> parts = new ArrayList<>();
    v.countsBySeverity().forEach((k, n) -> parts.add(k.name() + " " + n));
    return String.join(", ", parts);
  }

  /** The one-line summary of figures, findings and the outcome. */
  static String summary(Verification v) {
    return "figures "
        + v.figures().size()
        + " ("
        + statusCounts(v)
        + "); findings "
        + v.findings().size()
        + " ("
        + severityCounts(v)
        + "); "
        + (v.passed() ? "PASSED" : "FAILED");
  }
}
