package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.Absence;
import org.lkjip.model.Activity;
import org.lkjip.model.Alignment;
import org.lkjip.model.AlignmentLink;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.Cell;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Goal;
import org.lkjip.model.Indicator;
import org.lkjip.model.Objective;
import org.lkjip.model.Observation;
import org.lkjip.model.Output;
import org.lkjip.model.PeriodSpending;
import org.lkjip.model.Program;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.model.StrategicPlan;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;
import org.lkjip.xlsx.WorkbookFormat.Field;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * A report as the rows of each sheet of {@code lkjip-workbook/1}: for every row, the value of each
 * column key ({@link String}, {@link BigDecimal}, {@link Integer}, {@link Boolean} or {@link
 * Absence}); a key that is not in the map is a blank cell. The inverse is {@link ReportAssembler}.
 */
final class ReportRows {
  /** One row: column key → value. */
  static final class Row {
    private final Map<String, Object> values = new LinkedHashMap<>();

    Row put(String key, @Nullable Object value) {
      if (value != null) {
        values.put(key, value);
      }
      return this;
    }

    Row put(String key, Optional<?> value) {
      value.ifPresent(v -> values.put(key, v));
      return this;
    }

    @Nullable Object get(String key) {
      return values.get(key);
    }
  }

  private ReportRows() {}

  /** The rows of {@code sheet} for {@code report}, in the report's order. */
  static List<Row> of(Report report, Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    switch (sheet) {
      case IDENTITY -> identity(report, rows);
      case PLANS -> {
        for (StrategicPlan p : report.plans()) {
          rows.add(
              new Row()
                  .put("id", p.id())
                  .put("name", p.name())
                  .put("startYear", p.startYear())
                  .put("endYear", p.endYear())
                  .put("decree", p.decree()));
        }
      }
      case SCALE ->
          report
              .statedScale()
              .ifPresent(
                  s -> {
                    for (Band b : s.bands()) {
                      Row r = new Row().put("label", b.label());
                      b.lower().ifPresent(l -> bound(r, "lower", l));
                      b.upper().ifPresent(u -> bound(r, "upper", u));
                      rows.add(r);
                    }
                  });
      case GOALS -> {
        for (Goal g : report.goals()) {
          rows.add(
              new Row().put("level", WorkbookFormat.GOAL).put("id", g.id()).put("name", g.name()));
          for (Objective o : g.objectives()) {
            rows.add(
                new Row()
                    .put("level", WorkbookFormat.OBJECTIVE)
                    .put("id", o.id())
                    .put("name", o.name()));
          }
        }
      }
      case INDICATORS -> {
        for (Objective o : report.objectives()) {
          for (Indicator i : o.indicators()) {
            rows.add(indicator(i).put("objective", o.id()));
          }
        }
        for (StrategicPlan p : report.plans()) {
          for (Indicator i : p.indicators()) {
            rows.add(indicator(i).put("plan", p.id()));
          }
        }
      }
      case TARGETS -> {
        for (Indicator i : allIndicators(report)) {
          for (Target t : i.targets()) {
            rows.add(target(i, WorkbookFormat.YEARLY, t));
          }
          i.planEndTarget().ifPresent(t -> rows.add(target(i, WorkbookFormat.PLAN_END, t)));
          i.nationalStandard()
              .ifPresent(t -> rows.add(target(i, WorkbookFormat.NATIONAL_STANDARD, t)));
        }
      }
      case INPUTS -> {
        for (Indicator i : allIndicators(report)) {
          for (Observation o : i.inputs()) {
            Row r =
                new Row()
                    .put("indicator", i.id())
                    .put("name", o.name())
                    .put("year", o.year())
                    .put("value", valueOrAbsence(o.value(), o.absence()));
            o.source()
                .ifPresent(
                    s ->
                        r.put("source.dataset", s.dataset())
                            .put("source.row", s.row())
                            .put("source.column", s.column()));
            rows.add(r);
          }
        }
      }
      case BUDGET -> budget(report, rows);
      case QUARTERS -> {
        for (SubActivity s : report.subActivities()) {
          for (PeriodSpending p : s.spendingByPeriod()) {
            rows.add(
                new Row()
                    .put("line", s.id())
                    .put("fromQuarter", p.fromQuarter())
                    .put("toQuarter", p.toQuarter())
                    .put("amount", p.amount()));
          }
        }
      }
      case CASCADE -> {
        for (Alignment a : report.alignments()) {
          if (a.links().isEmpty()) {
            rows.add(new Row().put("alignment", a.id()).put("table", a.table()));
          }
          for (AlignmentLink l : a.links()) {
            rows.add(
                new Row()
                    .put("alignment", a.id())
                    .put("table", a.table())
                    .put("objective", l.objective())
                    .put("line", l.line())
                    .put("share", l.share()));
          }
        }
      }
      case DATASETS -> {
        for (Dataset d : report.datasets()) {
          rows.add(
              new Row()
                  .put("id", d.id())
                  .put("title", d.title())
                  .put("year", d.year())
                  .put("columns", String.join(WorkbookFormat.COLUMN_SEPARATOR, d.columns()))
                  .put("totalRow", d.total().map(DatasetRow::label)));
        }
      }
      case DATASET_CELLS -> {
        for (Dataset d : report.datasets()) {
          for (DatasetRow row : d.rows()) {
            cells(d, row.label(), row, rows);
          }
          d.total().ifPresent(t -> cells(d, t.label(), t, rows));
        }
      }
      case PUBLISHED -> {
        for (PublishedFigure f : report.published()) {
          rows.add(
              new Row()
                  .put("table", f.table())
                  .put("row", f.row())
                  .put("column", f.column())
                  .put("printed", f.printed())
                  .put("value", f.value())
                  .put("absence", f.absence().map(WorkbookFormat::absenceWord))
                  .put("measure", f.measure().name())
                  .put("subject", f.subject())
                  .put("year", f.year())
                  .put("fromQuarter", f.fromQuarter())
                  .put("toQuarter", f.toQuarter()));
        }
      }
    }
    return rows;
  }

