package org.lkjip.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.lkjip.evaluation.budget.AllocationIssue;
import org.lkjip.evaluation.grading.ScaleFinding;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The immutable result of evaluating a report under a rule set: every figure with its provenance
 * (rule, inputs, unrounded value, rounding), per indicator and year, per objective, per budget line
 * and for the whole report, plus what the grading scale leaves uncovered, what the alignment does
 * not allocate exactly once, and notes on anything else worth knowing.
 *
 * <p>Lookups by id ({@link #indicator(String)}, {@link #objective(String)}, {@link #line(String)})
 * are O(1).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
public abstract class Evaluation {
  /** Id of the rule set applied. */
  public abstract String ruleSetId();

  /** Version of the rule set applied. */
  public abstract int ruleSetVersion();

  /**
   * SHA-256 of the input document's bytes, as the caller computed it; absent when the caller gave
   * none (e.g. a report built in code).
   */
  public abstract Optional<String> inputHash();

  /** The report's fiscal year. */
  public abstract int fiscalYear();

  /** Id of the grading scale applied. */
  public abstract String scaleId();

  /** Id of the alignment used for objective budgets; absent when the report has none. */
  public abstract Optional<String> alignmentId();

  /** Per indicator, in printed order. */
  public abstract ImmutableList<IndicatorResult> indicators();

  /** Per objective, in printed order. */
  public abstract ImmutableList<ObjectiveResult> objectives();

  /** Per budget line, in printed order (program, its activities, each with its sub-activities). */
  public abstract ImmutableList<LineResult> lines();

  /** Totals over the whole report. */
  public abstract ReportTotals totals();

  /** What the grading scale leaves uncovered in {@code [0, +∞)}, or covers twice. */
  public abstract ImmutableList<ScaleFinding> scaleFindings();

  /** Sub-activities the alignment does not allocate exactly once. */
  public abstract ImmutableList<AllocationIssue> allocationIssues();

  /** Anything else worth knowing (e.g. an unknown scale or formula id), in words. */
  public abstract ImmutableList<String> notes();

  /** The figures of an indicator, if it was evaluated. */
  public Optional<IndicatorResult> indicator(String id) {
    return Optional.ofNullable(indicatorsById().get(id));
  }

  /** The figures of an objective, if it was evaluated. */
  public Optional<ObjectiveResult> objective(String id) {
    return Optional.ofNullable(objectivesById().get(id));
  }

  /** The figures of a budget line, if it was evaluated. */
  public Optional<LineResult> line(String id) {
    return Optional.ofNullable(linesById().get(id));
  }

  @JsonIgnore
  @Value.Lazy
  ImmutableMap<String, IndicatorResult> indicatorsById() {
    return index(indicators(), IndicatorResult::indicatorId);
  }

  @JsonIgnore
  @Value.Lazy
  ImmutableMap<String, ObjectiveResult> objectivesById() {
    return index(objectives(), ObjectiveResult::objectiveId);
  }

  @JsonIgnore
  @Value.Lazy
  ImmutableMap<String, LineResult> linesById() {
    return index(lines(), LineResult::lineId);
  }

  private static <T> ImmutableMap<String, T> index(ImmutableList<T> items, Function<T, String> id) {
    return items.stream().collect(ImmutableMap.toImmutableMap(id, t -> t, (a, b) -> a));
  }
}
