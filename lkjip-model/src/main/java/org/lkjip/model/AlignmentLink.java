package org.lkjip.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One link of an {@link Alignment}: a budget line (program, activity or sub-activity id) serving an
 * objective, with an optional share in percent when the line serves several objectives.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAlignmentLink.class)
@JsonDeserialize(as = ImmutableAlignmentLink.class)
public interface AlignmentLink {
  /** Objective id. */
  String objective();

  /** Program, activity or sub-activity id. */
  String line();

  /** Share of the line's budget and spending given to the objective, in percent (0, 100]. */
  Optional<BigDecimal> share();

  @Value.Check
  default void check() {
    share()
        .ifPresent(
            s -> {
              if (s.signum() <= 0 || s.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidModelException(
                    "share of line '"
                        + line()
                        + "' for objective '"
                        + objective()
                        + "' must be in (0, 100], was "
                        + s.toPlainString());
              }
            });
  }
}
