package org.lkjip.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.examples.batch.Ndjson;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * The cost of each step of the batch path per report, in <em>CPU time of the measuring thread</em>
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so that other processes on a shared machine
 * (which stretch wall time) barely move it. One thread, the same corpus for every step, steps
 * interleaved pass by pass; each figure is the median over passes of the mean per report.
 *
 * <p>Steps: {@code parseTree} (the limit: Jackson 3 {@code readTree} of the line), {@code read}
 * (strict read into a {@link Report}), {@code evaluate} (in-memory report → {@link Evaluation},
 * also per indicator), {@code write} (the evaluation as one NDJSON line), and {@code pipeline}
 * (read + evaluate + write of the line, as one step); with {@code --verify true}, also {@code
 * verify} (the audit of the in-memory report: evaluation, reconciliation and checks).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.lkjip.benchmarks.StageCost
 * [--distinct 200] [--passes 15] [--warmup 5] [--rules recommended] [--verify false]}
 */
public final class StageCost {
  private StageCost() {}

  private interface Step {
    Object run(int i);
  }

  /** Measures and prints one line per step. */
  public static void main(String[] args) {
    int distinct = 200;
    int passes = 15;
    int warmup = 5;
    String rules = RuleSets.RECOMMENDED;
    boolean verify = false;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--distinct" -> distinct = Integer.parseInt(args[i + 1]);
        case "--passes" -> passes = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--rules" -> rules = args[i + 1];
        case "--verify" -> verify = Boolean.parseBoolean(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Corpus corpus = new Corpus(1, distinct);
    RuleSet ruleSet = RuleSets.find(rules).orElseThrow();
    Evaluator evaluator = new Evaluator(FormulaRegistry.standard());
    ReportReader reader = new ReportReader();
    Evaluation[] evaluations = new Evaluation[distinct];
    for (int i = 0; i < distinct; i++) {
      evaluations[i] = evaluator.evaluate(corpus.reports[i], ruleSet);
    }
    Auditor auditor = new Auditor(FormulaRegistry.standard());
    String[] names = {"parseTree", "read", "evaluate", "write", "pipeline", "verify"};
    Step[] steps = {
      i -> LkjipJson.mapper().readTree(corpus.lines[i]),
      i -> reader.read("bench", corpus.lines[i]),
      i -> evaluator.evaluate(corpus.reports[i], ruleSet),
      i -> Ndjson.evaluation(evaluations[i]),
      i -> Ndjson.evaluation(evaluator.evaluate(reader.read("bench", corpus.lines[i]), ruleSet)),
      i -> auditor.verify(corpus.reports[i], ruleSet, Optional.empty()),
    };
    if (!verify) {
      names = Arrays.copyOf(names, 5);
      steps = Arrays.copyOf(steps, 5);
    }
    long[][] nanos = new long[steps.length][passes];
    Object sink = null;
    for (int pass = -warmup; pass < passes; pass++) {
      for (int s = 0; s < steps.length; s++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < distinct; i++) {
          sink = steps[s].run(i);
        }
        long spent = threads.getCurrentThreadCpuTime() - start;
        if (pass >= 0) {
          nanos[s][pass] = spent;
        }
      }
    }
    if (sink == null) {
      throw new IllegalStateException("bug: nothing ran");
    }
    System.out.printf(
        Locale.ROOT,
        "# StageCost: %s; rules %s; %d passes after %d warm-up passes; CPU time of one thread%n",
        corpus.describe(),
        rules,
        passes,
        warmup);
    double parse = median(nanos[0]) / distinct;
    System.out.printf(
        Locale.ROOT,
        "%-10s %12s %10s %14s %10s%n",
        "step",
        "us/report",
        "x parse",
        "reports/cpu-s",
        "MB/cpu-s");
    for (int s = 0; s < steps.length; s++) {
      double perReport = median(nanos[s]) / distinct;
      System.out.printf(
          Locale.ROOT,
          "%-10s %12.1f %10.2f %14.0f %10.1f%n",
          names[s],
          perReport / 1000,
          perReport / parse,
          1e9 / perReport,
          corpus.bytes / (double) distinct / perReport * 1e3);
    }
    double evaluate = median(nanos[2]);
    System.out.printf(
        Locale.ROOT,
        "evaluate: %.0f ns per indicator (%.1f indicators and %.1f sub-activities per report)%n",
        evaluate / corpus.indicators,
        (double) corpus.indicators / distinct,
        (double) corpus.subActivities / distinct);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
