package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * The audit of a report: evaluates it under a rule set, reconciles every published figure with its
 * recomputed value ({@link Reconciler}), runs the consistency checks ({@link Checks#builtIns()} by
 * default), attaches to each mismatch the findings that explain it, and returns one {@link
 * Verification}. Figures keep the report's order; findings are sorted by severity, check id, table,
 * row, column, subject and message.
 *
 * <p>Pure and thread-safe; never throws for data problems: a check that fails is reported as a
 * finding of its own.
 *
 * @since 0.1
 */
public final class Auditor {
  private static final Comparator<Optional<String>> OPTIONAL_TEXT =
      Comparator.comparing(o -> o.orElse(""));

  /** The order of findings in a {@link Verification}. */
  public static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::check)
          .thenComparing(Finding::table, OPTIONAL_TEXT)
          .thenComparing(Finding::row, OPTIONAL_TEXT)
          .thenComparing(Finding::column, OPTIONAL_TEXT)
          .thenComparing(Finding::subject, OPTIONAL_TEXT)
          .thenComparing(Finding::message);

  private final Evaluator evaluator;
  private final ImmutableList<ConsistencyCheck> checks;

  /** An auditor with the formulas of {@code registry} and the built-in checks. */
  public Auditor(FormulaRegistry registry) {
    this(new Evaluator(registry), Checks.builtIns());
  }

  /** An auditor with {@code evaluator} and {@code checks}, run in the given order. */
  public Auditor(Evaluator evaluator, List<? extends ConsistencyCheck> checks) {
    this.evaluator = evaluator;
    this.checks = ImmutableList.copyOf(checks);
  }

  /** The checks this auditor runs, in order. */
  public ImmutableList<ConsistencyCheck> checks() {
    return checks;
  }

  /**
   * Audits {@code report} under {@code ruleSet}.
   *
   * @param inputHash SHA-256 of the input document's bytes, recorded as is
   */
  public Verification verify(Report report, RuleSet ruleSet, Optional<String> inputHash) {
    Evaluation evaluation = evaluator.evaluate(report, ruleSet, inputHash.orElse(null));
    Reconciler.Result result = new Reconciler(evaluator).run(report, ruleSet, evaluation);
    AuditContext ctx =
        ImmutableAuditContext.builder()
            .report(report)
            .evaluation(evaluation)
            .ruleSet(ruleSet)
            .reconciliations(result.figures())
            .reproducedBy(result.reproducedBy())
            .evaluator(evaluator)
            .build();
    List<Finding> findings = new ArrayList<>();
    for (ConsistencyCheck check : checks) {
      findings.addAll(run(check, ctx));
    }
    findings.sort(FINDING_ORDER);
    return ImmutableVerification.builder()
        .agency(report.agency().name())
        .region(report.agency().region())
        .fiscalYear(report.fiscalYear())
        .ruleSetId(ruleSet.id())
        .ruleSetVersion(String.valueOf(ruleSet.version()))
        .inputHash(inputHash)
        .figures(withCauses(result.figures(), findings))
        .findings(findings)
        .build();
  }

  private static List<Finding> run(ConsistencyCheck check, AuditContext ctx) {
    try {
      return check.run(ctx);
    } catch (RuntimeException e) {
      return List.of(
          ImmutableFinding.builder()
              .check(check.id())
              .severity(Severity.WARNING)
              .addFact(Fact.of("error", e.toString()))
              .messageKey("check-failed")
              .build());
    }
  }

  /**
   * Each mismatch with the messages of the findings located at it (same table and row, and same
   * column and subject when the finding names them) appended to its cause.
   */
  /**
   * A finding as a part of a cause: its sentence and its check, "… [check]" (a finding without a
   * message key, from a check that words its own message, with that message as it is).
   */
  private static Message byFinding(Finding f) {
    List<Fact> args = new ArrayList<>(AuditMessages.args(f).values());
    if (f.messageKey().isPresent()) {
      args.add(Fact.of("messageKey", f.messageKey().get()));
      return new Message("cause.finding", args);
    }
    return Message.of(
        "cause.findingText", Fact.of("text", f.message()), Fact.of("check", f.check()));
  }

  static ImmutableList<FigureReconciliation> withCauses(
      List<FigureReconciliation> figures, List<Finding> findings) {
    ImmutableList.Builder<FigureReconciliation> out = ImmutableList.builder();
    for (FigureReconciliation r : figures) {
      if (r.status() != ReconciliationStatus.MISMATCH) {
        out.add(r);
        continue;
      }
      List<Message> causes = new ArrayList<>(r.causeMessages());
      if (causes.isEmpty() && r.cause().isPresent()) {
        causes.add(Message.of("cause.text", Fact.of("text", r.cause().get())));
      }
      for (Finding f : findings) {
        if (f.severity() != Severity.INFO && isAt(f, r.published())) {
          causes.add(byFinding(f));
        }
      }
      if (causes.isEmpty()) {
        causes.add(
            r.candidates().isEmpty()
                ? Message.of("cause.unexplained")
                : CauseSearch.noneReproduces(r.candidates()));
      }
      out.add(
          ImmutableFigureReconciliation.copyOf(r)
              .withCauseMessages(causes)
              .withCause(AuditMessages.english(causes)));
    }
    return out.build();
  }

  private static boolean isAt(Finding f, PublishedFigure p) {
    return f.table().equals(Optional.of(p.table()))
        && f.row().equals(Optional.of(p.row()))
        && f.column().map(c -> c.equals(p.column())).orElse(true)
        && f.subject().map(s -> p.subject().map(s::equals).orElse(false)).orElse(true);
  }
}
