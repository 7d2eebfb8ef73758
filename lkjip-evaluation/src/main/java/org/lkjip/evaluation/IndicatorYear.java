package org.lkjip.evaluation;

import java.util.Optional;
import org.immutables.value.Value;
import org.lkjip.evaluation.grading.Grade;
import org.lkjip.formulas.Figure;
import org.lkjip.model.Target;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The figures of one indicator for one year: the value recomputed from raw inputs, the target,
 * achievement and its grade, progress against the plan's end target, and the comparison with the
 * national standard.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorYear.class)
@JsonDeserialize(as = ImmutableIndicatorYear.class)
public interface IndicatorYear {
  /** The year. */
  int year();

  /** The indicator value (<i>realisasi</i>) recomputed from raw inputs by its formula. */
  Figure value();

  /** The target for the year, when the report records one. */
  Optional<Target> target();

  /** Achievement (<i>capaian</i>) against the target. */
  Figure achievement();

  /** Grade of the achievement on the rule set's scale. */
  Grade grade();

  /** Progress against the plan's end target (<i>tingkat kemajuan</i>, the seed's Tabel 9). */
  Figure planProgress();

  /** The value as a percentage of the national standard (the seed's Tabel 10). */
  Figure standardComparison();
}
