package org.lkjip.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.formulas.UnemploymentRateFormula;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Polarity;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * A host application (another city office's Java program) embedding lkjip: it builds a small report
 * in code, with an indicator computed by its own formula ({@value UnemploymentRateFormula#ID},
 * found through {@link java.util.ServiceLoader} by {@link FormulaRegistry#standard()}), evaluates
 * it under the recommended rule set and prints one figure, the indicator's achievement, with its
 * provenance: rule, inputs, unrounded value, rounding and grade.
 *
 * @since 0.1
 */
public final class HostApplicationExample {
  /** Fiscal year of the example report. */
  static final int YEAR = 2024;

  private HostApplicationExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    run(out);
    out.flush();
  }

  /** Builds, evaluates and prints to {@code out}. */
  public static void run(PrintWriter out) {
    Report report = report();
    RuleSet rules = RuleSets.recommended();
    Evaluation evaluation = new Evaluator(FormulaRegistry.standard()).evaluate(report, rules);
    Indicator indicator = report.indicators().get(0);
    IndicatorYear year =
        evaluation
            .indicator(indicator.id())
            .flatMap(r -> r.year(YEAR))
            .orElseThrow(() -> new IllegalStateException("bug: indicator not evaluated"));
    out.println(
        "Achievement of "
            + indicator.id()
            + " ("
            + indicator.name()
            + ", polarity "
            + indicator.polarity()
            + ") in "
            + YEAR
            + ", rule set "
            + rules.id()
            + " version "
            + rules.version());
    print(out, "achievement", year.achievement());
    print(out, "from the value", year.value());
    out.println(
        "  grade: "
            + year.grade().label().orElse(year.grade().outcome().name())
            + " on scale "
            + year.grade().scaleId());
    out.flush();
  }

  private static void print(PrintWriter out, String what, Figure f) {
    out.println("  " + what + ": " + f.value().map(BigDecimal::toPlainString).orElse("none"));
    out.println("    status:    " + f.status());
    out.println("    rule:      " + f.rule());
    for (Map.Entry<String, BigDecimal> e : f.inputs().entrySet()) {
      out.println("    input:     " + e.getKey() + " = " + e.getValue().toPlainString());
    }
    f.unrounded().ifPresent(u -> out.println("    unrounded: " + u.toPlainString()));
    f.rounding()
        .ifPresent(r -> out.println("    rounding:  " + r.id() + " (" + r.describe() + ")"));
    f.reason().ifPresent(r -> out.println("    note:      " + r));
  }

  /**
   * The example report: one goal, one objective, one indicator (the open unemployment rate, lower
   * is better, target 6 %, raw inputs for the year) and two sub-activities serving it.
   */
  static Report report() {
    Indicator unemployment =
        ImmutableIndicator.builder()
            .id("IKU-TPT")
            .name("Tingkat Pengangguran Terbuka")
            .unit("%")
            .polarity(Polarity.NEGATIVE)
            .formula(UnemploymentRateFormula.ID)
            .addInputs(
                ImmutableObservation.builder()
                    .name(UnemploymentRateFormula.UNEMPLOYED)
                    .year(YEAR)
                    .value(new BigDecimal("1830"))
                    .build(),
                ImmutableObservation.builder()
                    .name(UnemploymentRateFormula.LABOUR_FORCE)
                    .year(YEAR)
                    .value(new BigDecimal("29412"))
                    .build())
            .addTargets(ImmutableTarget.builder().year(YEAR).value(new BigDecimal("6")).build())
            .dataSource("Survei Angkatan Kerja Daerah")
            .build();
    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("Dinas Tenaga Kerja").region("Kota Contoh").build())
        .fiscalYear(YEAR)
        .addGoals(
            ImmutableGoal.builder()
                .id("T1")
                .name("Meningkatnya kesempatan kerja")
                .addObjectives(
                    ImmutableObjective.builder()
                        .id("S1")
                        .name("Menurunnya pengangguran terbuka")
                        .addIndicators(unemployment)
                        .build())
                .build())
        .addPrograms(
            ImmutableProgram.builder()
                .id("P1")
                .name("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja")
                .addActivities(
                    ImmutableActivity.builder()
                        .id("P1.a")
                        .name("Pelaksanaan Pelatihan Berdasarkan Unit Kompetensi")
                        .addSubActivities(
                            line("P1.a.1", "Pelatihan kerja menjahit", 120_000_000, 117_500_000),
                            line("P1.a.2", "Bursa kerja daerah", 80_000_000, 64_000_000))
                        .build())
                .build())
        .addAlignments(
            ImmutableAlignment.builder()
                .id("cascade")
                .addLinks(
                    ImmutableAlignmentLink.builder().objective("S1").line("P1.a.1").build(),
                    ImmutableAlignmentLink.builder().objective("S1").line("P1.a.2").build())
                .build())
        .build();
  }

  private static SubActivity line(String id, String name, long budget, long spending) {
    return ImmutableSubActivity.builder()
        .id(id)
        .name(name)
        .budget(BigDecimal.valueOf(budget))
        .spending(BigDecimal.valueOf(spending))
        .output(
            ImmutableOutput.builder()
                .indicator("Peserta yang dilatih atau difasilitasi")
                .target(Quantity.of(BigDecimal.valueOf(40), "orang"))
                .actual(Quantity.of(BigDecimal.valueOf(40), "orang"))
                .build())
        .physicalProgress(BigDecimal.valueOf(100))
        .build();
  }
}
