package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.model.PublishedFigure;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The reconciliation of one published figure: its status, the recomputed value, the difference and
 * the cause.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigureReconciliation.class)
@JsonDeserialize(as = ImmutableFigureReconciliation.class)
public interface FigureReconciliation {
  /** The figure as printed, never null. */
  PublishedFigure published();

  /** The outcome, never null. */
  ReconciliationStatus status();

  /**
   * The recomputed number at the rule set's rounding; absent for grades and for figures that are
   * not recomputable.
   */
  Optional<BigDecimal> recomputed();

  /**
   * For grades: the label the stated scale gives, or "UNCOVERED", or "AMBIGUOUS: a|b"; for
   * absences: the recomputed absence.
   */
  Optional<String> recomputedText();

  /** Published − recomputed, for a {@link ReconciliationStatus#MISMATCH} on numbers. */
  Optional<BigDecimal> difference();

  /**
   * Why: the precision or rounding that reproduces the printed value, the check that explains a
   * mismatch, or why the figure is not recomputable.
   */
  Optional<String> cause();

  /**
   * The parts of the {@link #cause()}, not yet worded: {@link AuditMessages#cause} words them in a
   * locale, and the cause is their English wording joined by "; ". Empty when the cause was set as
   * a text only.
   *
   * @since 0.3
   */
  List<Message> causeMessages();

  /**
   * For a {@link ReconciliationStatus#MISMATCH} on a number: every alternative computation tried
   * ({@link CauseSearch}, catalogue in {@code docs/causes.md}), those that reproduce the printed
   * value first, ranked; their causes are among {@link #causeMessages()}. Empty for every other
   * status, and for a mismatch that no alternative applies to.
   *
   * @since 0.4
   */
  List<Candidate> candidates();

  /** Id of the rule that recomputed the figure, or "none". */
  String rule();

  /**
   * For {@link ReconciliationStatus#MATCH_WITH_OTHER_ROUNDING}: the rounding that reproduces the
   * printed value, e.g. "half-up-2", "down-0", "down-2 from the unrounded indicator value".
   */
  Optional<String> alternativeRounding();
}
