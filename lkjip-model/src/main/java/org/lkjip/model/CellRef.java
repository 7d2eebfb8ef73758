package org.lkjip.model;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reference to one cell of a {@link Dataset}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCellRef.class)
@JsonDeserialize(as = ImmutableCellRef.class)
public interface CellRef {
  /** Dataset id. */
  String dataset();

  /** Row label, or {@code "total"} for the printed total row. */
  String row();

  /** Column name. */
  String column();

  /** Row label that designates a data set's printed total row. */
  String TOTAL_ROW = "total";
}
