package org.lkjip.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.IndicatorResult;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.LineResult;
import org.lkjip.evaluation.ObjectiveResult;
import org.lkjip.evaluation.ReportTotals;
import org.lkjip.evaluation.budget.AllocationIssue;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.Interval;
import org.lkjip.evaluation.grading.ScaleFinding;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.model.Absence;
import org.lkjip.model.Bound;
import org.lkjip.model.Target;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.core.io.SerializedString;

/**
 * Writes an {@link Evaluation} to a {@link JsonGenerator} by calling its accessors directly, as the
 * {@value EvaluationWriter#FORMAT} document has it: the tokens that Jackson databind writes for it
 * with {@link LkjipJson#mapper()} (properties in the model's declared order, absent optionals and
 * empty collections left out, enums by name) with two differences that make the format: every
 * {@link BigDecimal} is a JSON string holding its {@link BigDecimal#toPlainString()} (as databind
 * writes it with {@code JsonFormat.Shape.STRING}), and {@link IndicatorYear#value()} is named
 * {@code "actual"}, so that no figure is the {@code "value"} of an object that is itself a figure.
 * It does so without reflection and without looking up a serializer per value; the tests' oracle is
 * databind configured that way.
 *
 * <p>Decimals are formatted by {@link PlainDecimals} straight into bytes and written as strings
 * that need no escaping; the texts of the last few are kept, since an evaluation writes the same
 * instance several times.
 *
 * <p>Every property name is a constant registered per model type ({@link #properties()}), and every
 * enum's texts per enum type ({@link #enumTexts()}); tests compare both with what Jackson's
 * introspection reports, so a property added to the model fails the build until this class writes
 * it too.
 *
 * <p>One instance writes one document on one generator; it is not thread-safe.
 */
final class EvaluationJson {
  /** Names written per model type, in writing order; filled by {@link #name} during class init. */
  private static final Map<Class<?>, List<String>> PROPERTIES = new LinkedHashMap<>();

  /** The texts written per enum type, by ordinal; filled by {@link #texts} during class init. */
  private static final Map<Class<?>, List<String>> ENUM_TEXTS = new LinkedHashMap<>();

  static final SerializedString FORMAT_NAME = new SerializedString("format");
  static final SerializedString FORMAT_VALUE = new SerializedString(EvaluationWriter.FORMAT);
  static final SerializedString PAYLOAD_NAME = new SerializedString(EvaluationWriter.PAYLOAD);

  private static final SerializedString E_RULE_SET_ID = name(Evaluation.class, "ruleSetId");
  private static final SerializedString E_RULE_SET_VERSION =
      name(Evaluation.class, "ruleSetVersion");
  private static final SerializedString E_INPUT_HASH = name(Evaluation.class, "inputHash");
  private static final SerializedString E_FISCAL_YEAR = name(Evaluation.class, "fiscalYear");
  private static final SerializedString E_SCALE_ID = name(Evaluation.class, "scaleId");
  private static final SerializedString E_ALIGNMENT_ID = name(Evaluation.class, "alignmentId");
  private static final SerializedString E_INDICATORS = name(Evaluation.class, "indicators");
  private static final SerializedString E_OBJECTIVES = name(Evaluation.class, "objectives");
  private static final SerializedString E_LINES = name(Evaluation.class, "lines");
  private static final SerializedString E_TOTALS = name(Evaluation.class, "totals");
  private static final SerializedString E_SCALE_FINDINGS = name(Evaluation.class, "scaleFindings");
  private static final SerializedString E_ALLOCATION_ISSUES =
      name(Evaluation.class, "allocationIssues");
  private static final SerializedString E_NOTES = name(Evaluation.class, "notes");

  private static final SerializedString IR_INDICATOR_ID =
      name(IndicatorResult.class, "indicatorId");
  private static final SerializedString IR_OBJECTIVE_ID =
      name(IndicatorResult.class, "objectiveId");
  private static final SerializedString IR_YEARS = name(IndicatorResult.class, "years");

  private static final SerializedString IY_YEAR = name(IndicatorYear.class, "year");

  /** {@link IndicatorYear#value()}: "actual", so that no figure is the "value" of an object. */
  private static final SerializedString IY_ACTUAL = name(IndicatorYear.class, "actual");

