package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
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
}
