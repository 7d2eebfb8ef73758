package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A cascade (<i>cascading</i>) table as printed: which budget lines serve which strategic
 * objective. A report may print several that disagree (e.g. an analysis table and an efficiency
 * table); each is kept.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAlignment.class)
@JsonDeserialize(as = ImmutableAlignment.class)
public interface Alignment {
  /** Identifier unique in the report. */
  String id();

  /** Where it is printed, e.g. "Tabel 13". */
  Optional<String> table();

  /** Links from objectives to lines. */
  ImmutableList<AlignmentLink> links();

  @Value.Check
  default void check() {
    Checks.notBlank("alignment.id", id());
  }
}
