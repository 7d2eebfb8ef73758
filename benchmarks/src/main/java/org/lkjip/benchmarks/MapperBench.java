package org.lkjip.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.LkjipJson;
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
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson binding alone with lkjip's shared mapper: the report payload bound into a {@link Report}
 * in one pass (without the strict reader's first pass), an {@link Evaluation} written as compact
 * bytes, and a bare tree parse of the same bytes as the floor. It splits the pipeline's read and
 * write costs into what Jackson's binding itself costs.
 *
 * <p>(Jackson's Blackbird module, which replaces reflective accessors, was tried: version 3.3.0
 * refuses to register on Java 17, it needs Java 25; Jackson 3 has no Afterburner.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MapperBench {
  /** Number of distinct reports cycled through. */
  @Param("64")
  public int reports;

  private Corpus corpus = new Corpus(1, 0);
  private Evaluation[] evaluations = new Evaluation[0];
  private JsonMapper json = LkjipJson.mapper();
  private ObjectReader reportReader = json.readerFor(Report.class);
  private ObjectWriter compact = json.writer();
  private int next;

  /** Generates the reports and their evaluations (not timed). */
  @Setup
  public void setUp() {
    corpus = new Corpus(1, reports);
    Evaluator evaluator = new Evaluator(FormulaRegistry.standard());
    evaluations = new Evaluation[reports];
    for (int i = 0; i < reports; i++) {
      evaluations[i] = evaluator.evaluate(corpus.reports[i], RuleSets.recommended());
    }
    json = LkjipJson.mapper();
    reportReader =
        json.readerFor(Report.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    compact = json.writer();
  }

  private int next() {
    int i = next;
    next = i + 1 == corpus.lines.length ? 0 : i + 1;
    return i;
  }

  /** The floor: a tree of the same bytes. */
  @Benchmark
  public JsonNode parseTree() {
    return json.readTree(corpus.lines[next()]);
  }

  /** The envelope's payload bound into a {@link Report} (one pass, no first-pass checks). */
  @Benchmark
  public Report bindReport() {
    try (JsonParser p = json.createParser(corpus.lines[next()])) {
      p.nextToken(); // {
      p.nextToken(); // "format"
      p.nextToken(); // "lkjip-report/1"
      p.nextToken(); // "report"
      p.nextToken(); // {
      return reportReader.readValue(p);
    }
  }

  /** An {@link Evaluation} written as compact JSON bytes. */
  @Benchmark
  public byte[] writeEvaluation() {
    return compact.writeValueAsBytes(evaluations[next()]);
  }
}
