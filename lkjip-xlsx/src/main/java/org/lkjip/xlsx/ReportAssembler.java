package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Report;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * Builds the {@link Report} from the records of a workbook's sheets (the inverse of {@link
 * ReportRows}). Parents are given by order (a Sasaran row belongs to the Tujuan above it, a Sub
 * Kegiatan row to the Kegiatan above it) or by id (an indicator's objective, a target's indicator).
 * Each element is built from its row, so a value the model refuses is reported at that row; ids and
 * references are checked here first, each at its cell.
 *
 * <p>Each part of the report is read by its own class ({@link IdentityPart}, {@link GoalsPart},
 * {@link DatasetsPart}, {@link IndicatorsPart}, {@link BudgetPart}, {@link CascadePart}, {@link
 * PublishedPart}), sharing one {@link Assembly}.
 */
final class ReportAssembler {
  private final Records in;
  private final Assembly assembly;
  private final int maxBudgetLines;
  private final List<String> figureCells = new ArrayList<>();

  ReportAssembler(
      Records in, Map<Sheet, List<Rec>> sheets, int maxBudgetLines, boolean locateValues) {
    this.in = in;
    this.assembly = new Assembly(in, sheets, locateValues);
    this.maxBudgetLines = maxBudgetLines;
  }

  /** Where each published figure's printed text is, in the report's order. */
  ImmutableList<String> figureCells() {
    return ImmutableList.copyOf(figureCells);
  }

  /** Where each value is, by {@link ValueCells} key; empty unless values were located. */
  ImmutableMap<String, String> valueCells() {
    return ImmutableMap.copyOf(assembly.valueCells());
  }

  /** The report, or null when a problem was recorded. */
  @Nullable Report assemble() {
    // The order matters: a part checks its references against the ids registered by the parts
    // before it (an input's data set, a cascade's objectives and budget lines, a figure's subject),
    // and problems are listed in the order they are found.
    ImmutableReport.Builder report = ImmutableReport.builder();
    new IdentityPart(assembly).addTo(report);
    GoalsPart goals = new GoalsPart(assembly);
    goals.readPlans();
    goals.readGoals();
    new DatasetsPart(assembly).addTo(report);
    new IndicatorsPart(assembly, goals).addToObjectivesAndPlans();
    goals.addTo(report);
    new BudgetPart(assembly, maxBudgetLines).addTo(report);
    new CascadePart(assembly).addTo(report);
    new PublishedPart(assembly, figureCells).addTo(report);
    if (in.hasProblems()) {
      return null;
    }
    try {
      return report.build();
    } catch (RuntimeException e) {
      in.problem("", Workbooks.oneLine(e));
      return null;
    }
  }
}
