package org.lkjip.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.Absence;
import org.lkjip.model.Activity;
import org.lkjip.model.Agency;
import org.lkjip.model.Alignment;
import org.lkjip.model.AlignmentLink;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.Cell;
import org.lkjip.model.CellRef;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Goal;
import org.lkjip.model.GradingScale;
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
import org.lkjip.model.Objective;
import org.lkjip.model.Observation;
import org.lkjip.model.Output;
import org.lkjip.model.PeriodSpending;
import org.lkjip.model.Polarity;
import org.lkjip.model.Program;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.StrategicPlan;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;

/**
 * The fast path of {@link ReportReader}: binds an {@code lkjip-report/1} document in one pass of a
 * {@link JsonParser} straight into the model's builders, without databind or reflection.
 *
 * <p>It accepts a subset of what the strict reader accepts and nothing more: the same envelope, the
 * same property names, no property twice in an object, the same limits (the parser comes from
 * {@link LkjipJson#mapper()}, which enforces the stream limits; the counts of {@link
 * Limits#MAX_INDICATORS} and {@link Limits#MAX_BUDGET_LINES} are checked here), and exactly the
 * strictness of the databind configuration: strings only from JSON strings, integers only from JSON
 * integers in the {@code int} range, decimals only from JSON numbers with the scale rule of {@link
 * LkjipJson.StrictDecimalDeserializer}, enum values only by their exact names, booleans only from
 * {@code true} and {@code false}, never {@code null}, and absent properties left to the builder as
 * the generated {@code fromJson} leaves them. The model's invariants run as the builders build.
 *
 * <p>It never reports an error: on anything unexpected it <em>declines</em>, and the reader runs
 * the strict path, which produces its usual located error (or, in a rare case the fast path does
 * not handle, the report). A test compares both paths on every document the project has.
 */
final class ReportBinder {
  /**
   * The JSON property names each model type is bound from, as the binder's methods handle them; a
   * test compares them with the names Jackson gives the model's types, so that a property added to
   * the model cannot be missed here.
   */
  static final Map<Class<?>, List<String>> PROPERTIES =
      Map.ofEntries(
          Map.entry(
              Report.class,
              List.of(
                  "agency",
                  "fiscalYear",
                  "title",
                  "plans",
                  "statedScale",
                  "ruleSet",
                  "goals",
                  "programs",
                  "alignments",
                  "datasets",
                  "published")),
          Map.entry(Agency.class, List.of("name", "region", "province")),
          Map.entry(
              StrategicPlan.class,
              List.of("id", "name", "startYear", "endYear", "decree", "indicators")),
          Map.entry(GradingScale.class, List.of("id", "name", "source", "confidence", "bands")),
          Map.entry(Band.class, List.of("label", "lower", "upper")),
          Map.entry(Bound.class, List.of("value", "inclusive")),
          Map.entry(Goal.class, List.of("id", "name", "objectives")),
          Map.entry(Objective.class, List.of("id", "name", "indicators")),
          Map.entry(
              Indicator.class,
              List.of(
                  "id",
                  "name",
                  "unit",
                  "polarity",
                  "formula",
                  "formulaText",
                  "inputs",
                  "targets",
                  "planEndTarget",
                  "nationalStandard",
                  "dataSource")),
          Map.entry(Observation.class, List.of("name", "year", "value", "absence", "source")),
          Map.entry(CellRef.class, List.of("dataset", "row", "column")),
          Map.entry(Target.class, List.of("year", "value", "low", "high", "absence", "printed")),
          Map.entry(Program.class, List.of("id", "code", "name", "outcome", "activities")),
          Map.entry(Activity.class, List.of("id", "code", "name", "subActivities")),
          Map.entry(
              SubActivity.class,
              List.of(
                  "id",
                  "code",
                  "name",
                  "output",
                  "budget",
                  "spending",
                  "spendingByPeriod",
                  "physicalProgress")),
          Map.entry(Output.class, List.of("indicator", "target", "actual")),
          Map.entry(Quantity.class, List.of("amount", "unit")),
          Map.entry(PeriodSpending.class, List.of("fromQuarter", "toQuarter", "amount")),
          Map.entry(Alignment.class, List.of("id", "table", "links")),
          Map.entry(AlignmentLink.class, List.of("objective", "line", "share")),
          Map.entry(Dataset.class, List.of("id", "title", "year", "columns", "rows", "total")),
          Map.entry(DatasetRow.class, List.of("label", "cells")),
          Map.entry(Cell.class, List.of("value", "absence", "printed")),
          Map.entry(
              PublishedFigure.class,
              List.of(
                  "table",
                  "row",
                  "column",
                  "printed",
                  "value",
                  "absence",
                  "measure",
                  "subject",
                  "year",
                  "fromQuarter",
                  "toQuarter")));

