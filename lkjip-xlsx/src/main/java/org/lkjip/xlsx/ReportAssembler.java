package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.lkjip.io.Limits;
import org.lkjip.io.PrintedNumber;
import org.lkjip.model.Absence;
import org.lkjip.model.CellRef;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableBound;
import org.lkjip.model.ImmutableCell;
import org.lkjip.model.ImmutableCellRef;
import org.lkjip.model.ImmutableDataset;
import org.lkjip.model.ImmutableDatasetRow;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableGradingScale;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableQuantity;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableStrategicPlan;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Polarity;
import org.lkjip.model.Report;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Field;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * Builds the {@link Report} from the records of a workbook's sheets (the inverse of {@link
 * ReportRows}). Parents are given by order (a Sasaran row belongs to the Tujuan above it, a Sub
 * Kegiatan row to the Kegiatan above it) or by id (an indicator's objective, a target's indicator).
 * Each element is built from its row, so a value the model refuses is reported at that row; ids and
 * references are checked here first, each at its cell.
 */
final class ReportAssembler {
  private final Records in;
  private final Map<Sheet, List<Rec>> sheets;
  private final int maxBudgetLines;

  /** Every id of the report → where it is defined, for duplicates and references. */
  private final Map<String, Rec> ids = new HashMap<>();

  private final Map<String, Sheet> idSheet = new HashMap<>();
  private final List<String> figureCells = new ArrayList<>();

  ReportAssembler(Records in, Map<Sheet, List<Rec>> sheets, int maxBudgetLines) {
    this.in = in;
    this.sheets = sheets;
    this.maxBudgetLines = maxBudgetLines;
  }

  /** Where each published figure's printed text is, in the report's order. */
  ImmutableList<String> figureCells() {
    return ImmutableList.copyOf(figureCells);
  }

