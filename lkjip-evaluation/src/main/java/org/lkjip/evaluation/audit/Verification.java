package org.lkjip.evaluation.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The result of auditing a report: one reconciliation per published figure, in the report's order,
 * and the findings of the consistency checks, ordered by severity, check id, table and row.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerification.class)
@JsonDeserialize(as = ImmutableVerification.class)
public interface Verification {
  /** Name of the agency that published the report. */
  String agency();

  /** Region (kabupaten/kota or provinsi) of the agency, when the report names one. */
  Optional<String> region();

  /** Fiscal year of the report. */
  int fiscalYear();

  /** Id of the rule set applied. */
  String ruleSetId();

  /** Version of the rule set applied, as text. */
  String ruleSetVersion();

  /** SHA-256 of the input document, when the caller gave one. */
  Optional<String> inputHash();

  /** One per published figure, in the report's order. */
  ImmutableList<FigureReconciliation> figures();

  /** Findings ordered by severity, then check id, then table and row. */
  ImmutableList<Finding> findings();

  /** Number of figures per status (every status present, zero included). */
  @JsonIgnore
  default ImmutableSortedMap<ReconciliationStatus, Integer> countsByStatus() {
    return counts(ReconciliationStatus.values(), figures(), FigureReconciliation::status);
  }

  /** Number of findings per severity (every severity present, zero included). */
  @JsonIgnore
  default ImmutableSortedMap<Severity, Integer> countsBySeverity() {
    return counts(Severity.values(), findings(), Finding::severity);
  }

  /** Whether no figure is a {@link ReconciliationStatus#MISMATCH} and no finding is an error. */
  @JsonIgnore
  default boolean passed() {
    return figures().stream().noneMatch(f -> f.status() == ReconciliationStatus.MISMATCH)
        && findings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The indexes in {@link #figures()} of the {@link ReconciliationStatus#MISMATCH} figures that
   * have a difference, largest absolute difference first, report order among equals; at most {@code
   * limit}. Every summary that lists "the largest differences" uses this order.
   *
   * @since 0.3
   */
  default ImmutableList<Integer> largestDifferences(int limit) {
    List<Integer> mismatches = new ArrayList<>();
    for (int i = 0; i < figures().size(); i++) {
      FigureReconciliation f = figures().get(i);
      if (f.status() == ReconciliationStatus.MISMATCH && f.difference().isPresent()) {
        mismatches.add(i);
      }
    }
    // the sort is stable: report order among equal differences
    mismatches.sort(
        Comparator.comparing(
            (Integer i) -> figures().get(i).difference().orElseThrow().abs(),
            Comparator.reverseOrder()));
    return ImmutableList.copyOf(mismatches.subList(0, Math.min(limit, mismatches.size())));
  }

  private static <K extends Enum<K>, T> ImmutableSortedMap<K, Integer> counts(
      K[] keys, ImmutableList<T> items, Function<T, K> key) {
    ImmutableSortedMap.Builder<K, Integer> counts = ImmutableSortedMap.naturalOrder();
    for (K k : keys) {
      counts.put(k, (int) items.stream().filter(i -> key.apply(i) == k).count());
    }
    return counts.build();
  }
}
