package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A raw data table of the report's attachments (e.g. placements by education and sex), as printed,
 * with its printed total row kept apart so that it can be checked.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataset.class)
@JsonDeserialize(as = ImmutableDataset.class)
public interface Dataset {
  /** Identifier unique in the report. */
  String id();

  /** Title as printed. */
  String title();

  /** Year the data refer to, when stated. */
  Optional<Integer> year();

  /** Column names of the numeric columns, in printed order. */
  ImmutableList<String> columns();

  /** Data rows. */
  ImmutableList<DatasetRow> rows();

  /** The printed total row ("Jumlah"), if the table prints one. */
  Optional<DatasetRow> total();

  /** The column index of a name, or -1. */
  default int columnIndex(String column) {
    Integer i = columnIndexes().get(column);
    return i == null ? -1 : i;
  }

  /** Column positions by name, computed once. */
  @Value.Lazy
  default com.google.common.collect.ImmutableMap<String, Integer> columnIndexes() {
    com.google.common.collect.ImmutableMap.Builder<String, Integer> b =
        com.google.common.collect.ImmutableMap.builder();
    for (int i = 0; i < columns().size(); i++) {
      b.put(columns().get(i), i);
    }
    return b.buildKeepingLast();
  }

  @Value.Check
  default void check() {
    Checks.notBlank("dataset.id", id());
    if (columns().isEmpty()) {
      throw new InvalidModelException("dataset '" + id() + "' has no columns");
    }
    if (columns().stream().distinct().count() != columns().size()) {
      throw new InvalidModelException("dataset '" + id() + "' repeats a column name: " + columns());
    }
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (DatasetRow r : rows()) {
      checkWidth(r);
      if (r.label().equals(CellRef.TOTAL_ROW) || !labels.add(r.label())) {
        throw new InvalidModelException(
            "dataset '" + id() + "': row label \"" + r.label() + "\" is reserved or used twice");
      }
    }
    total().ifPresent(this::checkWidth);
  }

  private void checkWidth(DatasetRow r) {
    if (r.cells().size() != columns().size()) {
      throw new InvalidModelException(
          "dataset '"
              + id()
              + "': row \""
              + r.label()
              + "\" has "
              + r.cells().size()
              + " cells for "
              + columns().size()
              + " columns");
    }
  }
}
