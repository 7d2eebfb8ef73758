package org.lkjip.examples.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.IndicatorResult;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.LineResult;
import org.lkjip.evaluation.ObjectiveResult;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.budget.LineLevel;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.examples.synth.SyntheticReports.Defect;
import org.lkjip.examples.synth.SyntheticReports.Generated;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.IndonesianNumbers;
import org.lkjip.model.Absence;
import org.lkjip.model.Activity;
import org.lkjip.model.Band;
import org.lkjip.model.GradingScale;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Program;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * Publishes the figures a real LKjIP prints for a structural report: it evaluates the report with
 * {@link RuleSets#recommended()} and prints, the Indonesian way ("52,73%", "3.308.936.254", "Rp
 * 4.544.274.054"),
 *
 * <ul>
 *   <li>per indicator (Tabel 5): target, value (<i>realisasi</i>), achievement (<i>% capaian</i>)
 *       and grade (<i>kategori</i>) on the stated AKIP scale;
 *   <li>per program and sub-activity (Tabel 12): budget, spending and absorption;
 *   <li>per objective (Tabel 13): achievement and budget efficiency;
 *   <li>the report's total row (Lampiran RFK, row TOTAL): budget, spending and absorption.
 * </ul>
 *
 * <p>A figure that cannot be computed is printed as "-" ({@link Absence#NIL}); a grade outside
 * every band is not printed. Then it plants the requested {@link Defect}, if any.
 */
final class SyntheticPublisher {
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());
  private static final RuleSet RULES = RuleSets.recommended();
  private static final GradingScale SCALE = Scales.akip();
  private static final String PERFORMANCE_TABLE = "Tabel 5";
  private static final String BUDGET_TABLE = "Tabel 12";
  private static final String EFFICIENCY_TABLE = "Tabel 13";
  private static final String RFK = "Lampiran RFK";
  private static final String TOTAL_ROW = "TOTAL";

  private SyntheticPublisher() {}

  /**
   * The report with its stated scale, published figures and the planted defect; the defect returned
   * is the one actually planted (a digit swap when the planned one is impossible).
   */
  static Generated publish(Report structure, Optional<Defect> defect, SplittableRandom rnd) {
    Report report = ImmutableReport.copyOf(structure).withStatedScale(SCALE);
    if (defect.isPresent() && defect.get() == Defect.DUPLICATED_CODE) {
      report = duplicateCode(report, rnd);
    }
    Evaluation evaluation = EVALUATOR.evaluate(report, RULES);
    Figures figures = new Figures(report, evaluation);
    Optional<Defect> planted = defect;
    if (defect.isPresent()) {
      boolean done =
          switch (defect.get()) {
            case DIGIT_SWAP_IN_TOTAL -> false;
            case GRADE_FROM_WRONG_BAND -> figures.gradeFromWrongBand(rnd);
            case OTHER_ROUNDING -> figures.truncateInsteadOfRounding(rnd);
            case DUPLICATED_CODE -> true; // planted in the structure above
          };
      if (!done) {
        // planned, or no graded indicator / no percentage with a third decimal: a digit swap
        figures.swapDigitsInATotal(rnd);
        planted = Optional.of(Defect.DIGIT_SWAP_IN_TOTAL);
      }
    }
    return new Generated(ImmutableReport.copyOf(report).withPublished(figures.published), planted);
  }

  /** Gives the last sub-activity the code of the first one (a report of 10+ lines has both). */
  private static Report duplicateCode(Report report, SplittableRandom rnd) {
    List<SubActivity> subs = report.subActivities();
    int from = rnd.nextInt(subs.size() - 1);
    SubActivity source = subs.get(from);
    SubActivity target = subs.get(from + 1 + rnd.nextInt(subs.size() - from - 1));
    String code = source.code().orElse(source.id());
    List<Program> programs = new ArrayList<>();
    for (Program p : report.programs()) {
      List<Activity> activities = new ArrayList<>();
      for (Activity a : p.activities()) {
        List<SubActivity> lines = new ArrayList<>();
        for (SubActivity s : a.subActivities()) {
          lines.add(
              s.id().equals(target.id())
                  ? org.lkjip.model.ImmutableSubActivity.copyOf(s).withCode(code)
                  : s);
        }
        activities.add(ImmutableActivity.copyOf(a).withSubActivities(lines));
      }
      programs.add(ImmutableProgram.copyOf(p).withActivities(activities));
    }
    return ImmutableReport.copyOf(report).withPrograms(programs);
  }

  /** The figures being printed, and where the candidates for each defect are. */
  private static final class Figures {
    private final List<PublishedFigure> published = new ArrayList<>();
    private final List<Integer> totals = new ArrayList<>();
    private final List<Integer> grades = new ArrayList<>();
    private final List<Integer> percentages = new ArrayList<>();
    private final List<Figure> percentageFigures = new ArrayList<>();

    Figures(Report report, Evaluation evaluation) {
      int fiscalYear = report.fiscalYear();
      int row = 0;
      for (IndicatorResult r : evaluation.indicators()) {
        row++;
        Indicator indicator = report.find(r.indicatorId(), Indicator.class).orElseThrow();
        for (IndicatorYear y : r.years()) {
          if (y.year() != fiscalYear) {
            continue;
          }
          String subject = indicator.id();
          String rowText = String.valueOf(row);
          y.target().ifPresent(t -> target(rowText, subject, t));
          percent(
              PERFORMANCE_TABLE, rowText, "Realisasi", Measure.INDICATOR_VALUE, subject, y.value());
          percent(
              PERFORMANCE_TABLE,
              rowText,
              "% Capaian",
              Measure.ACHIEVEMENT,
              subject,
              y.achievement());
          y.grade()
              .label()
              .ifPresent(
                  label -> {
                    grades.add(published.size());
                    add(
                        figure(PERFORMANCE_TABLE, rowText, "Kategori", Measure.GRADE, subject)
                            .printed(label));
                  });
        }
      }
      row = 0;
      for (ObjectiveResult o : evaluation.objectives()) {
        row++;
        String rowText = String.valueOf(row);
        percent(
            EFFICIENCY_TABLE,
            rowText,
            "% Capaian",
            Measure.ACHIEVEMENT,
            o.objectiveId(),
            o.achievement());
        percent(
            EFFICIENCY_TABLE,
            rowText,
            "Tingkat Efisiensi Anggaran",
            Measure.EFFICIENCY,
            o.objectiveId(),
            o.efficiency());
      }
      for (LineResult line : evaluation.lines()) {
        if (line.level() == LineLevel.ACTIVITY) {
          continue;
        }
        String rowText = rowOf(report, line);
        boolean program = line.level() == LineLevel.PROGRAM;
        if (program) {
          totals.add(published.size());
        }
        money(
            BUDGET_TABLE,
            rowText,
            "Anggaran (Rp)",
            Measure.BUDGET,
            line.lineId(),
            line.budget(),
            false);
        if (program) {
          totals.add(published.size());
        }
        money(
            BUDGET_TABLE,
            rowText,
            "Realisasi (Rp)",
            Measure.SPENDING,
            line.lineId(),
            line.spending(),
            false);
        percent(
            BUDGET_TABLE,
            rowText,
            "% Capaian",
            Measure.ABSORPTION,
            line.lineId(),
            line.absorption());
      }
      totals.add(published.size());
      money(RFK, TOTAL_ROW, "ANGGARAN", Measure.BUDGET, null, evaluation.totals().budget(), true);
      totals.add(published.size());
      money(
          RFK,
          TOTAL_ROW,
          "TOTAL REALISASI S.D BULAN INI",
          Measure.SPENDING,
          null,
          evaluation.totals().spending(),
          true);
      percent(
          RFK,
          TOTAL_ROW,
          "PERSENTASE REALISASI KEUANGAN (%)",
          Measure.ABSORPTION,
          null,
          evaluation.totals().absorption());
    }

    private static String rowOf(Report report, LineResult line) {
      Optional<String> code =
          line.level() == LineLevel.PROGRAM
              ? report.find(line.lineId(), Program.class).flatMap(Program::code)
              : report.find(line.lineId(), SubActivity.class).flatMap(SubActivity::code);
      return code.orElse(line.lineId());
    }

    private void add(ImmutablePublishedFigure.Builder b) {
      published.add(b.build());
    }

    private static ImmutablePublishedFigure.Builder figure(
        String table, String row, String column, Measure measure, @Nullable String subject) {
      ImmutablePublishedFigure.Builder b =
          ImmutablePublishedFigure.builder().table(table).row(row).column(column).measure(measure);
      if (subject != null) {
        b.subject(subject);
      }
      return b;
    }

    private void target(String row, String subject, Target t) {
      ImmutablePublishedFigure.Builder b =
          figure(PERFORMANCE_TABLE, row, "Target", Measure.TARGET, subject);
      if (t.value().isPresent()) {
        BigDecimal v = t.value().get();
        add(
            b.printed(IndonesianNumbers.formatIndonesian(v, Math.max(0, v.scale())) + "%")
                .value(v));
      } else if (t.absence().isPresent()) {
        add(b.printed(t.printed().orElse("-")).absence(t.absence().get()));
      }
    }

    private void percent(
        String table,
        String row,
        String column,
        Measure measure,
        @Nullable String subject,
        Figure f) {
      ImmutablePublishedFigure.Builder b = figure(table, row, column, measure, subject);
      if (f.isComputed()) {
        BigDecimal v = f.valueOrThrow();
        if (f.unrounded().isPresent()) {
          percentages.add(published.size());
          percentageFigures.add(f);
        }
        add(b.printed(percentText(v)).value(v));
      } else {
        add(b.printed("-").absence(Absence.NIL));
      }
    }

    private void money(
        String table,
        String row,
        String column,
        Measure measure,
        @Nullable String subject,
        Figure f,
        boolean rupiahSign) {
      ImmutablePublishedFigure.Builder b = figure(table, row, column, measure, subject);
      if (f.isComputed()) {
        BigDecimal v = f.valueOrThrow();
        add(b.printed(moneyText(v, rupiahSign)).value(v));
      } else {
        add(b.printed("-").absence(Absence.NIL));
      }
    }

    private static String percentText(BigDecimal v) {
      return IndonesianNumbers.formatIndonesian(v, Math.max(0, v.scale())) + "%";
    }

    private static String moneyText(BigDecimal v, boolean rupiahSign) {
      String digits = IndonesianNumbers.formatIndonesian(v, Math.max(0, v.scale()));
      return rupiahSign ? "Rp " + digits : digits;
    }

    // ------------------------------------------------------------------------------- defects

    /** Swaps two adjacent, different digits of a printed money total; always possible here. */
    void swapDigitsInATotal(SplittableRandom rnd) {
      int start = rnd.nextInt(totals.size());
      for (int k = 0; k < totals.size(); k++) {
        int index = totals.get((start + k) % totals.size());
        PublishedFigure f = published.get(index);
        if (f.value().isEmpty()) {
          continue;
        }
        String digits = f.value().get().toPlainString();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i + 1 < digits.length(); i++) {
          if (Character.isDigit(digits.charAt(i))
              && Character.isDigit(digits.charAt(i + 1))
              && digits.charAt(i) != digits.charAt(i + 1)
              && !(i == 0 && digits.charAt(1) == '0')) {
            positions.add(i);
          }
        }
        if (positions.isEmpty()) {
          continue;
        }
        int i = positions.get(rnd.nextInt(positions.size()));
        char[] c = digits.toCharArray();
        char tmp = c[i];
        c[i] = c[i + 1];
        c[i + 1] = tmp;
        BigDecimal swapped = new BigDecimal(new String(c));
        boolean rupiahSign = f.printed().startsWith("Rp");
        published.set(
            index,
            // printed and value together: the figure must read as its value at every step
            ImmutablePublishedFigure.builder()
                .from(f)
                .value(swapped)
                .printed(moneyText(swapped, rupiahSign))
                .build());
        return;
      }
    }

    /** Prints one grade from a neighbouring band; false when no grade was printed. */
    boolean gradeFromWrongBand(SplittableRandom rnd) {
      if (grades.isEmpty()) {
        return false;
      }
      int index = grades.get(rnd.nextInt(grades.size()));
      PublishedFigure f = published.get(index);
      List<Band> bands = SCALE.bands();
      int band = 0;
      while (band < bands.size() && !bands.get(band).label().equals(f.printed())) {
        band++;
      }
      int other =
          band == 0 ? 1 : band == bands.size() - 1 ? band - 1 : band + (rnd.nextBoolean() ? 1 : -1);
      published.set(
          index, ImmutablePublishedFigure.copyOf(f).withPrinted(bands.get(other).label()));
      return true;
    }

    /**
     * Prints one percentage truncated to 2 decimals where half-up gives another number; false when
     * no percentage has such a third decimal.
     */
    boolean truncateInsteadOfRounding(SplittableRandom rnd) {
      List<Integer> candidates = new ArrayList<>();
      for (int k = 0; k < percentages.size(); k++) {
        BigDecimal unrounded = percentageFigures.get(k).unrounded().orElseThrow();
        if (unrounded
                .setScale(2, RoundingMode.DOWN)
                .compareTo(unrounded.setScale(2, RoundingMode.HALF_UP))
            != 0) {
          candidates.add(k);
        }
      }
      if (candidates.isEmpty()) {
        return false;
      }
      int k = candidates.get(rnd.nextInt(candidates.size()));
      int index = percentages.get(k);
      BigDecimal truncated =
          percentageFigures.get(k).unrounded().orElseThrow().setScale(2, RoundingMode.DOWN);
      published.set(
          index,
          ImmutablePublishedFigure.builder()
              .from(published.get(index))
              .value(truncated)
              .printed(percentText(truncated))
              .build());
      return true;
    }
  }
}
