package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An activity (<i>kegiatan</i>) of a program, with its sub-activities.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivity.class)
@JsonDeserialize(as = ImmutableActivity.class)
public interface Activity {
  /** Identifier unique in the report, e.g. "1.a". */
  String id();

  /** Nomenclature code as printed, e.g. "2.07.01.2.02". */
  Optional<String> code();

  /** Name as printed. */
  String name();

  /** Sub-activities in printed order. */
  ImmutableList<SubActivity> subActivities();

  @Value.Check
  default void check() {
    Checks.notBlank("activity.id", id());
    Checks.notBlank("activity.name", name());
    code().ifPresent(c -> Checks.notBlank("activity '" + id() + "'.code", c));
  }
}
