package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.Formulas;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Polarity;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * Generated reports for the cause search: one objective with indicators of random polarity whose
 * values are certified / examined × 100 from seeded random counts, random targets for the fiscal
 * year and the year before, and the figures a report prints for them under a rule set (Tabel 5:
 * target, realisasi and capaian of each indicator; Tabel 6: the objective's capaian), each the rule
 * set's own value, so that every figure matches until a test plants a variant.
 */
final class CauseReports {
  static final int YEAR = 2022;
  static final String INDICATORS = "Tabel 5";
  static final String OBJECTIVES = "Tabel 6";
  static final String OBJECTIVE = "O1";
  static final String LINES = "Tabel 7";
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());

  private CauseReports() {}

  /**
   * One indicator: polarity, raw counts (none for an indicator whose realisasi is only printed),
   * targets.
   *
   * @param printedActual for an indicator without raw counts, its realisasi as printed
   */
  record Spec(
      Polarity polarity,
      int certified,
      int examined,
      int target,
      int previousTarget,
      @Nullable BigDecimal printedActual) {
    /** The unrounded indicator value from the counts. */
    BigDecimal value() {
      return BigDecimal.valueOf(certified * 100L)
          .divide(BigDecimal.valueOf(examined), 30, RoundingMode.HALF_EVEN);
    }
  }

  /** A random indicator: value 5..100 %, targets 30..95 (the two differ), never value = target. */
  static Spec spec(SplittableRandom rnd, Polarity polarity) {
    int examined = rnd.nextInt(20, 500);
    int certified = rnd.nextInt(Math.max(1, examined / 20), examined + 1);
    int target = rnd.nextInt(30, 96);
    int previous = rnd.nextInt(30, 96);
    if (previous == target) {
      previous = target == 95 ? 94 : target + 1;
    }
    Spec s = new Spec(polarity, certified, examined, target, previous, null);
    return s.value().compareTo(BigDecimal.valueOf(target)) == 0 ? spec(rnd, polarity) : s;
  }

  /** The report of {@code specs} with every figure printed as {@code rules} computes it. */
  static Report report(List<Spec> specs, RuleSet rules) {
    return report(specs, rules, List.of());
  }

  /**
   * As {@link #report(List, RuleSet)}, with one program of one activity whose sub-activities have
   * the given budgets and spending ({@code {budget, spending}}) and an output fully achieved, and
   * their efficiency printed in {@value #LINES} (row = sub-activity id).
   */
  static Report report(List<Spec> specs, RuleSet rules, List<long[]> lines) {
    List<Indicator> indicators = new ArrayList<>();
    List<PublishedFigure> published = new ArrayList<>();
    for (int k = 0; k < specs.size(); k++) {
      Spec s = specs.get(k);
      String id = "I" + (k + 1);
      ImmutableIndicator.Builder b =
          ImmutableIndicator.builder()
              .id(id)
              .name("Persentase indikator " + (k + 1))
              .unit("%")
              .polarity(s.polarity())
              .addTargets(target(YEAR - 1, s.previousTarget()), target(YEAR, s.target()));
      if (s.printedActual() == null) {
        b.formula(Formulas.CERTIFICATION_RATIO)
            .addInputs(input("certified", s.certified()), input("examined", s.examined()));
      }
      indicators.add(b.build());
    }
    List<SubActivity> subs = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      subs.add(sub("1.a." + (k + 1), lines.get(k)[0], lines.get(k)[1]));
    }
    Report structure = withLines(report(indicators, List.of()), subs);
    // the realisasi of indicators without counts must be printed before evaluation
    for (int k = 0; k < specs.size(); k++) {
      BigDecimal a = specs.get(k).printedActual();
      if (a != null) {
        published.add(
            figure(INDICATORS, k + 1, "Realisasi", a, Measure.INDICATOR_VALUE, "I" + (k + 1)));
      }
    }
    Evaluation e = EVALUATOR.evaluate(withLines(report(indicators, published), subs), rules);
    List<PublishedFigure> all = new ArrayList<>();
    for (int k = 0; k < specs.size(); k++) {
      String id = "I" + (k + 1);
      IndicatorYear y = e.indicator(id).orElseThrow().year(YEAR).orElseThrow();
      all.add(
          figure(
              INDICATORS,
              k + 1,
              "Target",
              BigDecimal.valueOf(specs.get(k).target()),
              Measure.TARGET,
              id));
      BigDecimal a = specs.get(k).printedActual();
      all.add(
          figure(
              INDICATORS,
              k + 1,
              "Realisasi",
              a != null ? a : y.value().valueOrThrow(),
              Measure.INDICATOR_VALUE,
              id));
      all.add(
          figure(INDICATORS, k + 1, "% Capaian", value(y.achievement()), Measure.ACHIEVEMENT, id));
    }
    all.add(
        figure(
            OBJECTIVES,
            1,
            "% Capaian",
            value(e.objective(OBJECTIVE).orElseThrow().achievement()),
            Measure.ACHIEVEMENT,
            OBJECTIVE));
    for (SubActivity sub : subs) {
      all.add(
          ImmutablePublishedFigure.builder()
              .table(LINES)
              .row(sub.id())
              .column("Efisiensi")
              .printed(text(e.line(sub.id()).orElseThrow().efficiency().valueOrThrow()))
              .value(e.line(sub.id()).orElseThrow().efficiency().valueOrThrow())
              .measure(Measure.EFFICIENCY)
              .subject(sub.id())
              .build());
    }
    return ImmutableReport.copyOf(structure).withPublished(all);
  }

  private static Report withLines(Report r, List<SubActivity> subs) {
    if (subs.isEmpty()) {
      return r;
    }
    return ImmutableReport.copyOf(r)
        .withPrograms(
            ImmutableProgram.builder()
                .id("1")
                .code("2.07.03")
                .name("Program")
                .addActivities(
                    ImmutableActivity.builder()
                        .id("1.a")
                        .code("2.07.03.2.01")
                        .name("Kegiatan")
                        .addAllSubActivities(subs)
                        .build())
                .build());
  }

  private static SubActivity sub(String id, long budget, long spending) {
    return ImmutableSubActivity.builder()
        .id(id)
        .code("2.07.03.2.01." + id.substring(id.lastIndexOf('.') + 1))
        .name("Sub kegiatan " + id)
        .output(
            ImmutableOutput.builder()
                .indicator("Jumlah jenis")
                .target(Quantity.of(new BigDecimal("4"), "jenis"))
                .actual(Quantity.of(new BigDecimal("4"), "jenis"))
                .build())
        .budget(BigDecimal.valueOf(budget))
        .spending(BigDecimal.valueOf(spending))
        .build();
  }

  /** {@code r} with the figure {@code which} printed as {@code value} (2 decimals, "12,34%"). */
  static Report withPrinted(Report r, Predicate<PublishedFigure> which, BigDecimal value) {
    List<PublishedFigure> out = new ArrayList<>();
    int changed = 0;
    for (PublishedFigure p : r.published()) {
      if (which.test(p)) {
        changed++;
        out.add(
            ImmutablePublishedFigure.builder().from(p).printed(text(value)).value(value).build());
      } else {
        out.add(p);
      }
    }
    if (changed != 1) {
      throw new IllegalStateException("bug: " + changed + " figures match");
    }
    return ImmutableReport.copyOf(r).withPublished(out);
  }

  /** The figure of {@code measure} of {@code subject} in {@code table}. */
  static Predicate<PublishedFigure> at(String table, Measure measure, String subject) {
    return p ->
        p.table().equals(table)
            && p.measure() == measure
            && p.subject().equals(Optional.of(subject));
  }

  private static BigDecimal value(Figure f) {
    return f.valueOrThrow();
  }

  private static Report report(List<Indicator> indicators, List<PublishedFigure> published) {
    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("Dinas Contoh").region("Kota Contoh").build())
        .fiscalYear(YEAR)
        .addGoals(
            ImmutableGoal.builder()
                .id("G1")
                .name("Tujuan")
                .addObjectives(
                    ImmutableObjective.builder()
                        .id(OBJECTIVE)
                        .name("Sasaran")
                        .addAllIndicators(indicators)
                        .build())
                .build())
        .addAllPublished(published)
        .build();
  }

  private static ImmutableTarget target(int year, int value) {
    return ImmutableTarget.builder()
        .year(year)
        .value(BigDecimal.valueOf(value))
        .printed(Integer.toString(value))
        .build();
  }

  private static ImmutableObservation input(String name, int value) {
    return ImmutableObservation.builder()
        .name(name)
        .year(YEAR)
        .value(BigDecimal.valueOf(value))
        .build();
  }

  private static PublishedFigure figure(
      String table, int row, String column, BigDecimal value, Measure measure, String subject) {
    return ImmutablePublishedFigure.builder()
        .table(table)
        .row(Integer.toString(row))
        .column(column)
        .printed(text(value))
        .value(value)
        .measure(measure)
        .subject(subject)
        .build();
  }

  /** A number as an Indonesian report prints a percentage: "12,34%", "-5,1%", "95%". */
  static String text(BigDecimal value) {
    return value.toPlainString().replace('.', ',') + "%";
  }
}