  /** The report, or null when a problem was recorded. */
  @Nullable Report assemble() {
    ImmutableReport.Builder report = ImmutableReport.builder();
    identity(report);
    Map<String, ImmutableStrategicPlan.Builder> plans = plans();
    Map<String, ImmutableObjective.Builder> objectives = new HashMap<>();
    List<ImmutableGoal.Builder> goals = goals(objectives);
    datasets(report);
    indicators(objectives, plans);
    goals.forEach(g -> build(null, g::build).ifPresent(report::addGoal));
    plans.values().forEach(p -> build(null, p::build).ifPresent(report::addPlan));
    budget(report);
    cascade(report);
    published(report);
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

  private List<Rec> rows(Sheet s) {
    return sheets.getOrDefault(s, List.of());
  }

  private void identity(ImmutableReport.Builder report) {
    Map<Field, Rec> fields = new LinkedHashMap<>();
    Map<Field, String> values = new HashMap<>();
    for (Rec r : rows(Sheet.IDENTITY)) {
      String key = in.requiredText(r, "field");
      if (key == null) {
        continue;
      }
      Field f = Field.withKey(key.strip()).orElse(null);
      if (f == null) {
        in.problem(r.where("field"), "unknown field '" + Records.clip(key) + "'");
      } else if (fields.containsKey(f)) {
        in.problem(
            r.where("field"),
            "the field '" + key + "' is given twice (first in row " + fields.get(f).row() + ")");
      } else {
        fields.put(f, r);
        String v = in.text(r, "value");
        if (v != null) {
          values.put(f, v.strip());
        }
      }
    }
    for (Field f : Field.values()) {
      if (f.required() && !values.containsKey(f)) {
        Rec r = fields.get(f);
        in.problem(
            r == null ? Records.sheetRef(Sheet.IDENTITY.sheetName()) : r.where("value"),
            "expected a value for the field '"
                + f.key()
                + "'"
                + (r == null ? ", which is missing" : ""));
      }
    }
    String format = values.get(Field.FORMAT);
    if (format != null && !format.equals(WorkbookFormat.FORMAT)) {
      in.problem(
          fields.get(Field.FORMAT).where("value"),
          "expected format '" + WorkbookFormat.FORMAT + "', found '" + Records.clip(format) + "'");
    }
    Rec yearRec = fields.get(Field.FISCAL_YEAR);
    Integer year = yearRec == null ? null : in.integer(yearRec, "value");
    if (year != null) {
      report.fiscalYear(year);
    }
    if (values.containsKey(Field.AGENCY_NAME) && values.containsKey(Field.AGENCY_REGION)) {
      Rec at = fields.get(Field.AGENCY_NAME);
      build(
              at,
              () ->
                  ImmutableAgency.builder()
                      .name(values.get(Field.AGENCY_NAME))
                      .region(values.get(Field.AGENCY_REGION))
                      .province(java.util.Optional.ofNullable(values.get(Field.AGENCY_PROVINCE)))
                      .build())
          .ifPresent(report::agency);
    }
    report.title(java.util.Optional.ofNullable(values.get(Field.TITLE)));
    report.ruleSet(java.util.Optional.ofNullable(values.get(Field.RULE_SET)));
    String scaleId = values.get(Field.SCALE_ID);
    List<Rec> bands = rows(Sheet.SCALE);
    if (scaleId == null) {
      if (!bands.isEmpty()) {
        in.problem(
            bands.get(0).where(),
            "bands without a scale: fill statedScale.id and statedScale.name in "
                + Sheet.IDENTITY.sheetName());
      }
      return;
    }
    ImmutableGradingScale.Builder scale =
        ImmutableGradingScale.builder()
            .id(scaleId)
            .name(values.getOrDefault(Field.SCALE_NAME, scaleId))
            .source(java.util.Optional.ofNullable(values.get(Field.SCALE_SOURCE)))
            .confidence(java.util.Optional.ofNullable(values.get(Field.SCALE_CONFIDENCE)));
    for (Rec r : bands) {
      String label = in.requiredText(r, "label");
      BigDecimal lower = in.number(r, "lower");
      Boolean lowerIn = in.bool(r, "lowerInclusive");
      BigDecimal upper = in.number(r, "upper");
      Boolean upperIn = in.bool(r, "upperInclusive");
      if (label == null) {
        continue;
      }
      build(
              r,
              () -> {
                ImmutableBand.Builder b = ImmutableBand.builder().label(label);
                if (lower != null) {
                  b.lower(ImmutableBound.of(lower, lowerIn == null || lowerIn));
                }
                if (upper != null) {
                  b.upper(ImmutableBound.of(upper, upperIn == null || upperIn));
                }
                return b.build();
              })
          .ifPresent(scale::addBand);
    }
    build(fields.get(Field.SCALE_ID), scale::build).ifPresent(report::statedScale);
  }

  private Map<String, ImmutableStrategicPlan.Builder> plans() {
    Map<String, ImmutableStrategicPlan.Builder> plans = new LinkedHashMap<>();
    for (Rec r : rows(Sheet.PLANS)) {
      String id = id(r, "id");
      String name = in.requiredText(r, "name");
      Integer start = in.integer(r, "startYear");
      Integer end = in.integer(r, "endYear");
      String decree = in.text(r, "decree");
      if (id == null || name == null || start == null || end == null) {
        requireAll(r, "startYear", "endYear");
        continue;
      }
      plans.put(
          id,
          ImmutableStrategicPlan.builder()
              .id(id)
              .name(name)
              .startYear(start)
              .endYear(end)
              .decree(java.util.Optional.ofNullable(decree)));
    }
    return plans;
  }

  private List<ImmutableGoal.Builder> goals(Map<String, ImmutableObjective.Builder> objectives) {
    List<ImmutableGoal.Builder> goals = new ArrayList<>();
    Map<ImmutableGoal.Builder, List<String>> objectiveIds = new HashMap<>();
    for (Rec r : rows(Sheet.GOALS)) {
      String level =
          in.choice(r, "level", Sheet.GOALS.column("level").orElseThrow().choices(), true);
      String id = id(r, "id");
      String name = in.requiredText(r, "name");
      if (level == null || id == null || name == null) {
        continue;
      }
      if (level.equals(WorkbookFormat.GOAL)) {
        goals.add(ImmutableGoal.builder().id(id).name(name));
      } else if (goals.isEmpty()) {
        in.problem(
            r.where("level"), "a Sasaran row before any Tujuan row: put its Tujuan above it");
      } else {
        objectives.put(id, ImmutableObjective.builder().id(id).name(name));
        objectiveIds.computeIfAbsent(goals.get(goals.size() - 1), g -> new ArrayList<>()).add(id);
      }
    }
    // Objectives are added to their goals once their indicators are known (see indicators()).
    this.objectiveOrder = objectiveIds;
    return goals;
  }

  private Map<ImmutableGoal.Builder, List<String>> objectiveOrder = Map.of();

  private void indicators(
      Map<String, ImmutableObjective.Builder> objectives,
      Map<String, ImmutableStrategicPlan.Builder> plans) {
    Map<String, List<Rec>> targets = byIndicator(Sheet.TARGETS);
    Map<String, List<Rec>> inputs = byIndicator(Sheet.INPUTS);
    int count = 0;
    for (Rec r : rows(Sheet.INDICATORS)) {
      if (++count > Limits.MAX_INDICATORS) {
        in.problem(
            r.where(),
            "more than " + Limits.MAX_INDICATORS + " indicators (Limits.MAX_INDICATORS)");
        return;
      }
      String objective = stripped(in.text(r, "objective"));
      String plan = stripped(in.text(r, "plan"));
      String id = id(r, "id");
      String name = in.requiredText(r, "name");
      String unit = in.requiredText(r, "unit");
      String polarity =
          in.choice(
              r, "polarity", Sheet.INDICATORS.column("polarity").orElseThrow().choices(), false);
      String formula = in.text(r, "formula");
      if ((objective == null) == (plan == null)) {
        in.problem(
            r.where("objective"),
            "fill exactly one of 'objective' (an objective's id) and 'plan' (a plan's id)");
        continue;
      }
      if (objective != null && !objectives.containsKey(objective)) {
        in.problem(
            r.where("objective"),
            "unknown objective '"
                + Records.clip(objective)
                + "': not a Sasaran id of sheet "
                + Sheet.GOALS.sheetName());
        continue;
      }
      if (plan != null && !plans.containsKey(plan)) {
        in.problem(
            r.where("plan"),
            "unknown plan '"
                + Records.clip(plan)
                + "': not an id of sheet "
                + Sheet.PLANS.sheetName());
        continue;
      }
      if (id == null || name == null || unit == null) {
        continue;
      }
      ImmutableIndicator.Builder b =
          ImmutableIndicator.builder()
              .id(id)
              .name(name)
              .unit(unit)
              .polarity(polarity == null ? Polarity.POSITIVE : Polarity.valueOf(polarity))
              .formula(java.util.Optional.ofNullable(formula == null ? null : formula.strip()))
              .formulaText(java.util.Optional.ofNullable(in.text(r, "formulaText")))
              .dataSource(java.util.Optional.ofNullable(in.text(r, "dataSource")));
      Map<String, Rec> single = new HashMap<>();
      for (Rec t : targets.getOrDefault(id, List.of())) {
        target(t, b, single);
      }
      for (Rec o : inputs.getOrDefault(id, List.of())) {
        input(o).ifPresent(b::addInput);
      }
      java.util.Optional<Indicator> built = build(r, b::build);
      if (built.isPresent() && objective != null) {
        objectives.get(objective).addIndicator(built.get());
      } else if (built.isPresent() && plan != null) {
        plans.get(plan).addIndicator(built.get());
      }
    }
    for (Map.Entry<ImmutableGoal.Builder, List<String>> e : objectiveOrder.entrySet()) {
      for (String o : e.getValue()) {
        ImmutableObjective.Builder ob = objectives.get(o);
        Rec at = ids.get(o);
        build(at, ob::build).ifPresent(e.getKey()::addObjective);
      }
    }
  }

  /** Records of {@code sheet} grouped by their indicator id; an unknown id is a problem. */
  private Map<String, List<Rec>> byIndicator(Sheet sheet) {
    Map<String, List<Rec>> by = new HashMap<>();
    java.util.Set<String> indicators = new java.util.HashSet<>();
    for (Rec r : rows(Sheet.INDICATORS)) {
      String id = in.text(r, "id");
      if (id != null) {
        indicators.add(id.strip());
      }
    }
    for (Rec r : rows(sheet)) {
      String id = in.requiredText(r, "indicator");
      if (id == null) {
        continue;
      }
      if (!indicators.contains(id.strip())) {
        in.problem(
            r.where("indicator"),
            "unknown indicator '"
                + Records.clip(id)
                + "': not an id of sheet "
                + Sheet.INDICATORS.sheetName());
        continue;
      }
      by.computeIfAbsent(id.strip(), k -> new ArrayList<>()).add(r);
    }
    return by;
  }

  private void target(Rec r, ImmutableIndicator.Builder indicator, Map<String, Rec> single) {
    String kind = in.choice(r, "kind", Sheet.TARGETS.column("kind").orElseThrow().choices(), true);
    Integer year = in.integer(r, "year");
    Object target = in.numberOrAbsence(r, "target");
    BigDecimal low = in.number(r, "low");
    BigDecimal high = in.number(r, "high");
    String printed = in.text(r, "printed");
    if (kind == null || in.full()) {
      return;
    }
    if (!kind.equals(WorkbookFormat.YEARLY)) {
      Rec before = single.putIfAbsent(kind, r);
      if (before != null) {
        in.problem(
            r.where("kind"),
            "a second "
                + kind
                + " target of this indicator (the first is on row "
                + before.row()
                + ")");
        return;
      }
    }
    if (kind.equals(WorkbookFormat.YEARLY) && year == null && !r.has("year")) {
      in.problem(r.where("year"), "expected the year of a Tahunan target, found a blank cell");
      return;
    }
    if (target == null && low == null && high == null && printed != null) {
      // Only the printed text is given: read the target from it ("65%", "N/A").
      PrintedNumber p = in.printed(r, "printed", printed, "a target (a number, or N/A, Nihil, -)");
      if (p == null) {
        return;
      }
      target = p.value().isPresent() ? p.value().get() : p.absence().orElseThrow();
    }
    Object value = target == null && low == null && high == null ? Absence.NOT_REPORTED : target;
    ImmutableTarget.Builder t =
        ImmutableTarget.builder()
            .year(java.util.Optional.ofNullable(year))
            .low(java.util.Optional.ofNullable(low))
            .high(java.util.Optional.ofNullable(high))
            .printed(java.util.Optional.ofNullable(printed));
    if (value instanceof BigDecimal d) {
      t.value(d);
    } else if (value instanceof Absence a) {
      t.absence(a);
    }
    build(r, t::build)
        .ifPresent(
            built -> {
              switch (kind) {
                case WorkbookFormat.PLAN_END -> indicator.planEndTarget(built);
                case WorkbookFormat.NATIONAL_STANDARD -> indicator.nationalStandard(built);
                default -> indicator.addTarget(built);
              }
            });
  }

  private java.util.Optional<org.lkjip.model.Observation> input(Rec r) {
    String name = in.requiredText(r, "name");
    Integer year = in.integer(r, "year");
    Object value = in.numberOrAbsence(r, "value");
    String dataset = stripped(in.text(r, "source.dataset"));
    String row = in.text(r, "source.row");
    String column = in.text(r, "source.column");
    if (name == null || year == null) {
      requireAll(r, "year");
      return java.util.Optional.empty();
    }
    if ((dataset == null) != (row == null) || (dataset == null) != (column == null)) {
      in.problem(
          r.where("source.dataset"),
          "a source needs all three of source.dataset, source.row and source.column, or none");
      return java.util.Optional.empty();
    }
    if (dataset != null && !(ids.containsKey(dataset) && idSheet.get(dataset) == Sheet.DATASETS)) {
      in.problem(
          r.where("source.dataset"),
          "unknown data set '"
              + Records.clip(dataset)
              + "': not an id of sheet "
              + Sheet.DATASETS.sheetName());
      return java.util.Optional.empty();
    }
    ImmutableObservation.Builder o = ImmutableObservation.builder().name(name).year(year);
    valueOrAbsence(value, o::value, o::absence);
    if (dataset != null && row != null && column != null) {
      o.source(ImmutableCellRef.builder().dataset(dataset).row(row).column(column).build());
    }
    return build(r, o::build);
  }

  private void datasets(ImmutableReport.Builder report) {
    Map<String, ImmutableDataset.Builder> sets = new LinkedHashMap<>();
    Map<String, List<String>> columnsOf = new HashMap<>();
    Map<String, String> totalOf = new HashMap<>();
    for (Rec r : rows(Sheet.DATASETS)) {
      String id = id(r, "id");
      String title = in.requiredText(r, "title");
      Integer year = in.integer(r, "year");
      String columns = in.requiredText(r, "columns");
      if (id == null || title == null || columns == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String c :
          columns.split(
              java.util.regex.Pattern.quote(WorkbookFormat.COLUMN_SEPARATOR.strip()), -1)) {
        names.add(c.strip());
      }
      columnsOf.put(id, names);
      String total = in.text(r, "totalRow");
      totalOf.put(id, total == null ? CellRef.TOTAL_ROW : total.strip());
      sets.put(
          id,
          ImmutableDataset.builder()
              .id(id)
              .title(title)
              .year(java.util.Optional.ofNullable(year))
              .addAllColumns(names));
    }
    // rows in order of first appearance; cells placed by column
    Map<String, Map<String, BuiltRow>> rowsOf = new LinkedHashMap<>();
    for (Rec r : rows(Sheet.DATASET_CELLS)) {
      String dataset = stripped(in.requiredText(r, "dataset"));
      String row = in.requiredText(r, "row");
      String column = in.requiredText(r, "column");
      Object value = in.numberOrAbsence(r, "value");
      String printed = in.text(r, "printed");
      if (dataset == null || row == null || column == null) {
        continue;
      }
      List<String> names = columnsOf.get(dataset);
      if (names == null) {
        in.problem(
            r.where("dataset"),
            "unknown data set '"
                + Records.clip(dataset)
                + "': not an id of sheet "
                + Sheet.DATASETS.sheetName());
        continue;
      }
      int c = names.indexOf(column.strip());
      if (c < 0) {
        in.problem(
            r.where("column"),
            "unknown column '"
                + Records.clip(column)
                + "' of data set '"
                + dataset
                + "': its columns are "
                + String.join(", ", names));
        continue;
      }
      BuiltRow br =
          rowsOf
              .computeIfAbsent(dataset, k -> new LinkedHashMap<>())
              .computeIfAbsent(row, k -> new BuiltRow(r, names.size()));
      if (br.cells[c] != null) {
        in.problem(
            r.where("column"),
            "the cell of row '" + Records.clip(row) + "', column '" + column + "' is given twice");
        continue;
      }
      ImmutableCell.Builder cell =
          ImmutableCell.builder().printed(java.util.Optional.ofNullable(printed));
      valueOrAbsence(value == null ? Absence.NOT_REPORTED : value, cell::value, cell::absence);
      br.cells[c] = build(r, cell::build).orElse(null);
    }
    for (Map.Entry<String, ImmutableDataset.Builder> e : sets.entrySet()) {
      ImmutableDataset.Builder d = e.getValue();
      for (Map.Entry<String, BuiltRow> row : rowsOf.getOrDefault(e.getKey(), Map.of()).entrySet()) {
        BuiltRow br = row.getValue();
        List<org.lkjip.model.Cell> cells = new ArrayList<>();
        for (int c = 0; c < br.cells.length; c++) {
          if (br.cells[c] == null) {
            in.problem(
                br.first.where("column"),
                "row '"
                    + Records.clip(row.getKey())
                    + "' of data set '"
                    + e.getKey()
                    + "' has no cell for column '"
                    + columnsOf.get(e.getKey()).get(c)
                    + "'");
          } else {
            cells.add(br.cells[c]);
          }
        }
        if (cells.size() != br.cells.length) {
          continue;
        }
        boolean total = row.getKey().equals(totalOf.get(e.getKey()));
        build(
                br.first,
                () -> ImmutableDatasetRow.builder().label(row.getKey()).addAllCells(cells).build())
            .ifPresent(
                built -> {
                  if (total) {
                    d.total(built);
                  } else {
                    d.addRow(built);
                  }
                });
      }
      build(ids.get(e.getKey()), d::build).ifPresent(report::addDataset);
    }
  }

  /** The cells of one data-set row as they are read. */
  private static final class BuiltRow {
    final Rec first;
    final org.lkjip.model.Cell[] cells; // null entries until read

    BuiltRow(Rec first, int columns) {
      this.first = first;
      this.cells = new org.lkjip.model.Cell[columns];
    }
  }

  private void budget(ImmutableReport.Builder report) {
    Map<String, List<Rec>> quarters = new HashMap<>();
    for (Rec r : rows(Sheet.QUARTERS)) {
      String line = in.requiredText(r, "line");
      if (line != null) {
        quarters.computeIfAbsent(line.strip(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Rec> rows = rows(Sheet.BUDGET);
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
      String id = id(r, "id");
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
      build(at, activity::build).ifPresent(program::addActivity);
    }
  }

  private void closeProgram(
      ImmutableReport.Builder report,
      ImmutableProgram.@Nullable Builder program,
      @Nullable Rec at) {
    if (program != null) {
      build(at, program::build).ifPresent(report::addProgram);
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
      java.util.Optional<org.lkjip.model.Output> out = build(r, o::build);
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
        requireAll(q, "fromQuarter", "toQuarter", "amount");
        continue;
      }
      build(
              q,
              () ->
                  ImmutablePeriodSpending.builder()
                      .fromQuarter(from)
                      .toQuarter(to)
                      .amount(amount)
                      .build())
          .ifPresent(s::addSpendingByPeriod);
    }
    return build(r, s::build);
  }

  private void cascade(ImmutableReport.Builder report) {
    Map<String, ImmutableAlignment.Builder> alignments = new LinkedHashMap<>();
    Map<String, Rec> first = new HashMap<>();
    Map<String, String> tables = new HashMap<>();
    for (Rec r : rows(Sheet.CASCADE)) {
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
        if (ids.containsKey(id)) {
          in.problem(
              r.where("alignment"),
              "the id '" + Records.clip(id) + "' is already used at " + ids.get(id).where());
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
                + first.get(id).row()
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
      if (!(ids.containsKey(objective)
          && idSheet.get(objective) == Sheet.GOALS
          && !isGoal(objective))) {
        in.problem(
            r.where("objective"),
            "unknown objective '"
                + Records.clip(objective)
                + "': not a Sasaran id of sheet "
                + Sheet.GOALS.sheetName());
        continue;
      }
      if (!(ids.containsKey(line) && idSheet.get(line) == Sheet.BUDGET)) {
        in.problem(
            r.where("line"),
            "unknown budget line '"
                + Records.clip(line)
                + "': not an id of sheet "
                + Sheet.BUDGET.sheetName());
        continue;
      }
      ImmutableAlignment.Builder ab = a;
      build(
              r,
              () ->
                  ImmutableAlignmentLink.builder()
                      .objective(objective)
                      .line(line)
                      .share(java.util.Optional.ofNullable(share))
                      .build())
          .ifPresent(ab::addLink);
    }
    alignments.forEach((id, a) -> build(first.get(id), a::build).ifPresent(report::addAlignment));
  }

  private boolean isGoal(String id) {
    Rec r = ids.get(id);
    String level = r == null ? null : in.text(r, "level");
    return level != null && level.strip().equalsIgnoreCase(WorkbookFormat.GOAL);
  }

  private void published(ImmutableReport.Builder report) {
    for (Rec r : rows(Sheet.PUBLISHED)) {
      String table = in.requiredText(r, "table");
      String row = in.requiredText(r, "row");
      String column = in.requiredText(r, "column");
      String printed = in.requiredText(r, "printed");
      BigDecimal value = in.number(r, "value");
      String absence =
          in.choice(r, "absence", Sheet.PUBLISHED.column("absence").orElseThrow().choices(), false);
      String measure =
          in.choice(r, "measure", Sheet.PUBLISHED.column("measure").orElseThrow().choices(), true);
      String subject = in.text(r, "subject");
      Integer year = in.integer(r, "year");
      Integer from = in.integer(r, "fromQuarter");
      Integer to = in.integer(r, "toQuarter");
      if (table == null || row == null || column == null || printed == null || measure == null) {
        continue;
      }
      if (subject != null && !ids.containsKey(subject.strip())) {
        in.problem(
            r.where("subject"),
            "unknown subject '"
                + Records.clip(subject)
                + "': not the id of an indicator, objective or budget line");
        continue;
      }
      ImmutablePublishedFigure.Builder f =
          ImmutablePublishedFigure.builder()
              .table(table)
              .row(row)
              .column(column)
              .printed(printed)
              .measure(Measure.valueOf(measure))
              .subject(java.util.Optional.ofNullable(subject == null ? null : subject.strip()))
              .year(java.util.Optional.ofNullable(year))
              .fromQuarter(java.util.Optional.ofNullable(from))
              .toQuarter(java.util.Optional.ofNullable(to));
      if (value != null) {
        f.value(value);
      }
      if (absence != null) {
        f.absence(absenceOf(absence));
      }
      if (value == null && absence == null && !r.has("value")) {
        derive(r, printed, f);
      }
      figureCells.add(r.where("printed"));
      build(r, f::build).ifPresent(report::addPublished);
    }
  }

  /** Value or absence read from the printed text, when it is a number or an absence word. */
  private void derive(Rec r, String printed, ImmutablePublishedFigure.Builder f) {
    try {
      PrintedNumber p = org.lkjip.io.IndonesianNumbers.parse(printed);
      if (p.value().isPresent()) {
        f.value(p.value().get());
      } else if (p.absence().isPresent() && p.absence().get() != Absence.NOT_REPORTED) {
        f.absence(p.absence().get());
      }
    } catch (org.lkjip.io.PrintedNumberException e) {
      if (readsUnderAConvention(printed)) {
        in.problem(
            r.where("value"),
            "the printed \""
                + Records.clip(printed)
                + "\" could be read two ways ("
                + e.reason()
                + "): type its number in 'value'");
      }
      // otherwise a text such as a grade ("Sangat Baik"): no value
    }
  }

  /** Whether a text that does not parse on its own is a number once a convention is chosen. */
  private static boolean readsUnderAConvention(String printed) {
    for (org.lkjip.io.IndonesianNumbers.Convention c :
        org.lkjip.io.IndonesianNumbers.Convention.values()) {
      try {
        org.lkjip.io.IndonesianNumbers.parse(printed, c);
        return true;
      } catch (org.lkjip.io.PrintedNumberException notUnderThisOne) {
        // try the other
      }
    }
    return false;
  }

  private static Absence absenceOf(String word) {
    for (Absence a : Absence.values()) {
      if (WorkbookFormat.absenceWord(a).equals(word)) {
        return a;
      }
    }
    throw new IllegalStateException("bug: no absence for " + word);
  }

  private static void valueOrAbsence(
      @Nullable Object value,
      java.util.function.Consumer<BigDecimal> onValue,
      java.util.function.Consumer<Absence> onAbsence) {
    if (value instanceof BigDecimal d) {
      onValue.accept(d);
    } else if (value instanceof Absence a) {
      onAbsence.accept(a);
    } else {
      onAbsence.accept(Absence.NOT_REPORTED);
    }
  }

  /** Ids and references are compared without surrounding blanks. */
  private static @Nullable String stripped(@Nullable String s) {
    return s == null ? null : s.strip();
  }

  /** A required id, checked unique across the report. */
  private @Nullable String id(Rec r, String key) {
    String id = in.requiredText(r, key);
    if (id == null) {
      return null;
    }
    String s = id.strip();
    Rec before = ids.putIfAbsent(s, r);
    if (before != null) {
      in.problem(
          r.where(key), "the id '" + Records.clip(s) + "' is already used at " + before.where(key));
      return null;
    }
    idSheet.put(s, r.sheet());
    return s;
  }

  private void requireAll(Rec r, String... keys) {
    for (String k : keys) {
      if (!r.has(k)) {
        in.problem(
            r.where(k), "expected " + Records.describe(r.sheet(), k) + ", found a blank cell");
      }
    }
  }

  /** Builds one element; a value the model refuses becomes a problem at {@code at}'s row. */
  private <T> java.util.Optional<T> build(@Nullable Rec at, Supplier<T> builder) {
    try {
      return java.util.Optional.of(builder.get());
    } catch (RuntimeException e) {
      in.problem(at == null ? "" : at.where(), Workbooks.oneLine(e));
      return java.util.Optional.empty();
    }
  }
}
