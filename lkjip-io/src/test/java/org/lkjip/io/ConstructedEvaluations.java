package org.lkjip.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.ImmutableEvaluation;
import org.lkjip.evaluation.ImmutableIndicatorResult;
import org.lkjip.evaluation.ImmutableIndicatorYear;
import org.lkjip.evaluation.ImmutableLineResult;
import org.lkjip.evaluation.ImmutableObjectiveResult;
import org.lkjip.evaluation.ImmutableReportTotals;
import org.lkjip.evaluation.ReportTotals;
import org.lkjip.evaluation.budget.AllocationIssue;
import org.lkjip.evaluation.budget.ImmutableAllocationIssue;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.evaluation.grading.ImmutableGrade;
import org.lkjip.evaluation.grading.ImmutableScaleFinding;
import org.lkjip.evaluation.grading.Interval;
import org.lkjip.evaluation.grading.ScaleFinding;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.ImmutableFigure;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.model.Absence;
import org.lkjip.model.Bound;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Target;

/**
 * Evaluations built in code, for what evaluating reports rarely or never gives: every enum constant
 * (every rounding mode, status, outcome, position, level and kind), every optional property present
 * and absent, empty and full lists, awkward texts (quotes, control characters, line separators,
 * surrogate pairs, unpaired surrogates, texts longer than the generator's buffer) and awkward
 * decimals (negative scale, 34 digits, scale ±9999, negative zero scale).
 */
final class ConstructedEvaluations {
  /** Texts that stress escaping and encoding. */
  static final List<String> TEXTS =
      List.of(
          "",
          "plain",
          " ",
          "\"quoted\" and \\back\\slashed\\ and /slashed/",
          "controls \u0000\u0001\u0008\t\n\u000b\f\r\u001f end",
          "del \u007f and nbsp \u00a0 and C1 \u0085\u009f",
          "separators \u2028 and \u2029",
          "Tebing Tinggi é ü ß 中文 한국어 ☃ \ufeff\ufffd\uffff",
          "pair \uD83D\uDCC8 and \uDBFF\uDFFF",
          "lone high \uD800 inside",
          "lone low \uDC00 inside",
          "reversed \uDC00\uD800 pair",
          "ends with high \uD83D",
          "\uDFFF starts with low",
          "<script>&amp;</script>",
          "é".repeat(4_100) + "\uD83D\uDE00".repeat(2_100) + "x".repeat(8_001),
          "x".repeat(7_999) + "\uD83D\uDE00" + "é" + "\uD800" + "y".repeat(9_000));

  /** Decimals that stress plain notation. */
  static final List<BigDecimal> DECIMALS =
      List.of(
          BigDecimal.ZERO,
          new BigDecimal("0.00"),
          new BigDecimal("-0.5"),
          new BigDecimal("1E+3"),
          new BigDecimal("-12E+5"),
          new BigDecimal("1E-30"),
          new BigDecimal("71.41666666666666666666666666666667"),
          new BigDecimal("-123456789012345678901234567890.123456789"),
          BigDecimal.valueOf(Long.MAX_VALUE),
          BigDecimal.valueOf(Long.MIN_VALUE, 3),
          new BigDecimal("2693549200"),
          BigDecimal.ONE.movePointLeft(9_999),
          BigDecimal.ONE.movePointRight(9_999).stripTrailingZeros(),
          new BigDecimal("0E-12"));

  private ConstructedEvaluations() {}

  /** All of them. */
  static List<Evaluation> all() {
    List<Evaluation> all = new ArrayList<>();
    all.add(empty());
    all.add(full(0));
    all.add(full(1));
    all.add(full(2));
    for (String text : TEXTS) {
      all.add(textual(text));
    }
    return all;
  }

  /** Nothing optional and every list empty. */
  static Evaluation empty() {
    return ImmutableEvaluation.builder()
        .ruleSetId("r")
        .ruleSetVersion(0)
        .fiscalYear(2022)
        .scaleId("s")
        .totals(totals(0))
        .build();
  }