  private static final SerializedString IY_TARGET = name(IndicatorYear.class, "target");
  private static final SerializedString IY_ACHIEVEMENT = name(IndicatorYear.class, "achievement");
  private static final SerializedString IY_GRADE = name(IndicatorYear.class, "grade");
  private static final SerializedString IY_PLAN_PROGRESS =
      name(IndicatorYear.class, "planProgress");
  private static final SerializedString IY_STANDARD_COMPARISON =
      name(IndicatorYear.class, "standardComparison");

  private static final SerializedString F_VALUE = name(Figure.class, "value");
  private static final SerializedString F_STATUS = name(Figure.class, "status");
  private static final SerializedString F_REASON = name(Figure.class, "reason");
  private static final SerializedString F_RULE = name(Figure.class, "rule");
  private static final SerializedString F_INPUTS = name(Figure.class, "inputs");
  private static final SerializedString F_UNROUNDED = name(Figure.class, "unrounded");
  private static final SerializedString F_ROUNDING = name(Figure.class, "rounding");

  private static final SerializedString R_SCALE = name(Rounding.class, "scale");
  private static final SerializedString R_MODE = name(Rounding.class, "mode");

  private static final SerializedString T_YEAR = name(Target.class, "year");
  private static final SerializedString T_VALUE = name(Target.class, "value");
  private static final SerializedString T_LOW = name(Target.class, "low");
  private static final SerializedString T_HIGH = name(Target.class, "high");
  private static final SerializedString T_ABSENCE = name(Target.class, "absence");
  private static final SerializedString T_PRINTED = name(Target.class, "printed");

  private static final SerializedString G_SCALE_ID = name(Grade.class, "scaleId");
  private static final SerializedString G_VALUE = name(Grade.class, "value");
  private static final SerializedString G_OUTCOME = name(Grade.class, "outcome");
  private static final SerializedString G_LABEL = name(Grade.class, "label");
  private static final SerializedString G_LABELS = name(Grade.class, "labels");
  private static final SerializedString G_POSITION = name(Grade.class, "position");
  private static final SerializedString G_REASON = name(Grade.class, "reason");

  private static final SerializedString OR_OBJECTIVE_ID =
      name(ObjectiveResult.class, "objectiveId");
  private static final SerializedString OR_ACHIEVEMENT = name(ObjectiveResult.class, "achievement");
  private static final SerializedString OR_BUDGET = name(ObjectiveResult.class, "budget");
  private static final SerializedString OR_SPENDING = name(ObjectiveResult.class, "spending");
  private static final SerializedString OR_ABSORPTION = name(ObjectiveResult.class, "absorption");
  private static final SerializedString OR_EFFICIENCY = name(ObjectiveResult.class, "efficiency");

  private static final SerializedString LR_LINE_ID = name(LineResult.class, "lineId");
  private static final SerializedString LR_LEVEL = name(LineResult.class, "level");
  private static final SerializedString LR_BUDGET = name(LineResult.class, "budget");
  private static final SerializedString LR_SPENDING = name(LineResult.class, "spending");
  private static final SerializedString LR_ABSORPTION = name(LineResult.class, "absorption");
  private static final SerializedString LR_UNSPENT = name(LineResult.class, "unspent");
  private static final SerializedString LR_PERIOD_SPENDING =
      name(LineResult.class, "periodSpending");
  private static final SerializedString LR_PERIOD_DIFFERENCE =
      name(LineResult.class, "periodDifference");
  private static final SerializedString LR_PHYSICAL_PROGRESS =
      name(LineResult.class, "physicalProgress");
  private static final SerializedString LR_OUTPUT_ACHIEVEMENT =
      name(LineResult.class, "outputAchievement");
  private static final SerializedString LR_EFFICIENCY = name(LineResult.class, "efficiency");

  private static final SerializedString RT_BUDGET = name(ReportTotals.class, "budget");
  private static final SerializedString RT_SPENDING = name(ReportTotals.class, "spending");
  private static final SerializedString RT_ABSORPTION = name(ReportTotals.class, "absorption");
  private static final SerializedString RT_MEAN_ABSORPTION =
      name(ReportTotals.class, "meanAbsorption");
  private static final SerializedString RT_WEIGHTED_MEAN_ABSORPTION =
      name(ReportTotals.class, "weightedMeanAbsorption");
  private static final SerializedString RT_MEAN_PHYSICAL_PROGRESS =
      name(ReportTotals.class, "meanPhysicalProgress");
  private static final SerializedString RT_UNSPENT = name(ReportTotals.class, "unspent");
  private static final SerializedString RT_PERIOD_SPENDING =
      name(ReportTotals.class, "periodSpending");
  private static final SerializedString RT_PERIOD_DIFFERENCE =
      name(ReportTotals.class, "periodDifference");

