package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One row of a {@link Dataset}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDatasetRow.class)
@JsonDeserialize(as = ImmutableDatasetRow.class)
public interface DatasetRow {
  /** Row label as printed, unique in its data set. */
  String label();

  /** Cells, one per column of the data set. */
  ImmutableList<Cell> cells();
}