  /** Every text of an evaluation set to {@code text}, in ids, reasons, labels, keys and notes. */
  static Evaluation textual(String text) {
    Figure figure =
        ImmutableFigure.builder()
            .status(Status.RULE_FAILED)
            .reason(text)
            .rule(text)
            .putInput(text, BigDecimal.ONE)
            .putInput(text + "2", BigDecimal.TEN)
            .build();
    ImmutableReportTotals.Builder totals = ImmutableReportTotals.builder();
    totals
        .budget(figure)
        .spending(figure)
        .absorption(figure)
        .meanAbsorption(figure)
        .weightedMeanAbsorption(figure)
        .meanPhysicalProgress(figure)
        .unspent(figure)
        .periodSpending(figure)
        .periodDifference(figure);
    return ImmutableEvaluation.builder()
        .ruleSetId(text)
        .ruleSetVersion(-1)
        .inputHash(text)
        .fiscalYear(Integer.MAX_VALUE)
        .scaleId(text)
        .alignmentId(text)
        .addIndicator(
            ImmutableIndicatorResult.builder()
                .indicatorId(text)
                .objectiveId(text)
                .addYear(
                    ImmutableIndicatorYear.builder()
                        .year(Integer.MIN_VALUE)
                        .value(figure)
                        .target(
                            ImmutableTarget.builder()
                                .absence(Absence.NOT_REPORTED)
                                .printed(text)
                                .build())
                        .achievement(figure)
                        .grade(
                            ImmutableGrade.builder()
                                .scaleId(text)
                                .outcome(Grade.Outcome.GRADED)
                                .label(text)
                                .addLabel(text)
                                .reason(text)
                                .build())
                        .planProgress(figure)
                        .standardComparison(figure)
                        .build())
                .build())
        .totals(totals.build())
        .addScaleFinding(
            ImmutableScaleFinding.builder()
                .scaleId(text)
                .kind(ScaleFinding.Kind.OVERLAP)
                .interval(Interval.point(BigDecimal.ONE))
                .addLabel(text)
                .addLabel(text)
                .build())
        .addAllocationIssue(
            ImmutableAllocationIssue.builder()
                .alignmentId(text)
                .line(text)
                .kind(AllocationIssue.Kind.ALLOCATED_MORE_THAN_ONCE)
                .addObjective(text)
                .shareSum(BigDecimal.ZERO)
                .build())
        .addNote(text)
        .addNote(text)
        .build();
  }

  /**
   * Everything present, with every enum constant and decimal spread over the properties; {@code
   * variant} shifts which goes where.
   */
  static Evaluation full(int variant) {
    ImmutableEvaluation.Builder e =
        ImmutableEvaluation.builder()
            .ruleSetId("recommended")
            .ruleSetVersion(variant + 1)
            .inputHash("0123456789abcdef")
            .fiscalYear(2022 + variant)
            .scaleId("akip")
            .alignmentId("alignment-" + variant)
            .totals(totals(variant));
    ImmutableIndicatorResult.Builder indicator =
        ImmutableIndicatorResult.builder().indicatorId("IKU" + variant).objectiveId("S1");
    int n = 0;
    for (Grade.Outcome outcome : Grade.Outcome.values()) {
      for (Grade.Position position : Grade.Position.values()) {
        indicator.addYear(
            ImmutableIndicatorYear.builder()
                .year(2000 + n)
                .value(figure(n + variant))
                .target(target(n + variant))
                .achievement(figure(n + variant + 1))
                .grade(grade(outcome, position, n + variant))
                .planProgress(figure(n + variant + 2))
                .standardComparison(figure(n + variant + 3))
                .build());
        n++;
      }
    }
    e.addIndicator(indicator.build());
    e.addIndicator(
        ImmutableIndicatorResult.builder().indicatorId("empty").objectiveId("S2").build());
    for (int i = 0; i < 3; i++) {
      e.addObjective(
          ImmutableObjectiveResult.builder()
              .objectiveId("S" + i)
              .achievement(figure(variant + i))
              .budget(figure(variant + i + 1))
              .spending(figure(variant + i + 2))
              .absorption(figure(variant + i + 3))
              .efficiency(figure(variant + i + 4))
              .build());
    }
    for (RoundingMode mode : RoundingMode.values()) {
      Figure rounded =
          ImmutableFigure.builder()
              .from(figure(variant * 6))
              .rounding(Rounding.of(mode.ordinal() + variant, mode))
              .build();
      e.addObjective(
          ImmutableObjectiveResult.builder()
              .objectiveId("rounded " + mode)
              .achievement(rounded)
              .budget(rounded)
              .spending(rounded)
              .absorption(rounded)
              .efficiency(rounded)
              .build());
    }
    for (LineLevel level : LineLevel.values()) {
      int i = level.ordinal() + variant;
      e.addLine(
          ImmutableLineResult.builder()
              .lineId("line-" + level)
              .level(level)
              .budget(figure(i))
              .spending(figure(i + 1))
              .absorption(figure(i + 2))
              .unspent(figure(i + 3))
              .periodSpending(figure(i + 4))
              .periodDifference(figure(i + 5))
              .physicalProgress(figure(i + 6))
              .outputAchievement(figure(i + 7))
              .efficiency(figure(i + 8))
              .build());
    }
    for (ScaleFinding.Kind kind : ScaleFinding.Kind.values()) {
      int i = kind.ordinal() + variant;
      ImmutableScaleFinding.Builder f =
          ImmutableScaleFinding.builder().scaleId("akip").kind(kind).interval(interval(i));
      for (int l = 0; l < i % 3; l++) {
        f.addLabel("Band " + l);
      }
      e.addScaleFinding(f.build());
    }
    for (AllocationIssue.Kind kind : AllocationIssue.Kind.values()) {
      int i = kind.ordinal() + variant;
      ImmutableAllocationIssue.Builder a =
          ImmutableAllocationIssue.builder()
              .alignmentId("a")
              .line("1.a." + i)
              .kind(kind)
              .shareSum(decimal(i));
      for (int o = 0; o < i % 3; o++) {
        a.addObjective("S" + o);
      }
      e.addAllocationIssue(a.build());
    }
    e.addNote("note " + variant).addNote("");
    return e.build();
  }