  private static final SerializedString SF_SCALE_ID = name(ScaleFinding.class, "scaleId");
  private static final SerializedString SF_KIND = name(ScaleFinding.class, "kind");
  private static final SerializedString SF_INTERVAL = name(ScaleFinding.class, "interval");
  private static final SerializedString SF_LABELS = name(ScaleFinding.class, "labels");

  private static final SerializedString I_LOWER = name(Interval.class, "lower");
  private static final SerializedString I_UPPER = name(Interval.class, "upper");

  private static final SerializedString B_VALUE = name(Bound.class, "value");
  private static final SerializedString B_INCLUSIVE = name(Bound.class, "inclusive");

  private static final SerializedString AI_ALIGNMENT_ID =
      name(AllocationIssue.class, "alignmentId");
  private static final SerializedString AI_LINE = name(AllocationIssue.class, "line");
  private static final SerializedString AI_KIND = name(AllocationIssue.class, "kind");
  private static final SerializedString AI_OBJECTIVES = name(AllocationIssue.class, "objectives");
  private static final SerializedString AI_SHARE_SUM = name(AllocationIssue.class, "shareSum");

  private static final SerializedString[] STATUS = texts(Status.class);
  private static final SerializedString[] ROUNDING_MODE = texts(RoundingMode.class);
  private static final SerializedString[] ABSENCE = texts(Absence.class);
  private static final SerializedString[] OUTCOME = texts(Grade.Outcome.class);
  private static final SerializedString[] POSITION = texts(Grade.Position.class);
  private static final SerializedString[] LINE_LEVEL = texts(LineLevel.class);
  private static final SerializedString[] SCALE_FINDING_KIND = texts(ScaleFinding.Kind.class);
  private static final SerializedString[] ALLOCATION_ISSUE_KIND = texts(AllocationIssue.Kind.class);

  /** The largest scale magnitude of a decimal written in plain notation, as in Jackson. */
  private static final int MAX_PLAIN_SCALE = 9999;

  /** How many recently written decimals are remembered; a power of two. */
  private static final int RECENT = 8;

  private final JsonGenerator g;
  private final boolean loneSurrogatesAsQuestionMarks;
  private final byte[] digits = new byte[PlainDecimals.SCRATCH_LENGTH];

  /**
   * The last {@value #RECENT} decimals formatted, by identity, with their texts: an evaluation
   * writes the same instance again and again (a sum as a figure's value and unrounded value, then
   * as an input of the figures built from it), so about half the decimals are found here.
   */
  private final BigDecimal[] recent = new BigDecimal[RECENT];

  private final AsciiNumber[] recentTexts = new AsciiNumber[RECENT];
  private int nextRecent;
  private boolean replacedLoneSurrogate;

  /**
   * A writer on a generator.
   *
   * @param g where to write
   * @param loneSurrogatesAsQuestionMarks whether to write each unpaired surrogate {@code char} of a
   *     text as {@code '?'}, as {@link String#getBytes} does: the pretty document was written as
   *     text and then encoded, so its bytes have {@code '?'} where a UTF-8 generator would write an
   *     escape such as {@code \uD800}
   */
  EvaluationJson(JsonGenerator g, boolean loneSurrogatesAsQuestionMarks) {
    this.g = g;
    this.loneSurrogatesAsQuestionMarks = loneSurrogatesAsQuestionMarks;
    for (int i = 0; i < RECENT; i++) {
      recentTexts[i] = new AsciiNumber();
    }
  }

  /** The property names written per model type, in writing order; never null. */
  static Map<Class<?>, List<String>> properties() {
    return Collections.unmodifiableMap(PROPERTIES);
  }

  /** The text written for each constant per enum type, by ordinal; never null. */
  static Map<Class<?>, List<String>> enumTexts() {
    return Collections.unmodifiableMap(ENUM_TEXTS);
  }

  /** Whether a text held an unpaired surrogate that was written as {@code '?'}. */
  boolean replacedLoneSurrogate() {
    return replacedLoneSurrogate;
  }

