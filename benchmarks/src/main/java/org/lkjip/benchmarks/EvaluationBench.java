package org.lkjip.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Report;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The evaluation alone (in-memory {@link Report} → {@link Evaluation}) as a throughput of reports,
 * indicators and budget lines per second: {@code 1e9 / indicators} is the cost in ns per indicator
 * (the whole evaluation divided over the indicators, budget lines included).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBench {
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());

  /** Rule set id. */
  @Param({RuleSets.RECOMMENDED, RuleSets.SEED_TEBING_TINGGI_2022})
  public String rules = RuleSets.RECOMMENDED;

  /** Number of distinct reports cycled through. */
  @Param("64")
  public int reports;

  private Corpus corpus = new Corpus(1, 0);
  private RuleSet ruleSet = RuleSets.recommended();
  private int next;

  /** Counts what was evaluated; JMH reports each as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Work {
    /** Indicators evaluated. */
    public long indicators;

    /** Sub-activities evaluated. */
    public long subActivities;

    /** Resets the counters before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      indicators = 0;
      subActivities = 0;
    }
  }

  /** Generates the reports (not timed). */
  @Setup
  public void setUp() {
    corpus = new Corpus(1, reports);
    ruleSet = RuleSets.find(rules).orElseThrow();
  }

  /** Evaluates the next report. */
  @Benchmark
  public Evaluation evaluate(Work work) {
    Report r = corpus.reports[next];
    next = next + 1 == corpus.reports.length ? 0 : next + 1;
    work.indicators += r.indicators().size();
    work.subActivities += r.subActivities().size();
    return EVALUATOR.evaluate(r, ruleSet);
  }
}
