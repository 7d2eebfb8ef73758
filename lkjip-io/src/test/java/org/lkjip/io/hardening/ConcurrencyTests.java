package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.EvaluationWriter;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportReader;

/**
 * Evaluating many reports on 8 threads that share one reader, evaluator and auditor gives exactly
 * the single-threaded results (the JSON bytes compared), and the shared registries and rule sets
 * cannot be changed.
 */
class ConcurrencyTests {
  private static final int THREADS = 8;
  private static final long SEED = 8L;

  /** The seed and accepted mutants of it: different reports with the seed's whole shape. */
  private static final List<byte[]> DOCUMENTS = new ArrayList<>();

  @BeforeAll
  static void documents() throws IOException {
    byte[] seed = Files.readAllBytes(Resources.seed());
    DOCUMENTS.add(seed);
    SeedMutants mutants = new SeedMutants(seed);
    ReportReader reader = new ReportReader();
    for (int i = 0; DOCUMENTS.size() < 12; i++) {
      byte[] m = mutants.mutant(SEED, i).bytes();
      try {
        reader.read("mutant.json", m);
        DOCUMENTS.add(m);
      } catch (LkjipInputException rejected) {
        // only reports are wanted here
      }
    }
  }

  /** One job: a document under a rule set. */
  record Job(int document, RuleSet rules) {
    String key() {
      return document + "/" + rules.id();
    }
  }

  private static String run(Job job, ReportReader reader, Evaluator evaluator, Auditor auditor) {
    var report = reader.read("doc" + job.document() + ".json", DOCUMENTS.get(job.document()));
    return new EvaluationWriter().toJson(evaluator.evaluate(report, job.rules(), "h"))
        + LkjipJson.prettyWriter()
            .writeValueAsString(auditor.verify(report, job.rules(), Optional.of("h")));
  }

  @Test
  void evaluate_eightThreadsSharingEverything_singleThreadedResults() throws Exception {
    ReportReader reader = new ReportReader();
    FormulaRegistry registry = FormulaRegistry.standard();
    Evaluator evaluator = new Evaluator(registry);
    Auditor auditor = new Auditor(registry);
    List<Job> jobs = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS.size(); d++) {
      for (RuleSet rules : RuleSets.builtIns()) {
        jobs.add(new Job(d, rules));
      }
    }
    Map<String, String> expected = new ConcurrentHashMap<>();
    for (Job job : jobs) {
      expected.put(job.key(), run(job, reader, evaluator, auditor));
    }

    // Every job twice, in a shuffled order, all threads released at once.
    List<Job> work = new ArrayList<>(jobs);
    work.addAll(jobs);
    Collections.shuffle(work, new Random(SEED));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    try {
      for (Job job : work) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return run(job, reader, evaluator, auditor);
                }));
      }
      start.countDown();
      for (int i = 0; i < work.size(); i++) {
        assertThat(results.get(i).get(2, TimeUnit.MINUTES))
            .as(work.get(i).key())
            .isEqualTo(expected.get(work.get(i).key()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(new java.util.HashSet<>(expected.values()))
        .as("distinct results")
        .hasSizeGreaterThan(DOCUMENTS.size());
  }

  @Test
  void registriesAndRuleSets_cannotBeChanged() {
    FormulaRegistry registry = FormulaRegistry.standard();
    List<java.util.Collection<?>> shared =
        List.of(registry.all(), registry.ids(), RuleSets.builtIns());

    for (java.util.Collection<?> c : shared) {
      assertThatThrownBy(c::clear).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(FormulaRegistry.standard().ids()).isEqualTo(registry.ids());
    assertThat(RuleSets.builtIns()).isNotEmpty();
  }
}