  /** Writes the envelope {@code {"format": ..., "evaluation": {...}}}. */
  void document(Evaluation e) {
    g.writeStartObject();
    g.writeName(FORMAT_NAME);
    g.writeString(FORMAT_VALUE);
    g.writeName(PAYLOAD_NAME);
    evaluation(e);
    g.writeEndObject();
  }

  /** Writes an evaluation as an object. */
  void evaluation(Evaluation e) {
    g.writeStartObject();
    g.writeName(E_RULE_SET_ID);
    text(e.ruleSetId());
    g.writeName(E_RULE_SET_VERSION);
    g.writeNumber(e.ruleSetVersion());
    optionalText(E_INPUT_HASH, e.inputHash());
    g.writeName(E_FISCAL_YEAR);
    g.writeNumber(e.fiscalYear());
    g.writeName(E_SCALE_ID);
    text(e.scaleId());
    optionalText(E_ALIGNMENT_ID, e.alignmentId());
    ImmutableList<IndicatorResult> indicators = e.indicators();
    if (!indicators.isEmpty()) {
      g.writeName(E_INDICATORS);
      g.writeStartArray();
      for (IndicatorResult r : indicators) {
        indicator(r);
      }
      g.writeEndArray();
    }
    ImmutableList<ObjectiveResult> objectives = e.objectives();
    if (!objectives.isEmpty()) {
      g.writeName(E_OBJECTIVES);
      g.writeStartArray();
      for (ObjectiveResult r : objectives) {
        objective(r);
      }
      g.writeEndArray();
    }
    ImmutableList<LineResult> lines = e.lines();
    if (!lines.isEmpty()) {
      g.writeName(E_LINES);
      g.writeStartArray();
      for (LineResult r : lines) {
        line(r);
      }
      g.writeEndArray();
    }
    g.writeName(E_TOTALS);
    totals(e.totals());
    ImmutableList<ScaleFinding> findings = e.scaleFindings();
    if (!findings.isEmpty()) {
      g.writeName(E_SCALE_FINDINGS);
      g.writeStartArray();
      for (ScaleFinding f : findings) {
        scaleFinding(f);
      }
      g.writeEndArray();
    }
    ImmutableList<AllocationIssue> issues = e.allocationIssues();
    if (!issues.isEmpty()) {
      g.writeName(E_ALLOCATION_ISSUES);
      g.writeStartArray();
      for (AllocationIssue i : issues) {
        allocationIssue(i);
      }
      g.writeEndArray();
    }
    texts(E_NOTES, e.notes());
    g.writeEndObject();
  }