  /** The enum types the binder reads by exact constant name. */
  static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(Polarity.class, Absence.class, Measure.class);

  /**
   * Parsers of the shared mapper without the parser's duplicate detection, which costs a hash set
   * per object: every object method here refuses a repeated property itself ({@code once}), and
   * refuses every property it does not know.
   */
  private static final ObjectReader PARSERS =
      LkjipJson.mapper().reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  /** A UTF-8 byte order mark. */
  private static final byte BOM_1 = (byte) 0xEF;

  private static final byte BOM_2 = (byte) 0xBB;
  private static final byte BOM_3 = (byte) 0xBF;

  private ReportBinder() {}

  /**
   * What the fast path made of a document: a report, or why it declined.
   *
   * @param report the report, or null when the fast path declined
   * @param declined why it declined, or null when it read a report
   */
  record Outcome(@Nullable Report report, @Nullable String declined) {
    static Outcome of(Report report) {
      return new Outcome(report, null);
    }

    static Outcome decline(String why) {
      return new Outcome(null, why);
    }
  }

  /**
   * Binds a document given as UTF-8 bytes, as {@link ReportReader#read(String, byte[])} would read
   * it after decoding. Bytes that are not strict UTF-8, or whose encoding Jackson could take for
   * another one, are declined, so that the decoder reports them.
   */
  static Outcome bind(byte[] json) {
    int from = 0;
    int length = json.length;
    // The strict path decodes with the JDK and drops one leading byte order mark.
    if (length >= 3 && json[0] == BOM_1 && json[1] == BOM_2 && json[2] == BOM_3) {
      from = 3;
    }
    if (length - from < 4) {
      return Outcome.decline("shorter than any report");
    }
    // Jackson detects UTF-16 and UTF-32 from zero bytes and byte order marks in the first four
    // bytes, where the strict path decodes UTF-8 whatever they are: only plain UTF-8 goes on.
    for (int i = from; i < from + 4; i++) {
      if (json[i] == 0) {
        return Outcome.decline("a zero byte among the first four");
      }
    }
    if (json[from] == BOM_1 && json[from + 1] == BOM_2 && json[from + 2] == BOM_3) {
      return Outcome.decline("a second byte order mark");
    }
    if (!StrictUtf8.isWellFormed(json, from, length)) {
      return Outcome.decline("not well-formed UTF-8");
    }
    try (JsonParser p = PARSERS.createParser(json, from, length - from)) {
      return Outcome.of(new Binding(p).document());
    } catch (RuntimeException e) {
      return Outcome.decline(reason(e));
    }
  }

  /** Binds a document given as text, as {@link ReportReader#read(String, String)} would. */
  static Outcome bind(String json) {
    if (json.startsWith("\uFEFF")) {
      return Outcome.decline("a byte order mark in text");
    }
    try (JsonParser p = PARSERS.createParser(json)) {
      return Outcome.of(new Binding(p).document());
    } catch (RuntimeException e) {
      return Outcome.decline(reason(e));
    }
  }

  private static String reason(RuntimeException e) {
    return e instanceof Decline d ? d.reason : e.toString();
  }

