package org.lkjip.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The output indicator of a sub-activity with its target and actual quantity, e.g. "12 bulan".
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutput.class)
@JsonDeserialize(as = ImmutableOutput.class)
public interface Output {
  /** Indicator text as printed. */
  String indicator();

  /** Target quantity. */
  Quantity target();

  /** Actual quantity, when reported. */
  Optional<Quantity> actual();
}
