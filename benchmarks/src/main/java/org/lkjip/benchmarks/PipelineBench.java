package org.lkjip.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.batch.Ndjson;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * Per report, on a fixed set of generated reports, each step of the batch path beside the limit:
 * {@link #parseTree} (Jackson 3 into a tree, nothing else) vs {@link #read} (strict read into a
 * {@link Report}) vs {@link #readEvaluate} vs {@link #readEvaluateWrite} (the whole pipeline of one
 * line), and {@link #evaluate} alone on an in-memory report. Every call takes the next report of
 * the set, so each benchmark sees the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBench {
  private static final ReportReader READER = new ReportReader();
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());
  private static final RuleSet RULES = RuleSets.recommended();

  /** Number of distinct reports cycled through. */
  @Param("64")
  public int reports;

  private Corpus corpus = new Corpus(1, 0);
  private int next;

  /** Generates the reports (not timed). */
  @Setup
  public void setUp() {
    corpus = new Corpus(1, reports);
    System.out.println();
    System.out.println("# corpus: " + corpus.describe());
  }

  private int next() {
    int i = next;
    next = i + 1 == corpus.lines.length ? 0 : i + 1;
    return i;
  }

  /** The limit: Jackson 3 parses the bytes into a tree and does nothing else. */
  @Benchmark
  public JsonNode parseTree() {
    return LkjipJson.mapper().readTree(corpus.lines[next()]);
  }

  /** The strict reader: bytes into a validated {@link Report}. */
  @Benchmark
  public Report read() {
    return READER.read("bench", corpus.lines[next()]);
  }

  /** Read, then evaluate with the recommended rule set. */
  @Benchmark
  public Evaluation readEvaluate() {
    return EVALUATOR.evaluate(READER.read("bench", corpus.lines[next()]), RULES);
  }

  /** Read, evaluate and write the evaluation as one NDJSON line: the pipeline for one line. */
  @Benchmark
  public byte[] readEvaluateWrite() {
    return Ndjson.evaluation(EVALUATOR.evaluate(READER.read("bench", corpus.lines[next()]), RULES));
  }

  /** Evaluation alone, of an in-memory report. */
  @Benchmark
  public Evaluation evaluate() {
    return EVALUATOR.evaluate(corpus.reports[next()], RULES);
  }
}
