package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One alternative computation of a figure, as a {@link CauseFamily} gives it: an unrounded value,
 * or a range of unrounded values (with the input that gives a value of the range), or the reason it
 * could not be computed; and the facts its template {@code candidate.<id>} quotes. {@link
 * CauseSearch} rounds it at the printed precision and decides whether it reproduces the figure.
 *
 * @param id the candidate's kebab-case id
 * @param value the unrounded value of a point candidate
 * @param low the lowest unrounded value of a range candidate
 * @param high the highest unrounded value of a range candidate
 * @param inverse for a range candidate, the input (e.g. the unrounded actual) that gives a value;
 *     may be null
 * @param mode for a rounding candidate, the only rounding mode it is compared under
 * @param facts the values its template quotes
 * @param reasonKey why it could not be computed: a template key ({@code reason.*} or {@code
 *     candidate.reason.*})
 */
record CauseTrial(
    String id,
    Optional<BigDecimal> value,
    Optional<BigDecimal> low,
    Optional<BigDecimal> high,
    @Nullable Function<BigDecimal, Optional<BigDecimal>> inverse,
    Optional<RoundingMode> mode,
    List<Fact> facts,
    Optional<String> reasonKey) {
  CauseTrial {
    facts = ImmutableList.copyOf(facts);
  }

  /** An alternative that gives {@code value}, or, when empty, fails for {@code reasonKey}. */
  static CauseTrial of(String id, Optional<BigDecimal> value, String reasonKey, List<Fact> facts) {
    return new CauseTrial(
        id,
        value,
        Optional.empty(),
        Optional.empty(),
        null,
        Optional.empty(),
        facts,
        value.isPresent() ? Optional.empty() : Optional.of(reasonKey));
  }

  /** An alternative that gives {@code value}. */
  static CauseTrial of(String id, BigDecimal value, List<Fact> facts) {
    return of(id, Optional.of(value), "", facts);
  }

  /** An alternative that could not be computed, for {@code reasonKey}. */
  static CauseTrial notComputed(String id, String reasonKey, List<Fact> facts) {
    return of(id, Optional.empty(), reasonKey, facts);
  }

  /** A rounding of the recomputed value in {@code mode}, compared under that mode only. */
  static CauseTrial rounding(String id, BigDecimal value, RoundingMode mode, List<Fact> facts) {
    return new CauseTrial(
        id,
        Optional.of(value),
        Optional.empty(),
        Optional.empty(),
        null,
        Optional.of(mode),
        facts,
        Optional.empty());
  }

  /**
   * An alternative that gives every value between {@code low} and {@code high} (a continuous,
   * monotonic image of an input interval); {@code inverse} gives the input for a value.
   */
  static CauseTrial range(
      String id,
      BigDecimal low,
      BigDecimal high,
      Function<BigDecimal, Optional<BigDecimal>> inverse,
      List<Fact> facts) {
    boolean ordered = low.compareTo(high) <= 0;
    return new CauseTrial(
        id,
        Optional.empty(),
        Optional.of(ordered ? low : high),
        Optional.of(ordered ? high : low),
        inverse,
        Optional.empty(),
        facts,
        Optional.empty());
  }

  /** Whether this is a range candidate. */
  boolean isRange() {
    return low.isPresent();
  }
}
