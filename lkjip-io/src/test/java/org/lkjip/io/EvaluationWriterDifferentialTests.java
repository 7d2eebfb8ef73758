package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.ImmutableEvaluation;
import org.lkjip.evaluation.ImmutableReportTotals;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.ImmutableFigure;
import org.lkjip.formulas.Status;
import org.lkjip.model.Report;

/**
 * The hand-written {@link EvaluationWriter} writes exactly the bytes of the databind path ({@link
 * EvaluationOracle}), pretty and compact, for every report among the test resources that reads, the
 * seed, reports of {@link ReportGen} under several seeds (each under every built-in rule set, with
 * and without an input hash), and {@link ConstructedEvaluations}; together they exercise every
 * optional property present and absent, every list empty and not, and every enum constant.
 */
class EvaluationWriterDifferentialTests {
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());
  private static final ReportReader READER = new ReportReader();
  private static final long[] GENERATOR_SEEDS = {1L, 2L, 20_221_231L, 0x5eedL};
  private static final int EXAMPLES_PER_SEED = 150;

  /** Every report among the test resources that reads without error, by resource path. */
  private static List<Report> resourceReports() {
    Path root = TestFiles.directory("valid").getParent();
    List<Report> reports = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        try {
          reports.add(READER.read(file));
        } catch (LkjipInputException notAReport) {
          // Malformed on purpose, or not a report at all.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reports;
  }

  private static Report seed() {
    return READER.read(TestFiles.seedTranscription());
  }

  /** The reports of {@link ReportGen} under each seed of {@link #GENERATOR_SEEDS}. */
  private static List<Report> generatedReports() {
    List<Report> reports = new ArrayList<>();
    for (long seed : GENERATOR_SEEDS) {
      qt().withFixedSeed(seed)
          .withExamples(EXAMPLES_PER_SEED)
          .withShrinkCycles(0)
          .forAll(ReportGen.reports())
          .checkAssert(reports::add);
    }
    return reports;
  }

  /** A report evaluated under every built-in rule set, alternately with an input hash. */
  private static List<Evaluation> evaluations(Report report) {
    List<Evaluation> evaluations = new ArrayList<>();
    for (RuleSet rules : RuleSets.builtIns()) {
      evaluations.add(
          EVALUATOR.evaluate(report, rules, evaluations.size() % 2 == 0 ? null : "sha-256"));
    }
    return evaluations;
  }

  private static void assertSame(String what, List<Report> reports) {
    for (int i = 0; i < reports.size(); i++) {
      for (Evaluation e : evaluations(reports.get(i))) {
        EvaluationOracle.assertSameAsDatabind(what + " #" + i + " " + e.ruleSetId(), e);
      }
    }
  }

  @Test
  void resourceReports_everyRuleSet_sameBytesAsDatabind() {
    List<Report> reports = resourceReports();

    assertThat(reports).hasSizeGreaterThanOrEqualTo(2);
    assertSame("resource report", reports);
  }

  @Test
  void seed_everyRuleSet_sameBytesAsDatabind() {
    assertSame("seed", List.of(seed()));
  }

  @Test
  void generatedReports_manySeeds_sameBytesAsDatabind() {
    List<Report> reports = generatedReports();

    assertThat(reports).hasSize(GENERATOR_SEEDS.length * EXAMPLES_PER_SEED);
    assertSame("generated report", reports);
  }

  @Test
  void constructedEvaluations_sameBytesAsDatabind() {
    List<Evaluation> all = ConstructedEvaluations.all();
    for (int i = 0; i < all.size(); i++) {
      EvaluationOracle.assertSameAsDatabind("constructed #" + i, all.get(i));
    }
  }

  @Test
  void corpus_exercisesEveryShape() {
    EvaluationModel model = new EvaluationModel();
    List<Report> reports = new ArrayList<>(resourceReports());
    reports.add(seed());
    reports.addAll(generatedReports());
    for (Report r : reports) {
      evaluations(r).forEach(model::record);
    }
    ConstructedEvaluations.all().forEach(model::record);

    assertThat(model.seenShapes()).containsAll(model.allShapes());
    assertThat(model.allShapes())
        .contains(
            "Figure.inputs empty",
            "Figure.inputs non-empty",
            "Grade.position present",
            "IndicatorYear.target absent",
            "Interval.lower absent",
            "RoundingMode.UNNECESSARY",
            "Status.RULE_FAILED",
            "ScaleFinding$Kind.GAP",
            "Bound.inclusive false");
  }

  @Test
  void loneSurrogate_textKeepsItBytesHaveQuestionMarkCompactEscapesIt() {
    Evaluation e =
        ImmutableEvaluation.builder()
            .from(ConstructedEvaluations.empty())
            .addNote("a\uD800b")
            .build();

    assertThat(new EvaluationWriter().toJson(e)).contains("\"a\uD800b\"");
    assertThat(new String(new EvaluationWriter().toCompactLine(e), StandardCharsets.UTF_8))
        .contains("a\\uD800b");
    EvaluationOracle.assertSameAsDatabind("lone surrogate", e);
  }

  @Test
  void decimalScaleOverPlainLimit_failsLikeDatabind() {
    Evaluation e =
        ImmutableEvaluation.builder()
            .from(ConstructedEvaluations.empty())
            .totals(
                ImmutableReportTotals.builder()
                    .from(ConstructedEvaluations.empty().totals())
                    .budget(
                        ImmutableFigure.builder()
                            .status(Status.COMPUTED)
                            .value(BigDecimal.ONE.movePointLeft(10_000))
                            .rule("r")
                            .build())
                    .build())
            .build();

    assertThatThrownBy(() -> EvaluationOracle.pretty(e))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("illegal scale");
    assertThatThrownBy(() -> new EvaluationWriter().toJson(e))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("illegal scale");
    assertThatThrownBy(() -> new EvaluationWriter().toCompactLine(e))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("illegal scale");
  }

  @Test
  void writeCompactLine_neitherFlushesNorClosesTheStream() throws IOException {
    Evaluation e = ConstructedEvaluations.full(0);
    List<String> calls = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
          }

          @Override
          public void flush() {
            calls.add("flush");
          }

          @Override
          public void close() {
            calls.add("close");
          }
        };

    new EvaluationWriter().writeCompactLine(e, out);
    new EvaluationWriter().writeCompactLine(e, out);

    assertThat(calls).isEmpty();
    byte[] line = EvaluationOracle.compact(e);
    assertThat(bytes.toByteArray()).hasSize(2 * line.length);
  }

  @Test
  void writeCompactLine_streamFails_ioException() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(
            () -> new EvaluationWriter().writeCompactLine(ConstructedEvaluations.full(1), broken))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }
}
