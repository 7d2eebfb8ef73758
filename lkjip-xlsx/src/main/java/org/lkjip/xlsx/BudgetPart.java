package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutableQuantity;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The budget of the Anggaran sheet: programs, their activities (a Kegiatan row belongs to the
 * Program above it) and sub-activities (a Sub Kegiatan row to the Kegiatan above it), each
 * sub-activity with its spending by quarter from the Triwulan sheet.
 */
final class BudgetPart {
  /** The fields of a sub-activity whose cells are located for {@link ValueCells#line}. */
  private static final List<String> LOCATED_FIELDS =
      List.of("budget", "spending", "output.target", "output.actual");

  private final Assembly assembly;
  private final Records in;
  private final int maxBudgetLines;

  BudgetPart(Assembly assembly, int maxBudgetLines) {
    this.assembly = assembly;
    this.in = assembly.in;
    this.maxBudgetLines = maxBudgetLines;
  }

  void addTo(ImmutableReport.Builder report) {
    Map<String, List<Rec>> quarters = new HashMap<>();
    for (Rec r : assembly.take(Sheet.QUARTERS)) {
      String line = in.requiredText(r, "line");
      if (line != null) {
        quarters.computeIfAbsent(line.strip(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Rec> rows = assembly.rows(Sheet.BUDGET);
    if (rows.size() > maxBudgetLines) {
      in.problem(
          rows.get(maxBudgetLines).where(),
          "more than "
              + maxBudgetLines
              + " budget lines (programs + activities + sub-activities) (Limits.MAX_BUDGET_LINES)");
      return;
    }
    java.util.Set<String> subIds = new java.util.HashSet<>();
    ImmutableProgram.Builder program = null;
    Rec programRec = null;
    ImmutableActivity.Builder activity = null;
    Rec activityRec = null;
    for (Rec r : rows) {
      String level =
          in.choice(r, "level", Sheet.BUDGET.column("level").orElseThrow().choices(), true);
      String id = assembly.id(r, "id");
      String name = in.requiredText(r, "name");
      String code = in.text(r, "code");
      if (level == null || id == null || name == null) {
        continue;
      }
      switch (level) {
        case WorkbookFormat.PROGRAM -> {
          onlyOn(
              r,
              "Program",
              "budget",
              "spending",
              "physicalProgress",
              "output.indicator",
              "output.target",
              "output.actual");
          closeActivity(program, activity, activityRec);
          closeProgram(report, program, programRec);
          program =
              ImmutableProgram.builder()
                  .id(id)
                  .name(name)
                  .code(java.util.Optional.ofNullable(code))
                  .outcome(java.util.Optional.ofNullable(in.text(r, "outcome")));
          programRec = r;
          activity = null;
        }
        case WorkbookFormat.ACTIVITY -> {
          onlyOn(
              r,
              "Kegiatan",
              "budget",
              "spending",
              "physicalProgress",
              "output.indicator",
              "output.target",
              "output.actual",
              "outcome");
          if (program == null) {
            in.problem(
                r.where("level"),
                "a Kegiatan row before any Program row: put its Program above it");
            continue;
          }
          closeActivity(program, activity, activityRec);
          activity =
              ImmutableActivity.builder()
                  .id(id)
                  .name(name)
                  .code(java.util.Optional.ofNullable(code));
          activityRec = r;
        }
        default -> {
          onlyOn(r, "Sub Kegiatan", "outcome");
          if (activity == null) {
            in.problem(
                r.where("level"),
                "a Sub Kegiatan row before any Kegiatan row: put its Kegiatan above it");
            continue;
          }
          subIds.add(id);
          subActivity(r, id, name, code, quarters.getOrDefault(id, List.of()))
              .ifPresent(activity::addSubActivity);
        }
      }
    }
    closeActivity(program, activity, activityRec);
    closeProgram(report, program, programRec);
    for (Map.Entry<String, List<Rec>> q : quarters.entrySet()) {
      if (!subIds.contains(q.getKey())) {
        Rec r = q.getValue().get(0);
        in.problem(
            r.where("line"),
            "unknown sub-activity '"
                + Records.clip(q.getKey())
                + "': not a Sub Kegiatan id of sheet "
                + Sheet.BUDGET.sheetName());
      }
    }
  }

  private void closeActivity(
      ImmutableProgram.@Nullable Builder program,
      ImmutableActivity.@Nullable Builder activity,
      @Nullable Rec at) {
    if (program != null && activity != null) {
      assembly.build(at, activity::build).ifPresent(program::addActivity);
    }
  }

  private void closeProgram(
      ImmutableReport.Builder report,
      ImmutableProgram.@Nullable Builder program,
      @Nullable Rec at) {
    if (program != null) {
      assembly.build(at, program::build).ifPresent(report::addProgram);
    }
  }

  /** A value in one of {@code keys} is a problem on a row of {@code level}. */
  private void onlyOn(Rec r, String level, String... keys) {
    for (String k : keys) {
      if (r.has(k)) {
        in.problem(
            r.where(k),
            "a "
                + level
                + " row has no '"
                + k
                + "'"
                + (k.equals("budget") || k.equals("spending")
                    ? ": totals are computed from the sub-activities (record a printed total in "
                        + Sheet.PUBLISHED.sheetName()
                        + ")"
                    : ""));
      }
    }
  }

  private java.util.Optional<org.lkjip.model.SubActivity> subActivity(
      Rec r, String id, String name, @Nullable String code, List<Rec> quarters) {
    BigDecimal budget = in.number(r, "budget");
    BigDecimal spending = in.number(r, "spending");
    BigDecimal physical = in.number(r, "physicalProgress");
    String outIndicator = in.text(r, "output.indicator");
    BigDecimal target = in.number(r, "output.target");
    String targetUnit = in.text(r, "output.targetUnit");
    BigDecimal actual = in.number(r, "output.actual");
    String actualUnit = in.text(r, "output.actualUnit");
    if (budget == null) {
      if (!r.has("budget")) {
        in.problem(r.where("budget"), "expected the pagu of a Sub Kegiatan, found a blank cell");
      }
      return java.util.Optional.empty();
    }
    ImmutableSubActivity.Builder s =
        ImmutableSubActivity.builder()
            .id(id)
            .name(name)
            .code(java.util.Optional.ofNullable(code))
            .budget(budget)
            .spending(java.util.Optional.ofNullable(spending))
            .physicalProgress(java.util.Optional.ofNullable(physical));
    assembly.located(ValueCells.element(id), r, "id");
    for (String field : LOCATED_FIELDS) {
      if (r.has(field)) {
        assembly.located(ValueCells.line(id, field), r, field);
      }
    }
    if (outIndicator != null || target != null || actual != null) {
      if (outIndicator == null || target == null || targetUnit == null) {
        in.problem(
            r.where("output.indicator"),
            "an output needs output.indicator, output.target and output.targetUnit");
        return java.util.Optional.empty();
      }
      ImmutableOutput.Builder o =
          ImmutableOutput.builder()
              .indicator(outIndicator)
              .target(ImmutableQuantity.of(target, targetUnit));
      if (actual != null) {
        o.actual(ImmutableQuantity.of(actual, actualUnit == null ? targetUnit : actualUnit));
      }
      java.util.Optional<org.lkjip.model.Output> out = assembly.build(r, o::build);
      if (out.isEmpty()) {
        return java.util.Optional.empty();
      }
      s.output(out.get());
    }
    for (Rec q : quarters) {
      Integer from = in.integer(q, "fromQuarter");
      Integer to = in.integer(q, "toQuarter");
      BigDecimal amount = in.number(q, "amount");
      if (from == null || to == null || amount == null) {
        assembly.requireAll(q, "fromQuarter", "toQuarter", "amount");
        continue;
      }
      assembly
          .build(
              q,
              () ->
                  ImmutablePeriodSpending.builder()
                      .fromQuarter(from)
                      .toQuarter(to)
                      .amount(amount)
                      .build())
          .ifPresent(s::addSpendingByPeriod);
    }
    return assembly.build(r, s::build);
  }
}
