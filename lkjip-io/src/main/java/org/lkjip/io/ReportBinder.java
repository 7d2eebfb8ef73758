package org.lkjip.io;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

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
   * The JSON property names each model type is bound from: the parser matches exactly these (see
   * {@link Names}), any other name declines, and each type's method has a case for each. A test
   * compares them with the names Jackson gives the model's types, so that a property added to the
   * model cannot be missed here.
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

  /** The envelope's property names. */
  private static final Names ENVELOPE =
      new Names("the envelope", List.of("format", ReportReader.PAYLOAD));

  /** The property names of each model type, one constant per type method below. */
  private static final Names REPORT = Names.of(Report.class);

  private static final Names AGENCY = Names.of(Agency.class);
  private static final Names STRATEGIC_PLAN = Names.of(StrategicPlan.class);
  private static final Names GRADING_SCALE = Names.of(GradingScale.class);
  private static final Names BAND = Names.of(Band.class);
  private static final Names BOUND = Names.of(Bound.class);
  private static final Names GOAL = Names.of(Goal.class);
  private static final Names OBJECTIVE = Names.of(Objective.class);
  private static final Names INDICATOR = Names.of(Indicator.class);
  private static final Names OBSERVATION = Names.of(Observation.class);
  private static final Names CELL_REF = Names.of(CellRef.class);
  private static final Names TARGET = Names.of(Target.class);
  private static final Names PROGRAM = Names.of(Program.class);
  private static final Names ACTIVITY = Names.of(Activity.class);
  private static final Names SUB_ACTIVITY = Names.of(SubActivity.class);
  private static final Names OUTPUT = Names.of(Output.class);
  private static final Names QUANTITY = Names.of(Quantity.class);
  private static final Names PERIOD_SPENDING = Names.of(PeriodSpending.class);
  private static final Names ALIGNMENT = Names.of(Alignment.class);
  private static final Names ALIGNMENT_LINK = Names.of(AlignmentLink.class);
  private static final Names DATASET = Names.of(Dataset.class);
  private static final Names DATASET_ROW = Names.of(DatasetRow.class);
  private static final Names CELL = Names.of(Cell.class);
  private static final Names PUBLISHED_FIGURE = Names.of(PublishedFigure.class);

  /** The enum types the binder reads by exact constant name. */
  static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(Polarity.class, Absence.class, Measure.class);

  private static final EnumNames<Polarity> POLARITIES = new EnumNames<>(Polarity.class);
  private static final EnumNames<Absence> ABSENCES = new EnumNames<>(Absence.class);
  private static final EnumNames<Measure> MEASURES = new EnumNames<>(Measure.class);

  /**
   * Parsers of the shared mapper without the parser's duplicate detection, which costs a hash set
   * per object: every object method here refuses a repeated property itself ({@code once}), and
   * refuses every property it does not know.
   */
  private static final JsonFactory PARSERS =
      LkjipJson.factory().rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
    try (JsonParser p =
        PARSERS.createParser(ObjectReadContext.empty(), json, from, length - from)) {
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
    try (JsonParser p = PARSERS.createParser(ObjectReadContext.empty(), json)) {
      return Outcome.of(new Binding(p).document());
    } catch (RuntimeException e) {
      return Outcome.decline(reason(e));
    }
  }

  private static String reason(RuntimeException e) {
    return e instanceof Decline d ? d.reason : e.toString();
  }

  /**
   * The property names of one kind of JSON object, matched by the parser straight from its input
   * buffer (no string is made for a known name). A name's number is its place in the list, and
   * numbers index a bit set of the properties seen, so a type has at most 32.
   */
  static final class Names {
    private final String type;
    private final String[] names;
    private final PropertyNameMatcher matcher;

    Names(String type, List<String> names) {
      if (names.size() > Integer.SIZE) {
        throw new IllegalStateException("bug: more than 32 properties in " + type);
      }
      this.type = type;
      this.names = names.toArray(new String[0]);
      this.matcher = BinaryNameMatcher.construct(names, false);
      for (int i = 0; i < this.names.length; i++) {
        if (matcher.matchName(this.names[i]) != i) {
          throw new IllegalStateException("bug: the matcher numbers " + type + " differently");
        }
      }
    }

    /** The names of a model type, from {@link #PROPERTIES}. */
    static Names of(Class<?> type) {
      return new Names(type.getSimpleName(), Objects.requireNonNull(PROPERTIES.get(type)));
    }

    /** The name with a number. */
    String name(int i) {
      return names[i];
    }
  }

  /** The constants of an enum by their exact names ({@link Enum#name()}), matched on characters. */
  static final class EnumNames<E extends Enum<E>> {
    private final String type;
    private final E[] constants;
    private final char[][] names;

    EnumNames(Class<E> type) {
      this.type = type.getSimpleName();
      this.constants = type.getEnumConstants();
      this.names = new char[constants.length][];
      for (int i = 0; i < constants.length; i++) {
        names[i] = constants[i].name().toCharArray();
      }
    }

    /** The constant named exactly {@code text[offset, offset + length)}, or null. */
    @Nullable E match(char[] text, int offset, int length) {
      for (int i = 0; i < names.length; i++) {
        char[] name = names[i];
        if (name.length == length
            && Arrays.equals(name, 0, length, text, offset, offset + length)) {
          return constants[i];
        }
      }
      return null;
    }
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
      for (int i = next(ENVELOPE); i >= 0; i = next(ENVELOPE)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (ENVELOPE.name(i)) {
          case "format" -> {
            if (!ReportReader.FORMAT.equals(string(t))) {
              throw new Decline("not format " + ReportReader.FORMAT);
            }
            formatSeen = true;
          }
          case "report" -> {
            expect(t, JsonToken.START_OBJECT);
            report = report();
          }
          default -> throw unhandled(ENVELOPE, i);
        }
      }
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
      for (int i = next(REPORT); i >= 0; i = next(REPORT)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (REPORT.name(i)) {
          case "agency" -> b.agency(agency(t));
          case "fiscalYear" -> b.fiscalYear(integer(t));
          case "title" -> b.title(string(t));
          case "plans" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addPlan(plan(t));
            }
          }
          case "statedScale" -> b.statedScale(scale(t));
          case "ruleSet" -> b.ruleSet(string(t));
          case "goals" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addGoal(goal(t));
            }
          }
          case "programs" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countBudgetLine();
              b.addProgram(program(t));
            }
          }
          case "alignments" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addAlignment(alignment(t));
            }
          }
          case "datasets" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addDataset(dataset(t));
            }
          }
          case "published" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addPublished(published(t));
            }
          }
          default -> throw unhandled(REPORT, i);
        }
      }
      return b.build();
    }

    private Agency agency(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableAgency.Builder b = ImmutableAgency.builder();
      int seen = 0;
      for (int i = next(AGENCY); i >= 0; i = next(AGENCY)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (AGENCY.name(i)) {
          case "name" -> b.name(string(t));
          case "region" -> b.region(string(t));
          case "province" -> b.province(string(t));
          default -> throw unhandled(AGENCY, i);
        }
      }
      return b.build();
    }

    private StrategicPlan plan(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableStrategicPlan.Builder b = ImmutableStrategicPlan.builder();
      int seen = 0;
      for (int i = next(STRATEGIC_PLAN); i >= 0; i = next(STRATEGIC_PLAN)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (STRATEGIC_PLAN.name(i)) {
          case "id" -> b.id(string(t));
          case "name" -> b.name(string(t));
          case "startYear" -> b.startYear(integer(t));
          case "endYear" -> b.endYear(integer(t));
          case "decree" -> b.decree(string(t));
          case "indicators" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countIndicator();
              b.addIndicator(indicator(t));
            }
          }
          default -> throw unhandled(STRATEGIC_PLAN, i);
        }
      }
      return b.build();
    }

    private GradingScale scale(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableGradingScale.Builder b = ImmutableGradingScale.builder();
      int seen = 0;
      for (int i = next(GRADING_SCALE); i >= 0; i = next(GRADING_SCALE)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (GRADING_SCALE.name(i)) {
          case "id" -> b.id(string(t));
          case "name" -> b.name(string(t));
          case "source" -> b.source(string(t));
          case "confidence" -> b.confidence(string(t));
          case "bands" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addBand(band(t));
            }
          }
          default -> throw unhandled(GRADING_SCALE, i);
        }
      }
      return b.build();
    }

    private Band band(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableBand.Builder b = ImmutableBand.builder();
      int seen = 0;
      for (int i = next(BAND); i >= 0; i = next(BAND)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (BAND.name(i)) {
          case "label" -> b.label(string(t));
          case "lower" -> b.lower(bound(t));
          case "upper" -> b.upper(bound(t));
          default -> throw unhandled(BAND, i);
        }
      }
      return b.build();
    }

    private Bound bound(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableBound.Builder b = ImmutableBound.builder();
      int seen = 0;
      for (int i = next(BOUND); i >= 0; i = next(BOUND)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (BOUND.name(i)) {
          case "value" -> b.value(decimal(t));
          case "inclusive" -> b.inclusive(bool(t));
          default -> throw unhandled(BOUND, i);
        }
      }
      return b.build();
    }

    private Goal goal(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableGoal.Builder b = ImmutableGoal.builder();
      int seen = 0;
      for (int i = next(GOAL); i >= 0; i = next(GOAL)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (GOAL.name(i)) {
          case "id" -> b.id(string(t));
          case "name" -> b.name(string(t));
          case "objectives" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addObjective(objective(t));
            }
          }
          default -> throw unhandled(GOAL, i);
        }
      }
      return b.build();
    }

    private Objective objective(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableObjective.Builder b = ImmutableObjective.builder();
      int seen = 0;
      for (int i = next(OBJECTIVE); i >= 0; i = next(OBJECTIVE)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (OBJECTIVE.name(i)) {
          case "id" -> b.id(string(t));
          case "name" -> b.name(string(t));
          case "indicators" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countIndicator();
              b.addIndicator(indicator(t));
            }
          }
          default -> throw unhandled(OBJECTIVE, i);
        }
      }
      return b.build();
    }

    private Indicator indicator(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableIndicator.Builder b = ImmutableIndicator.builder();
      int seen = 0;
      for (int i = next(INDICATOR); i >= 0; i = next(INDICATOR)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (INDICATOR.name(i)) {
          case "id" -> b.id(string(t));
          case "name" -> b.name(string(t));
          case "unit" -> b.unit(string(t));
          case "polarity" -> b.polarity(constant(t, POLARITIES));
          case "formula" -> b.formula(string(t));
          case "formulaText" -> b.formulaText(string(t));
          case "inputs" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addInput(observation(t));
            }
          }
          case "targets" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addTarget(target(t));
            }
          }
          case "planEndTarget" -> b.planEndTarget(target(t));
          case "nationalStandard" -> b.nationalStandard(target(t));
          case "dataSource" -> b.dataSource(string(t));
          default -> throw unhandled(INDICATOR, i);
        }
      }
      return b.build();
    }

    private Observation observation(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableObservation.Builder b = ImmutableObservation.builder();
      int seen = 0;
      for (int i = next(OBSERVATION); i >= 0; i = next(OBSERVATION)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (OBSERVATION.name(i)) {
          case "name" -> b.name(string(t));
          case "year" -> b.year(integer(t));
          case "value" -> b.value(decimal(t));
          case "absence" -> b.absence(constant(t, ABSENCES));
          case "source" -> b.source(cellRef(t));
          default -> throw unhandled(OBSERVATION, i);
        }
      }
      return b.build();
    }

    private CellRef cellRef(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableCellRef.Builder b = ImmutableCellRef.builder();
      int seen = 0;
      for (int i = next(CELL_REF); i >= 0; i = next(CELL_REF)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (CELL_REF.name(i)) {
          case "dataset" -> b.dataset(string(t));
          case "row" -> b.row(string(t));
          case "column" -> b.column(string(t));
          default -> throw unhandled(CELL_REF, i);
        }
      }
      return b.build();
    }

    private Target target(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableTarget.Builder b = ImmutableTarget.builder();
      int seen = 0;
      for (int i = next(TARGET); i >= 0; i = next(TARGET)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (TARGET.name(i)) {
          case "year" -> b.year(integer(t));
          case "value" -> b.value(decimal(t));
          case "low" -> b.low(decimal(t));
          case "high" -> b.high(decimal(t));
          case "absence" -> b.absence(constant(t, ABSENCES));
          case "printed" -> b.printed(string(t));
          default -> throw unhandled(TARGET, i);
        }
      }
      return b.build();
    }

    private Program program(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableProgram.Builder b = ImmutableProgram.builder();
      int seen = 0;
      for (int i = next(PROGRAM); i >= 0; i = next(PROGRAM)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (PROGRAM.name(i)) {
          case "id" -> b.id(string(t));
          case "code" -> b.code(string(t));
          case "name" -> b.name(string(t));
          case "outcome" -> b.outcome(string(t));
          case "activities" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countBudgetLine();
              b.addActivity(activity(t));
            }
          }
          default -> throw unhandled(PROGRAM, i);
        }
      }
      return b.build();
    }

    private Activity activity(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableActivity.Builder b = ImmutableActivity.builder();
      int seen = 0;
      for (int i = next(ACTIVITY); i >= 0; i = next(ACTIVITY)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (ACTIVITY.name(i)) {
          case "id" -> b.id(string(t));
          case "code" -> b.code(string(t));
          case "name" -> b.name(string(t));
          case "subActivities" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              countBudgetLine();
              b.addSubActivity(subActivity(t));
            }
          }
          default -> throw unhandled(ACTIVITY, i);
        }
      }
      return b.build();
    }

    private SubActivity subActivity(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableSubActivity.Builder b = ImmutableSubActivity.builder();
      int seen = 0;
      for (int i = next(SUB_ACTIVITY); i >= 0; i = next(SUB_ACTIVITY)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (SUB_ACTIVITY.name(i)) {
          case "id" -> b.id(string(t));
          case "code" -> b.code(string(t));
          case "name" -> b.name(string(t));
          case "output" -> b.output(output(t));
          case "budget" -> b.budget(decimal(t));
          case "spending" -> b.spending(decimal(t));
          case "spendingByPeriod" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addSpendingByPeriod(periodSpending(t));
            }
          }
          case "physicalProgress" -> b.physicalProgress(decimal(t));
          default -> throw unhandled(SUB_ACTIVITY, i);
        }
      }
      return b.build();
    }

    private Output output(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableOutput.Builder b = ImmutableOutput.builder();
      int seen = 0;
      for (int i = next(OUTPUT); i >= 0; i = next(OUTPUT)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (OUTPUT.name(i)) {
          case "indicator" -> b.indicator(string(t));
          case "target" -> b.target(quantity(t));
          case "actual" -> b.actual(quantity(t));
          default -> throw unhandled(OUTPUT, i);
        }
      }
      return b.build();
    }

    private Quantity quantity(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableQuantity.Builder b = ImmutableQuantity.builder();
      int seen = 0;
      for (int i = next(QUANTITY); i >= 0; i = next(QUANTITY)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (QUANTITY.name(i)) {
          case "amount" -> b.amount(decimal(t));
          case "unit" -> b.unit(string(t));
          default -> throw unhandled(QUANTITY, i);
        }
      }
      return b.build();
    }

    private PeriodSpending periodSpending(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutablePeriodSpending.Builder b = ImmutablePeriodSpending.builder();
      int seen = 0;
      for (int i = next(PERIOD_SPENDING); i >= 0; i = next(PERIOD_SPENDING)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (PERIOD_SPENDING.name(i)) {
          case "fromQuarter" -> b.fromQuarter(integer(t));
          case "toQuarter" -> b.toQuarter(integer(t));
          case "amount" -> b.amount(decimal(t));
          default -> throw unhandled(PERIOD_SPENDING, i);
        }
      }
      return b.build();
    }

    private Alignment alignment(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableAlignment.Builder b = ImmutableAlignment.builder();
      int seen = 0;
      for (int i = next(ALIGNMENT); i >= 0; i = next(ALIGNMENT)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (ALIGNMENT.name(i)) {
          case "id" -> b.id(string(t));
          case "table" -> b.table(string(t));
          case "links" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addLink(link(t));
            }
          }
          default -> throw unhandled(ALIGNMENT, i);
        }
      }
      return b.build();
    }

    private AlignmentLink link(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableAlignmentLink.Builder b = ImmutableAlignmentLink.builder();
      int seen = 0;
      for (int i = next(ALIGNMENT_LINK); i >= 0; i = next(ALIGNMENT_LINK)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (ALIGNMENT_LINK.name(i)) {
          case "objective" -> b.objective(string(t));
          case "line" -> b.line(string(t));
          case "share" -> b.share(decimal(t));
          default -> throw unhandled(ALIGNMENT_LINK, i);
        }
      }
      return b.build();
    }

    private Dataset dataset(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableDataset.Builder b = ImmutableDataset.builder();
      int seen = 0;
      for (int i = next(DATASET); i >= 0; i = next(DATASET)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (DATASET.name(i)) {
          case "id" -> b.id(string(t));
          case "title" -> b.title(string(t));
          case "year" -> b.year(integer(t));
          case "columns" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addColumn(string(t));
            }
          }
          case "rows" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addRow(row(t));
            }
          }
          case "total" -> b.total(row(t));
          default -> throw unhandled(DATASET, i);
        }
      }
      return b.build();
    }

    private DatasetRow row(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableDatasetRow.Builder b = ImmutableDatasetRow.builder();
      int seen = 0;
      for (int i = next(DATASET_ROW); i >= 0; i = next(DATASET_ROW)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (DATASET_ROW.name(i)) {
          case "label" -> b.label(string(t));
          case "cells" -> {
            for (t = startArray(t); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addCell(cell(t));
            }
          }
          default -> throw unhandled(DATASET_ROW, i);
        }
      }
      return b.build();
    }

    private Cell cell(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutableCell.Builder b = ImmutableCell.builder();
      int seen = 0;
      for (int i = next(CELL); i >= 0; i = next(CELL)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (CELL.name(i)) {
          case "value" -> b.value(decimal(t));
          case "absence" -> b.absence(constant(t, ABSENCES));
          case "printed" -> b.printed(string(t));
          default -> throw unhandled(CELL, i);
        }
      }
      return b.build();
    }

    private PublishedFigure published(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      ImmutablePublishedFigure.Builder b = ImmutablePublishedFigure.builder();
      int seen = 0;
      for (int i = next(PUBLISHED_FIGURE); i >= 0; i = next(PUBLISHED_FIGURE)) {
        seen = once(seen, i);
        JsonToken t = p.nextToken();
        switch (PUBLISHED_FIGURE.name(i)) {
          case "table" -> b.table(string(t));
          case "row" -> b.row(string(t));
          case "column" -> b.column(string(t));
          case "printed" -> b.printed(string(t));
          case "value" -> b.value(decimal(t));
          case "absence" -> b.absence(constant(t, ABSENCES));
          case "measure" -> b.measure(constant(t, MEASURES));
          case "subject" -> b.subject(string(t));
          case "year" -> b.year(integer(t));
          case "fromQuarter" -> b.fromQuarter(integer(t));
          case "toQuarter" -> b.toQuarter(integer(t));
          default -> throw unhandled(PUBLISHED_FIGURE, i);
        }
      }
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

    /**
     * An enum constant by its exact name, as Jackson reads these enums (a test checks that): no
     * trimming, no case folding, no number, no label. It is matched on the parser's characters, so
     * no string is made.
     */
    private <E extends Enum<E>> E constant(JsonToken t, EnumNames<E> names) {
      expect(t, JsonToken.VALUE_STRING);
      E constant = names.match(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (constant == null) {
        throw new Decline("not a constant of " + names.type);
      }
      return constant;
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

    /**
     * Marks property number {@code property} (its place in the type's {@link Names}) as seen in the
     * current object; a second time declines, as the parser's duplicate detection would fail.
     */
    private static int once(int seen, int property) {
      int bit = 1 << property;
      if ((seen & bit) != 0) {
        throw new Decline("a property given twice");
      }
      return seen | bit;
    }

    /**
     * The number of the next property of an object of the given names, or -1 at the object's end;
     * declines on a name it does not know.
     */
    private int next(Names names) {
      int i = p.nextNameMatch(names.matcher);
      if (i >= 0) {
        return i;
      }
      if (i == PropertyNameMatcher.MATCH_END_OBJECT) {
        return -1;
      }
      throw new Decline(
          i == PropertyNameMatcher.MATCH_UNKNOWN_NAME
              ? "unknown property '" + p.currentName() + "' of " + names.type
              : "expected a property name, found " + p.currentToken());
    }

    /** A property in {@link #PROPERTIES} that a method has no case for: a bug, found by tests. */
    private static Decline unhandled(Names names, int i) {
      return new Decline("bug: no case for property '" + names.name(i) + "' of " + names.type);
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