  private static BigDecimal decimal(int i) {
    return DECIMALS.get(Math.floorMod(i, DECIMALS.size()));
  }

  /** A figure of each status in turn; computed ones cycle through the rounding modes. */
  static Figure figure(int i) {
    Status status = Status.values()[Math.floorMod(i, Status.values().length)];
    ImmutableFigure.Builder f = ImmutableFigure.builder().status(status).rule("rule:" + i);
    if (status == Status.COMPUTED) {
      f.value(decimal(i));
      if (i % 4 != 0) {
        f.reason("computed from the published actual " + i);
      }
      if (i % 3 != 0) {
        f.unrounded(decimal(i + 5));
      }
      if (i % 2 == 0) {
        RoundingMode mode =
            RoundingMode.values()[Math.floorMod(i / 2, RoundingMode.values().length)];
        f.rounding(Rounding.of(i % 13, mode));
      }
    } else {
      f.reason("not computed: " + status);
    }
    for (int k = 0; k < i % 4; k++) {
      f.putInput("input[" + k + "]", decimal(i + k));
    }
    return f.build();
  }

  private static Target target(int i) {
    ImmutableTarget.Builder t = ImmutableTarget.builder();
    if (i % 2 == 0) {
      t.year(2020 + i);
    }
    switch (Math.floorMod(i, 3)) {
      case 0 -> t.value(decimal(i));
      case 1 -> t.low(BigDecimal.ONE).high(BigDecimal.TEN);
      default -> t.absence(Absence.values()[Math.floorMod(i, Absence.values().length)]);
    }
    if (i % 5 != 0) {
      t.printed(i % 5 == 1 ? "" : "printed " + i);
    }
    return t.build();
  }

  private static Grade grade(Grade.Outcome outcome, Grade.Position position, int i) {
    ImmutableGrade.Builder g =
        ImmutableGrade.builder().scaleId("akip").outcome(outcome).reason("because " + i);
    if (outcome != Grade.Outcome.NOT_GRADED) {
      g.value(decimal(i));
    }
    if (outcome == Grade.Outcome.GRADED) {
      g.label("Baik");
    }
    if (outcome == Grade.Outcome.UNCOVERED) {
      g.position(position);
    }
    if (outcome == Grade.Outcome.AMBIGUOUS || i % 2 == 0) {
      g.addLabel("A").addLabel("B");
    }
    return g.build();
  }

  private static Interval interval(int i) {
    Optional<Bound> lower = Optional.of(Bound.exclusive(new BigDecimal("80")));
    Optional<Bound> upper = Optional.of(Bound.inclusive(new BigDecimal("81.5")));
    return switch (Math.floorMod(i, 4)) {
      case 0 -> Interval.of(lower, upper);
      case 1 -> Interval.of(lower, Optional.empty());
      case 2 -> Interval.of(Optional.empty(), upper);
      default -> Interval.of(Optional.empty(), Optional.empty());
    };
  }

  private static ReportTotals totals(int i) {
    return ImmutableReportTotals.builder()
        .budget(figure(i))
        .spending(figure(i + 1))
        .absorption(figure(i + 2))
        .meanAbsorption(figure(i + 3))
        .weightedMeanAbsorption(figure(i + 4))
        .meanPhysicalProgress(figure(i + 5))
        .unspent(figure(i + 6))
        .periodSpending(figure(i + 7))
        .periodDifference(figure(i + 8))
        .build();
  }
}