  private static void identity(Report report, List<Row> rows) {
    for (Field f : Field.values()) {
      Object value =
          switch (f) {
            case FORMAT -> WorkbookFormat.FORMAT;
            case AGENCY_NAME -> report.agency().name();
            case AGENCY_REGION -> report.agency().region().orElse(null);
            case AGENCY_PROVINCE -> report.agency().province().orElse(null);
            case FISCAL_YEAR -> report.fiscalYear();
            case TITLE -> report.title().orElse(null);
            case RULE_SET -> report.ruleSet().orElse(null);
            case SCALE_ID -> report.statedScale().map(s -> s.id()).orElse(null);
            case SCALE_NAME -> report.statedScale().map(s -> s.name()).orElse(null);
            case SCALE_SOURCE -> report.statedScale().flatMap(s -> s.source()).orElse(null);
            case SCALE_CONFIDENCE -> report.statedScale().flatMap(s -> s.confidence()).orElse(null);
          };
      rows.add(new Row().put("field", f.key()).put("value", value));
    }
  }

  private static void bound(Row r, String prefix, Bound b) {
    r.put(prefix, b.value()).put(prefix + "Inclusive", b.inclusive());
  }

  private static List<Indicator> allIndicators(Report report) {
    List<Indicator> all = new ArrayList<>(report.indicators());
    report.plans().forEach(p -> all.addAll(p.indicators()));
    return all;
  }

  private static Row indicator(Indicator i) {
    return new Row()
        .put("id", i.id())
        .put("name", i.name())
        .put("unit", i.unit())
        .put("polarity", i.polarity().name())
        .put("formula", i.formula())
        .put("formulaText", i.formulaText())
        .put("dataSource", i.dataSource());
  }

  private static Row target(Indicator i, String kind, Target t) {
    return new Row()
        .put("indicator", i.id())
        .put("kind", kind)
        .put("year", t.year())
        .put("target", valueOrAbsence(t.value(), t.absence()))
        .put("low", t.low())
        .put("high", t.high())
        .put("printed", t.printed());
  }

  private static @Nullable Object valueOrAbsence(
      Optional<BigDecimal> value, Optional<Absence> absence) {
    if (value.isPresent()) {
      return value.get();
    }
    return absence.orElse(null);
  }

  private static void budget(Report report, List<Row> rows) {
    for (Program p : report.programs()) {
      rows.add(
          new Row()
              .put("level", WorkbookFormat.PROGRAM)
              .put("id", p.id())
              .put("code", p.code())
              .put("name", p.name())
              .put("outcome", p.outcome()));
      for (Activity a : p.activities()) {
        rows.add(
            new Row()
                .put("level", WorkbookFormat.ACTIVITY)
                .put("id", a.id())
                .put("code", a.code())
                .put("name", a.name()));
        for (SubActivity s : a.subActivities()) {
          Row r =
              new Row()
                  .put("level", WorkbookFormat.SUB_ACTIVITY)
                  .put("id", s.id())
                  .put("code", s.code())
                  .put("name", s.name())
                  .put("budget", s.budget())
                  .put("spending", s.spending())
                  .put("physicalProgress", s.physicalProgress());
          s.output().ifPresent(o -> output(r, o));
          rows.add(r);
        }
      }
    }
  }

  private static void output(Row r, Output o) {
    r.put("output.indicator", o.indicator())
        .put("output.target", o.target().amount())
        .put("output.targetUnit", o.target().unit());
    o.actual()
        .ifPresent(a -> r.put("output.actual", a.amount()).put("output.actualUnit", a.unit()));
  }

  private static void cells(Dataset d, String label, DatasetRow row, List<Row> rows) {
    for (int c = 0; c < d.columns().size(); c++) {
      Cell cell = row.cells().get(c);
      rows.add(
          new Row()
              .put("dataset", d.id())
              .put("row", label)
              .put("column", d.columns().get(c))
              .put("value", valueOrAbsence(cell.value(), cell.absence()))
              .put("printed", cell.printed()));
    }
  }
}
