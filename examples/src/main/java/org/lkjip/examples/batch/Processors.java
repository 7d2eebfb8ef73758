package org.lkjip.examples.batch;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.examples.batch.BatchPipeline.Processor;
import org.lkjip.formulas.FormulaRegistry;

/**
 * The batch processors: evaluate a report ({@value Ndjson#EVALUATION_FORMAT} lines) or verify it
 * ({@value Ndjson#VERIFICATION_FORMAT} lines). Each records the SHA-256 of the input line as the
 * input hash. Thread-safe: the evaluator and auditor are shared, the digest is per thread.
 *
 * @since 0.1
 */
public final class Processors {
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(Processors::newSha256);

  private Processors() {}

  /** Evaluates each report under {@code ruleSet} with the formulas of {@code registry}. */
  public static Processor evaluate(FormulaRegistry registry, RuleSet ruleSet) {
    Evaluator evaluator = new Evaluator(registry);
    return (report, line) -> Ndjson.evaluation(evaluator.evaluate(report, ruleSet, sha256(line)));
  }

  /** Verifies each report under {@code ruleSet} with the formulas of {@code registry}. */
  public static Processor verify(FormulaRegistry registry, RuleSet ruleSet) {
    Auditor auditor = new Auditor(registry);
    return (report, line) ->
        Ndjson.verification(auditor.verify(report, ruleSet, Optional.of(sha256(line))));
  }

  /** SHA-256 of {@code bytes} in lower-case hex. */
  static String sha256(byte[] bytes) {
    MessageDigest d = SHA_256.get();
    d.reset();
    return HexFormat.of().formatHex(d.digest(bytes));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("bug: every Java platform has SHA-256", e);
    }
  }
}
