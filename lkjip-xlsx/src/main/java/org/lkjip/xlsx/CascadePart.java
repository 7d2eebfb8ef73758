package org.lkjip.xlsx;

import static org.lkjip.xlsx.Assembly.stripped;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableReport;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The alignments of the Cascading sheet: each links objectives (Sasaran ids) to budget lines
 * (Anggaran ids), so it is read after both are registered.
 */
final class CascadePart {
  private final Assembly assembly;
  private final Records in;

  CascadePart(Assembly assembly) {
    this.assembly = assembly;
    this.in = assembly.in;
  }

  void addTo(ImmutableReport.Builder report) {
    Map<String, ImmutableAlignment.Builder> alignments = new LinkedHashMap<>();
    Map<String, Rec> first = new HashMap<>();
    Map<String, String> tables = new HashMap<>();
    for (Rec r : assembly.take(Sheet.CASCADE)) {
      String id = in.requiredText(r, "alignment");
      String table = in.text(r, "table");
      String objective = stripped(in.text(r, "objective"));
      String line = stripped(in.text(r, "line"));
      BigDecimal share = in.number(r, "share");
      if (id == null) {
        continue;
      }
      ImmutableAlignment.Builder a = alignments.get(id);
      if (a == null) {
        if (assembly.ids.containsKey(id)) {
          in.problem(
              r.where("alignment"),
              "the id '"
                  + Records.clip(id)
                  + "' is already used at "
                  + assembly.ids.get(id).where());
          continue;
        }
        a = ImmutableAlignment.builder().id(id).table(java.util.Optional.ofNullable(table));
        alignments.put(id, a);
        first.put(id, r);
        tables.put(id, table == null ? "" : table);
      } else if (!(table == null ? "" : table).equals(tables.get(id))) {
        in.problem(
            r.where("table"),
            "cascade '"
                + id
                + "' is in table '"
                + tables.get(id)
                + "' on row "
                + java.util.Objects.requireNonNull(first.get(id)).row()
                + ": one cascade, one table");
      }
      if (objective == null && line == null) {
        continue;
      }
      if (objective == null || line == null) {
        in.problem(
            r.where(objective == null ? "objective" : "line"),
            "a link needs both an objective and a budget line");
        continue;
      }
      if (!(assembly.ids.containsKey(objective)
          && assembly.idSheet.get(objective) == Sheet.GOALS
          && !isGoal(objective))) {
        in.problem(
            r.where("objective"),
            "unknown objective '"
                + Records.clip(objective)
                + "': not a Sasaran id of sheet "
                + Sheet.GOALS.sheetName());
        continue;
      }
      if (!(assembly.ids.containsKey(line) && assembly.idSheet.get(line) == Sheet.BUDGET)) {
        in.problem(
            r.where("line"),
            "unknown budget line '"
                + Records.clip(line)
                + "': not an id of sheet "
                + Sheet.BUDGET.sheetName());
        continue;
      }
      ImmutableAlignment.Builder ab = a;
      assembly
          .build(
              r,
              () ->
                  ImmutableAlignmentLink.builder()
                      .objective(objective)
                      .line(line)
                      .share(java.util.Optional.ofNullable(share))
                      .build())
          .ifPresent(ab::addLink);
    }
    alignments.forEach(
        (id, a) -> assembly.build(first.get(id), a::build).ifPresent(report::addAlignment));
  }

  private boolean isGoal(String id) {
    Rec r = assembly.ids.get(id);
    String level = r == null ? null : in.text(r, "level");
    return level != null && level.strip().equalsIgnoreCase(WorkbookFormat.GOAL);
  }
}