  /** Why the fast path gives up on a document; cheap, as it carries no stack trace. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    Decline(String reason) {
      super(reason, null, false, false);
      this.reason = reason;
    }
  }

  /**
   * One binding: the parser and the counts of limited elements. One method per model type, each
   * called with the parser on the type's {@code START_OBJECT} and returning with it on the matching
   * {@code END_OBJECT}. Recursion follows the model's fixed shape, never the input's nesting.
   */
  private static final class Binding {
    private final JsonParser p;
    private int indicators;
    private int budgetLines;

    Binding(JsonParser p) {
      this.p = p;
    }

    /** The envelope, then nothing after it. */
    Report document() {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new Decline("the document is not an object");
      }
      boolean formatSeen = false;
      Report report = null;
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "format" -> {
            seen = once(seen, 0);
            if (!ReportReader.FORMAT.equals(string(t))) {
              throw new Decline("not format " + ReportReader.FORMAT);
            }
            formatSeen = true;
          }
          case "report" -> {
            seen = once(seen, 1);
            expect(t, JsonToken.START_OBJECT);
            report = report();
          }
          default -> throw unknown("the envelope", name);
        }
      }
      endObject();
      if (!formatSeen || report == null) {
        throw new Decline("the envelope lacks 'format' or 'report'");
      }
      if (p.nextToken() != null) {
        throw new Decline("content after the document");
      }
      return report;
    }

    private Report report() {
      ImmutableReport.Builder b = ImmutableReport.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "agency" -> {
            seen = once(seen, 0);
            b.agency(agency(t));
          }
          case "fiscalYear" -> {
            seen = once(seen, 1);
            b.fiscalYear(integer(t));
          }
          case "title" -> {
            seen = once(seen, 2);
            b.title(string(t));
          }
          case "plans" -> {
            seen = once(seen, 3);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addPlan(plan(t));
            }
          }
          case "statedScale" -> {
            seen = once(seen, 4);
            b.statedScale(scale(t));
          }
          case "ruleSet" -> {
            seen = once(seen, 5);
            b.ruleSet(string(t));
          }
          case "goals" -> {
            seen = once(seen, 6);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addGoal(goal(t));
            }
          }
          case "programs" -> {
            seen = once(seen, 7);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countBudgetLine();
              b.addProgram(program(t));
            }
          }
          case "alignments" -> {
            seen = once(seen, 8);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addAlignment(alignment(t));
            }
          }
          case "datasets" -> {
            seen = once(seen, 9);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addDataset(dataset(t));
            }
          }
          case "published" -> {
            seen = once(seen, 10);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addPublished(published(t));
            }
          }
          default -> throw unknown("Report", name);
        }
      }
      endObject();
      return b.build();
    }

    private Agency agency(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableAgency.Builder b = ImmutableAgency.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "name" -> {
            seen = once(seen, 0);
            b.name(string(t));
          }
          case "region" -> {
            seen = once(seen, 1);
            b.region(string(t));
          }
          case "province" -> {
            seen = once(seen, 2);
            b.province(string(t));
          }
          default -> throw unknown("Agency", name);
        }
      }
      endObject();
      return b.build();
    }

    private StrategicPlan plan(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableStrategicPlan.Builder b = ImmutableStrategicPlan.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "name" -> {
            seen = once(seen, 1);
            b.name(string(t));
          }
          case "startYear" -> {
            seen = once(seen, 2);
            b.startYear(integer(t));
          }
          case "endYear" -> {
            seen = once(seen, 3);
            b.endYear(integer(t));
          }
          case "decree" -> {
            seen = once(seen, 4);
            b.decree(string(t));
          }
          case "indicators" -> {
            seen = once(seen, 5);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countIndicator();
              b.addIndicator(indicator(t));
            }
          }
          default -> throw unknown("StrategicPlan", name);
        }
      }
      endObject();
      return b.build();
    }

    private GradingScale scale(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableGradingScale.Builder b = ImmutableGradingScale.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "name" -> {
            seen = once(seen, 1);
            b.name(string(t));
          }
          case "source" -> {
            seen = once(seen, 2);
            b.source(string(t));
          }
          case "confidence" -> {
            seen = once(seen, 3);
            b.confidence(string(t));
          }
          case "bands" -> {
            seen = once(seen, 4);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addBand(band(t));
            }
          }
          default -> throw unknown("GradingScale", name);
        }
      }
      endObject();
      return b.build();
    }

    private Band band(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableBand.Builder b = ImmutableBand.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "label" -> {
            seen = once(seen, 0);
            b.label(string(t));
          }
          case "lower" -> {
            seen = once(seen, 1);
            b.lower(bound(t));
          }
          case "upper" -> {
            seen = once(seen, 2);
            b.upper(bound(t));
          }
          default -> throw unknown("Band", name);
        }
      }
      endObject();
      return b.build();
    }

    private Bound bound(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableBound.Builder b = ImmutableBound.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "value" -> {
            seen = once(seen, 0);
            b.value(decimal(t));
          }
          case "inclusive" -> {
            seen = once(seen, 1);
            b.inclusive(bool(t));
          }
          default -> throw unknown("Bound", name);
        }
      }
      endObject();
      return b.build();
    }

    private Goal goal(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableGoal.Builder b = ImmutableGoal.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "name" -> {
            seen = once(seen, 1);
            b.name(string(t));
          }
          case "objectives" -> {
            seen = once(seen, 2);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addObjective(objective(t));
            }
          }
          default -> throw unknown("Goal", name);
        }
      }
      endObject();
      return b.build();
    }

    private Objective objective(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableObjective.Builder b = ImmutableObjective.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "name" -> {
            seen = once(seen, 1);
            b.name(string(t));
          }
          case "indicators" -> {
            seen = once(seen, 2);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countIndicator();
              b.addIndicator(indicator(t));
            }
          }
          default -> throw unknown("Objective", name);
        }
      }
      endObject();
      return b.build();
    }

    private Indicator indicator(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableIndicator.Builder b = ImmutableIndicator.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "name" -> {
            seen = once(seen, 1);
            b.name(string(t));
          }
          case "unit" -> {
            seen = once(seen, 2);
            b.unit(string(t));
          }
          case "polarity" -> {
            seen = once(seen, 3);
            b.polarity(polarity(t));
          }
          case "formula" -> {
            seen = once(seen, 4);
            b.formula(string(t));
          }
          case "formulaText" -> {
            seen = once(seen, 5);
            b.formulaText(string(t));
          }
          case "inputs" -> {
            seen = once(seen, 6);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addInput(observation(t));
            }
          }
          case "targets" -> {
            seen = once(seen, 7);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addTarget(target(t));
            }
          }
          case "planEndTarget" -> {
            seen = once(seen, 8);
            b.planEndTarget(target(t));
          }
          case "nationalStandard" -> {
            seen = once(seen, 9);
            b.nationalStandard(target(t));
          }
          case "dataSource" -> {
            seen = once(seen, 10);
            b.dataSource(string(t));
          }
          default -> throw unknown("Indicator", name);
        }
      }
      endObject();
      return b.build();
    }

    private Observation observation(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableObservation.Builder b = ImmutableObservation.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "name" -> {
            seen = once(seen, 0);
            b.name(string(t));
          }
          case "year" -> {
            seen = once(seen, 1);
            b.year(integer(t));
          }
          case "value" -> {
            seen = once(seen, 2);
            b.value(decimal(t));
          }
          case "absence" -> {
            seen = once(seen, 3);
            b.absence(absence(t));
          }
          case "source" -> {
            seen = once(seen, 4);
            b.source(cellRef(t));
          }
          default -> throw unknown("Observation", name);
        }
      }
      endObject();
      return b.build();
    }

    private CellRef cellRef(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableCellRef.Builder b = ImmutableCellRef.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "dataset" -> {
            seen = once(seen, 0);
            b.dataset(string(t));
          }
          case "row" -> {
            seen = once(seen, 1);
            b.row(string(t));
          }
          case "column" -> {
            seen = once(seen, 2);
            b.column(string(t));
          }
          default -> throw unknown("CellRef", name);
        }
      }
      endObject();
      return b.build();
    }

    private Target target(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableTarget.Builder b = ImmutableTarget.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "year" -> {
            seen = once(seen, 0);
            b.year(integer(t));
          }
          case "value" -> {
            seen = once(seen, 1);
            b.value(decimal(t));
          }
          case "low" -> {
            seen = once(seen, 2);
            b.low(decimal(t));
          }
          case "high" -> {
            seen = once(seen, 3);
            b.high(decimal(t));
          }
          case "absence" -> {
            seen = once(seen, 4);
            b.absence(absence(t));
          }
          case "printed" -> {
            seen = once(seen, 5);
            b.printed(string(t));
          }
          default -> throw unknown("Target", name);
        }
      }
      endObject();
      return b.build();
    }

    private Program program(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableProgram.Builder b = ImmutableProgram.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "code" -> {
            seen = once(seen, 1);
            b.code(string(t));
          }
          case "name" -> {
            seen = once(seen, 2);
            b.name(string(t));
          }
          case "outcome" -> {
            seen = once(seen, 3);
            b.outcome(string(t));
          }
          case "activities" -> {
            seen = once(seen, 4);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countBudgetLine();
              b.addActivity(activity(t));
            }
          }
          default -> throw unknown("Program", name);
        }
      }
      endObject();
      return b.build();
    }

    private Activity activity(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableActivity.Builder b = ImmutableActivity.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "code" -> {
            seen = once(seen, 1);
            b.code(string(t));
          }
          case "name" -> {
            seen = once(seen, 2);
            b.name(string(t));
          }
          case "subActivities" -> {
            seen = once(seen, 3);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countBudgetLine();
              b.addSubActivity(subActivity(t));
            }
          }
          default -> throw unknown("Activity", name);
        }
      }
      endObject();
      return b.build();
    }

    private SubActivity subActivity(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableSubActivity.Builder b = ImmutableSubActivity.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "code" -> {
            seen = once(seen, 1);
            b.code(string(t));
          }
          case "name" -> {
            seen = once(seen, 2);
            b.name(string(t));
          }
          case "output" -> {
            seen = once(seen, 3);
            b.output(output(t));
          }
          case "budget" -> {
            seen = once(seen, 4);
            b.budget(decimal(t));
          }
          case "spending" -> {
            seen = once(seen, 5);
            b.spending(decimal(t));
          }
          case "spendingByPeriod" -> {
            seen = once(seen, 6);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addSpendingByPeriod(periodSpending(t));
            }
          }
          case "physicalProgress" -> {
            seen = once(seen, 7);
            b.physicalProgress(decimal(t));
          }
          default -> throw unknown("SubActivity", name);
        }
      }
      endObject();
      return b.build();
    }

    private Output output(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableOutput.Builder b = ImmutableOutput.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "indicator" -> {
            seen = once(seen, 0);
            b.indicator(string(t));
          }
          case "target" -> {
            seen = once(seen, 1);
            b.target(quantity(t));
          }
          case "actual" -> {
            seen = once(seen, 2);
            b.actual(quantity(t));
          }
          default -> throw unknown("Output", name);
        }
      }
      endObject();
      return b.build();
    }

    private Quantity quantity(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableQuantity.Builder b = ImmutableQuantity.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "amount" -> {
            seen = once(seen, 0);
            b.amount(decimal(t));
          }
          case "unit" -> {
            seen = once(seen, 1);
            b.unit(string(t));
          }
          default -> throw unknown("Quantity", name);
        }
      }
      endObject();
      return b.build();
    }

    private PeriodSpending periodSpending(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutablePeriodSpending.Builder b = ImmutablePeriodSpending.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "fromQuarter" -> {
            seen = once(seen, 0);
            b.fromQuarter(integer(t));
          }
          case "toQuarter" -> {
            seen = once(seen, 1);
            b.toQuarter(integer(t));
          }
          case "amount" -> {
            seen = once(seen, 2);
            b.amount(decimal(t));
          }
          default -> throw unknown("PeriodSpending", name);
        }
      }
      endObject();
      return b.build();
    }

    private Alignment alignment(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableAlignment.Builder b = ImmutableAlignment.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "table" -> {
            seen = once(seen, 1);
            b.table(string(t));
          }
          case "links" -> {
            seen = once(seen, 2);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addLink(link(t));
            }
          }
          default -> throw unknown("Alignment", name);
        }
      }
      endObject();
      return b.build();
    }

    private AlignmentLink link(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableAlignmentLink.Builder b = ImmutableAlignmentLink.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "objective" -> {
            seen = once(seen, 0);
            b.objective(string(t));
          }
          case "line" -> {
            seen = once(seen, 1);
            b.line(string(t));
          }
          case "share" -> {
            seen = once(seen, 2);
            b.share(decimal(t));
          }
          default -> throw unknown("AlignmentLink", name);
        }
      }
      endObject();
      return b.build();
    }

    private Dataset dataset(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableDataset.Builder b = ImmutableDataset.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0);
            b.id(string(t));
          }
          case "title" -> {
            seen = once(seen, 1);
            b.title(string(t));
          }
          case "year" -> {
            seen = once(seen, 2);
            b.year(integer(t));
          }
          case "columns" -> {
            seen = once(seen, 3);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addColumn(string(t));
            }
          }
          case "rows" -> {
            seen = once(seen, 4);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addRow(row(t));
            }
          }
          case "total" -> {
            seen = once(seen, 5);
            b.total(row(t));
          }
          default -> throw unknown("Dataset", name);
        }
      }
      endObject();
      return b.build();
    }

    private DatasetRow row(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableDatasetRow.Builder b = ImmutableDatasetRow.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "label" -> {
            seen = once(seen, 0);
            b.label(string(t));
          }
          case "cells" -> {
            seen = once(seen, 1);
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addCell(cell(t));
            }
          }
          default -> throw unknown("DatasetRow", name);
        }
      }
      endObject();
      return b.build();
    }

    private Cell cell(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableCell.Builder b = ImmutableCell.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "value" -> {
            seen = once(seen, 0);
            b.value(decimal(t));
          }
          case "absence" -> {
            seen = once(seen, 1);
            b.absence(absence(t));
          }
          case "printed" -> {
            seen = once(seen, 2);
            b.printed(string(t));
          }
          default -> throw unknown("Cell", name);
        }
      }
      endObject();
      return b.build();
    }

    private PublishedFigure published(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutablePublishedFigure.Builder b = ImmutablePublishedFigure.builder();
      int seen = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "table" -> {
            seen = once(seen, 0);
            b.table(string(t));
          }
          case "row" -> {
            seen = once(seen, 1);
            b.row(string(t));
          }
          case "column" -> {
            seen = once(seen, 2);
            b.column(string(t));
          }
          case "printed" -> {
            seen = once(seen, 3);
            b.printed(string(t));
          }
          case "value" -> {
            seen = once(seen, 4);
            b.value(decimal(t));
          }
          case "absence" -> {
            seen = once(seen, 5);
            b.absence(absence(t));
          }
          case "measure" -> {
            seen = once(seen, 6);
            b.measure(measure(t));
          }
          case "subject" -> {
            seen = once(seen, 7);
            b.subject(string(t));
          }
          case "year" -> {
            seen = once(seen, 8);
            b.year(integer(t));
          }
          case "fromQuarter" -> {
            seen = once(seen, 9);
            b.fromQuarter(integer(t));
          }
          case "toQuarter" -> {
            seen = once(seen, 10);
            b.toQuarter(integer(t));
          }
          default -> throw unknown("PublishedFigure", name);
        }
      }
      endObject();
      return b.build();
    }

    // --- Scalars, with the strictness of LkjipJson's databind configuration. ---

    /** A string, from a JSON string only (no coercion from numbers or booleans, no null). */
    private String string(JsonToken t) {
      expect(t, JsonToken.VALUE_STRING);
      return p.getString();
    }

    /**
     * An {@code int}, from a JSON integer in range only (no fraction, no exponent, no string); the
     * parser refuses a value outside the {@code int} range, as databind does.
     */
    private int integer(JsonToken t) {
      expect(t, JsonToken.VALUE_NUMBER_INT);
      return p.getIntValue();
    }

    /** A boolean, from {@code true} or {@code false} only. */
    private boolean bool(JsonToken t) {
      if (t == JsonToken.VALUE_TRUE) {
        return true;
      }
      if (t == JsonToken.VALUE_FALSE) {
        return false;
      }
      throw new Decline("expected a boolean, found " + t);
    }

    /**
     * A decimal, exactly as {@link LkjipJson.StrictDecimalDeserializer} reads it: from a JSON
     * number only, its scale magnitude at most {@link Limits#MAX_DECIMAL_SCALE}, a negative scale
     * made 0.
     */
    private BigDecimal decimal(JsonToken t) {
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new Decline("expected a number, found " + t);
      }
      BigDecimal v = p.getDecimalValue();
      if (Math.abs((long) v.scale()) > Limits.MAX_DECIMAL_SCALE) {
        throw new Decline("a decimal's scale is out of range");
      }
      return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A polarity by its exact constant name. */
    private Polarity polarity(JsonToken t) {
      return switch (string(t)) {
        case "POSITIVE" -> Polarity.POSITIVE;
        case "NEGATIVE" -> Polarity.NEGATIVE;
        default -> throw new Decline("not a Polarity name");
      };
    }

    /** An absence by its exact constant name (not its printed label). */
    private Absence absence(JsonToken t) {
      return switch (string(t)) {
        case "NOT_APPLICABLE" -> Absence.NOT_APPLICABLE;
        case "NIL" -> Absence.NIL;
        case "NOT_REPORTED" -> Absence.NOT_REPORTED;
        default -> throw new Decline("not an Absence name");
      };
    }

    /** A measure by its exact constant name. */
    private Measure measure(JsonToken t) {
      // Measure.valueOf matches exact names only (no trimming, no case folding); anything else
      // throws IllegalArgumentException, which declines.
      return Measure.valueOf(string(t));
    }

    // --- Structure. ---

    private void expect(JsonToken found, JsonToken expected) {
      if (found != expected) {
        throw new Decline("expected " + expected + ", found " + found);
      }
    }

    /** Checks that an array starts, and returns its first token (END_ARRAY when empty). */
    private JsonToken startArray(JsonToken t) {
      expect(t, JsonToken.START_ARRAY);
      return p.nextToken();
    }

    /** After the last property: the parser must be on the object's end. */
    private void endObject() {
      if (!p.hasToken(JsonToken.END_OBJECT)) {
        throw new Decline("expected the end of an object, found " + p.currentToken());
      }
    }

    /**
     * Marks property number {@code property} (its place in the type's switch) as seen in the
     * current object; a second time declines, as the parser's duplicate detection would fail.
     */
    private static int once(int seen, int property) {
      int bit = 1 << property;
      if ((seen & bit) != 0) {
        throw new Decline("a property given twice");
      }
      return seen | bit;
    }

    private Decline unknown(String type, String name) {
      return new Decline("unknown property '" + name + "' of " + type);
    }

    private void countIndicator() {
      if (++indicators > Limits.MAX_INDICATORS) {
        throw new Decline("more indicators than Limits.MAX_INDICATORS");
      }
    }

    private void countBudgetLine() {
      if (++budgetLines > Limits.MAX_BUDGET_LINES) {
        throw new Decline("more budget lines than Limits.MAX_BUDGET_LINES");
      }
    }
  }
}