  private void indicator(IndicatorResult r) {
    g.writeStartObject();
    g.writeName(IR_INDICATOR_ID);
    text(r.indicatorId());
    g.writeName(IR_OBJECTIVE_ID);
    text(r.objectiveId());
    ImmutableList<IndicatorYear> years = r.years();
    if (!years.isEmpty()) {
      g.writeName(IR_YEARS);
      g.writeStartArray();
      for (IndicatorYear y : years) {
        indicatorYear(y);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void indicatorYear(IndicatorYear y) {
    g.writeStartObject();
    g.writeName(IY_YEAR);
    g.writeNumber(y.year());
    figure(IY_ACTUAL, y.value());
    Optional<Target> target = y.target();
    if (target.isPresent()) {
      g.writeName(IY_TARGET);
      target(target.get());
    }
    figure(IY_ACHIEVEMENT, y.achievement());
    g.writeName(IY_GRADE);
    grade(y.grade());
    figure(IY_PLAN_PROGRESS, y.planProgress());
    figure(IY_STANDARD_COMPARISON, y.standardComparison());
    g.writeEndObject();
  }

  private void target(Target t) {
    g.writeStartObject();
    Optional<Integer> year = t.year();
    if (year.isPresent()) {
      g.writeName(T_YEAR);
      g.writeNumber(year.get().intValue());
    }
    optionalNumber(T_VALUE, t.value());
    optionalNumber(T_LOW, t.low());
    optionalNumber(T_HIGH, t.high());
    Optional<Absence> absence = t.absence();
    if (absence.isPresent()) {
      g.writeName(T_ABSENCE);
      g.writeString(ABSENCE[absence.get().ordinal()]);
    }
    optionalText(T_PRINTED, t.printed());
    g.writeEndObject();
  }

  private void grade(Grade grade) {
    g.writeStartObject();
    g.writeName(G_SCALE_ID);
    text(grade.scaleId());
    optionalNumber(G_VALUE, grade.value());
    g.writeName(G_OUTCOME);
    g.writeString(OUTCOME[grade.outcome().ordinal()]);
    optionalText(G_LABEL, grade.label());
    texts(G_LABELS, grade.labels());
    Optional<Grade.Position> position = grade.position();
    if (position.isPresent()) {
      g.writeName(G_POSITION);
      g.writeString(POSITION[position.get().ordinal()]);
    }
    g.writeName(G_REASON);
    text(grade.reason());
    g.writeEndObject();
  }

  /** Writes a property whose value is a figure. */
  private void figure(SerializableString name, Figure f) {
    g.writeName(name);
    g.writeStartObject();
    optionalNumber(F_VALUE, f.value());
    g.writeName(F_STATUS);
    g.writeString(STATUS[f.status().ordinal()]);
    optionalText(F_REASON, f.reason());
    g.writeName(F_RULE);
    text(f.rule());
    ImmutableMap<String, BigDecimal> inputs = f.inputs();
    if (!inputs.isEmpty()) {
      g.writeName(F_INPUTS);
      g.writeStartObject();
      for (Map.Entry<String, BigDecimal> input : inputs.entrySet()) {
        g.writeName(checked(input.getKey()));
        number(input.getValue());
      }
      g.writeEndObject();
    }
    optionalNumber(F_UNROUNDED, f.unrounded());
    Optional<Rounding> rounding = f.rounding();
    if (rounding.isPresent()) {
      Rounding r = rounding.get();
      g.writeName(F_ROUNDING);
      g.writeStartObject();
      g.writeName(R_SCALE);
      g.writeNumber(r.scale());
      g.writeName(R_MODE);
      g.writeString(ROUNDING_MODE[r.mode().ordinal()]);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void objective(ObjectiveResult r) {
    g.writeStartObject();
    g.writeName(OR_OBJECTIVE_ID);
    text(r.objectiveId());
    figure(OR_ACHIEVEMENT, r.achievement());
    figure(OR_BUDGET, r.budget());
    figure(OR_SPENDING, r.spending());
    figure(OR_ABSORPTION, r.absorption());
    figure(OR_EFFICIENCY, r.efficiency());
    g.writeEndObject();
  }

  private void line(LineResult r) {
    g.writeStartObject();
    g.writeName(LR_LINE_ID);
    text(r.lineId());
    g.writeName(LR_LEVEL);
    g.writeString(LINE_LEVEL[r.level().ordinal()]);
    figure(LR_BUDGET, r.budget());
    figure(LR_SPENDING, r.spending());
    figure(LR_ABSORPTION, r.absorption());
    figure(LR_UNSPENT, r.unspent());
    figure(LR_PERIOD_SPENDING, r.periodSpending());
    figure(LR_PERIOD_DIFFERENCE, r.periodDifference());
    figure(LR_PHYSICAL_PROGRESS, r.physicalProgress());
    figure(LR_OUTPUT_ACHIEVEMENT, r.outputAchievement());
    figure(LR_EFFICIENCY, r.efficiency());
    g.writeEndObject();
  }

  private void totals(ReportTotals t) {
    g.writeStartObject();
    figure(RT_BUDGET, t.budget());
    figure(RT_SPENDING, t.spending());
    figure(RT_ABSORPTION, t.absorption());
    figure(RT_MEAN_ABSORPTION, t.meanAbsorption());
    figure(RT_WEIGHTED_MEAN_ABSORPTION, t.weightedMeanAbsorption());
    figure(RT_MEAN_PHYSICAL_PROGRESS, t.meanPhysicalProgress());
    figure(RT_UNSPENT, t.unspent());
    figure(RT_PERIOD_SPENDING, t.periodSpending());
    figure(RT_PERIOD_DIFFERENCE, t.periodDifference());
    g.writeEndObject();
  }

  private void scaleFinding(ScaleFinding f) {
    g.writeStartObject();
    g.writeName(SF_SCALE_ID);
    text(f.scaleId());
    g.writeName(SF_KIND);
    g.writeString(SCALE_FINDING_KIND[f.kind().ordinal()]);
    g.writeName(SF_INTERVAL);
    Interval interval = f.interval();
    g.writeStartObject();
    bound(I_LOWER, interval.lower());
    bound(I_UPPER, interval.upper());
    g.writeEndObject();
    texts(SF_LABELS, f.labels());
    g.writeEndObject();
  }

  private void bound(SerializableString name, Optional<Bound> bound) {
    if (bound.isPresent()) {
      Bound b = bound.get();
      g.writeName(name);
      g.writeStartObject();
      g.writeName(B_VALUE);
      number(b.value());
      g.writeName(B_INCLUSIVE);
      g.writeBoolean(b.inclusive());
      g.writeEndObject();
    }
  }

  private void allocationIssue(AllocationIssue i) {
    g.writeStartObject();
    g.writeName(AI_ALIGNMENT_ID);
    text(i.alignmentId());
    g.writeName(AI_LINE);
    text(i.line());
    g.writeName(AI_KIND);
    g.writeString(ALLOCATION_ISSUE_KIND[i.kind().ordinal()]);
    texts(AI_OBJECTIVES, i.objectives());
    g.writeName(AI_SHARE_SUM);
    number(i.shareSum());
    g.writeEndObject();
  }

  /** Writes a property whose value is a list of texts, unless the list is empty. */
  private void texts(SerializableString name, ImmutableList<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (String v : values) {
        text(v);
      }
      g.writeEndArray();
    }
  }

  private void optionalText(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeName(name);
      text(value.get());
    }
  }

  private void optionalNumber(SerializableString name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeName(name);
      number(value.get());
    }
  }

  /**
   * Writes a decimal as the format writes every decimal: its {@link BigDecimal#toPlainString()} as
   * a JSON string, never in exponent notation. The text is formatted here without intermediate
   * strings when {@link PlainDecimals} can (or taken from the recently written decimals), otherwise
   * by {@code toPlainString()}.
   */
  private void number(BigDecimal value) {
    for (int i = 0; i < RECENT; i++) {
      if (recent[i] == value) {
        g.writeString(recentTexts[i]);
        return;
      }
    }
    int slot = nextRecent;
    AsciiNumber text = recentTexts[slot];
    recent[slot] = null; // its text is overwritten now
    if (text.set(value, digits)) {
      recent[slot] = value;
      nextRecent = (slot + 1) & (RECENT - 1);
      g.writeString(text);
      return;
    }
    g.writeString(plainText(value));
  }

  /**
   * {@code value.toPlainString()}, refused as Jackson refuses to write a plain decimal whose scale
   * is beyond ±{@value #MAX_PLAIN_SCALE} (its text could be gigabytes of zeros).
   */
  private String plainText(BigDecimal value) {
    int scale = value.scale();
    if (scale < -MAX_PLAIN_SCALE || scale > MAX_PLAIN_SCALE) {
      throw new StreamWriteException(
          g,
          "Attempt to write plain `java.math.BigDecimal` with illegal scale ("
              + scale
              + "): needs to be between [-"
              + MAX_PLAIN_SCALE
              + ", "
              + MAX_PLAIN_SCALE
              + "]");
    }
    return value.toPlainString();
  }

  private void text(String value) {
    g.writeString(checked(value));
  }

  /** The text as it is to be written: see {@link #EvaluationJson(JsonGenerator, boolean)}. */
  private String checked(String value) {
    if (!loneSurrogatesAsQuestionMarks) {
      return value;
    }
    int n = value.length();
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        return withoutLoneSurrogates(value, i);
      }
    }
    return value;
  }

  /** {@code value} with each unpaired surrogate from {@code from} on replaced by {@code '?'}. */
  private String withoutLoneSurrogates(String value, int from) {
    StringBuilder b = null;
    int n = value.length();
    for (int i = from; i < n; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (b == null) {
          b = new StringBuilder(value);
        }
        b.setCharAt(i, '?');
      }
    }
    if (b == null) {
      return value;
    }
    replacedLoneSurrogate = true;
    return b.toString();
  }

  private static SerializedString name(Class<?> type, String name) {
    PROPERTIES.computeIfAbsent(type, t -> new ArrayList<>()).add(name);
    return new SerializedString(name);
  }

  private static <E extends Enum<E>> SerializedString[] texts(Class<E> type) {
    E[] constants = type.getEnumConstants();
    SerializedString[] texts = new SerializedString[constants.length];
    List<String> names = new ArrayList<>(constants.length);
    for (int i = 0; i < constants.length; i++) {
      texts[i] = new SerializedString(constants[i].name());
      names.add(constants[i].name());
    }
    ENUM_TEXTS.put(type, Collections.unmodifiableList(names));
    return texts;
  }
}
