package org.lkjip.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The figures of one indicator, for every year that has a target and for the fiscal year (the
 * multi-year comparison, the seed's Tabel 8), in increasing order of year.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorResult.class)
@JsonDeserialize(as = ImmutableIndicatorResult.class)
public interface IndicatorResult {
  /** Indicator id. */
  String indicatorId();

  /** Id of the objective the indicator measures. */
  String objectiveId();

  /** Figures per year, in increasing order of year. */
  ImmutableList<IndicatorYear> years();

  /** The figures of one year, if evaluated. */
  default Optional<IndicatorYear> year(int year) {
    return years().stream().filter(y -> y.year() == year).findFirst();
  }
}
