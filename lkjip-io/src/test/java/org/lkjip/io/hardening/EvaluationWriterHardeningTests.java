package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.io.EvaluationOracle;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Absence;
import org.lkjip.model.Report;

/**
 * The hand-written evaluation writer against the databind oracle on the hardening inputs: every
 * mutant of the seed that reads ({@link SeedMutants}), and large reports made with {@link
 * GeneratedDocument} (hundreds of indicators with built-in formulas, random inputs and targets of
 * every kind, and sub-activities with random budgets), each from several seeds.
 */
class EvaluationWriterHardeningTests {
  private static final long SEED = 20_221_231L;
  private static final int MUTANTS = 300;
  private static final FormulaRegistry REGISTRY = FormulaRegistry.standard();
  private static final Evaluator EVALUATOR = new Evaluator(REGISTRY);
  private static final ReportReader READER = new ReportReader();

  @Test
  void seedMutants_thatRead_sameBytesAsDatabind() throws IOException {
    SeedMutants generator = new SeedMutants(Files.readAllBytes(Resources.seed()));
    int accepted = 0;
    for (int i = 0; i < MUTANTS; i++) {
      SeedMutants.Mutant m = generator.mutant(SEED, i);
      Report report;
      try {
        report = READER.read("mutant.json", m.bytes());
      } catch (LkjipInputException rejected) {
        continue;
      }
      accepted++;
      for (RuleSet rules : RuleSets.builtIns()) {
        EvaluationOracle.assertSameAsDatabind(
            m + " " + rules.id(), EVALUATOR.evaluate(report, rules, "h"));
      }
    }
    assertThat(accepted).isGreaterThan(MUTANTS / 10);
  }

  @Test
  void generatedLargeReports_manySeeds_sameBytesAsDatabind() {
    for (long seed = 1; seed <= 4; seed++) {
      Report report = READER.read("generated.json", document(seed, 400, 300));

      assertThat(report.indicators()).hasSize(400);
      for (RuleSet rules : RuleSets.builtIns()) {
        EvaluationOracle.assertSameAsDatabind(
            "generated seed " + seed + " " + rules.id(), EVALUATOR.evaluate(report, rules));
      }
    }
  }

  /** A report with {@code indicators} indicators and {@code lines} sub-activities. */
  private static String document(long seed, int indicators, int lines) {
    List<IndicatorFormula> formulas = REGISTRY.all();
    String head =
        "{\"format\":\"lkjip-report/1\",\"report\":{\"agency\":{\"name\":\"A\",\"region\":\"R\"},"
            + "\"fiscalYear\":2022,\"goals\":[{\"id\":\"T\",\"name\":\"T\",\"objectives\":"
            + "[{\"id\":\"S\",\"name\":\"S\",\"indicators\":[";
    String middle =
        "]}]}],\"programs\":[{\"id\":\"P\",\"name\":\"P\",\"activities\":"
            + "[{\"id\":\"P.a\",\"name\":\"A\",\"subActivities\":[";
    String tail = "]}]}]}}";
    return new GeneratedDocument(head, i -> indicator(seed, i, formulas), ",", indicators, middle)
            .text()
        + new GeneratedDocument("", i -> subActivity(seed, i), ",", lines, tail).text();
  }

  private static String indicator(long seed, long i, List<IndicatorFormula> formulas) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    IndicatorFormula f = formulas.get(r.nextInt(formulas.size()));
    StringBuilder b = new StringBuilder();
    b.append("{\"id\":\"I").append(i).append("\",\"name\":\"N ").append(i).append('"');
    b.append(",\"unit\":\"%\",\"polarity\":\"")
        .append(r.nextBoolean() ? "POSITIVE" : "NEGATIVE")
        .append("\",\"formula\":\"")
        .append(f.id())
        .append("\",\"inputs\":[");
    String sep = "";
    for (String input : f.inputNames()) {
      for (int year = 2021; year <= 2022; year++) {
        if (r.nextInt(6) == 0) {
          continue;
        }
        b.append(sep).append("{\"name\":\"").append(input).append("\",\"year\":").append(year);
        if (r.nextInt(8) == 0) {
          b.append(",\"absence\":\"").append(absence(r)).append('"');
        } else {
          b.append(",\"value\":").append(decimal(r));
        }
        b.append('}');
        sep = ",";
      }
    }
    b.append("],\"targets\":[");
    sep = "";
    for (int year = 2021; year <= 2022; year++) {
      if (r.nextInt(5) != 0) {
        b.append(sep).append(target(r, ",\"year\":" + year));
        sep = ",";
      }
    }
    b.append(']');
    if (r.nextBoolean()) {
      b.append(",\"planEndTarget\":").append(target(r, ""));
    }
    if (r.nextBoolean()) {
      b.append(",\"nationalStandard\":").append(target(r, ""));
    }
    return b.append('}').toString();
  }

  private static String target(SplittableRandom r, String year) {
    return switch (r.nextInt(3)) {
      case 0 -> "{\"value\":" + decimal(r) + year + ",\"printed\":\"x\"}";
      case 1 -> "{\"low\":1,\"high\":" + (2 + r.nextInt(200)) + year + "}";
      default -> "{\"absence\":\"" + absence(r) + "\"" + year + "}";
    };
  }

  private static String subActivity(long seed, long i) {
    SplittableRandom r = new SplittableRandom(seed * 7_000_003L + i);
    StringBuilder b = new StringBuilder();
    b.append("{\"id\":\"P.a.").append(i).append("\",\"name\":\"S\",\"budget\":");
    b.append(r.nextLong(1, 5_000_000_000L));
    if (r.nextInt(4) != 0) {
      b.append(",\"spending\":").append(r.nextLong(0, 5_000_000_000L));
    }
    if (r.nextBoolean()) {
      b.append(",\"physicalProgress\":")
          .append(r.nextInt(0, 10_001) / 100)
          .append('.')
          .append(r.nextInt(10));
    }
    return b.append('}').toString();
  }

  private static String decimal(SplittableRandom r) {
    long unscaled = r.nextLong(-1_000_000_000L, 1_000_000_000L);
    int scale = r.nextInt(0, 8);
    return BigDecimal.valueOf(unscaled, scale).toPlainString();
  }

  private static String absence(SplittableRandom r) {
    return Absence.values()[r.nextInt(Absence.values().length)].name();
  }
}
