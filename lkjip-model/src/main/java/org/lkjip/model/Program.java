package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A program of the agency's budget, with its activities (<i>kegiatan</i>).
 *
 * <p>Budget figures live on sub-activities; program and activity totals are computed, and totals
 * printed in the report are {@link PublishedFigure}s to be checked against them.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgram.class)
@JsonDeserialize(as = ImmutableProgram.class)
public interface Program {
  /** Identifier unique in the report, e.g. the row number printed in the budget tables ("1"). */
  String id();

  /**
   * Nomenclature code (Permendagri 90/2019, Kepmendagri 050-3708), e.g. "2.07.01", as printed; may
   * repeat across lines in a defective report.
   */
  Optional<String> code();

  /** Name as printed. */
  String name();

  /** Outcome indicator of the program, as printed. */
  Optional<String> outcome();

  /** Activities in printed order. */
  ImmutableList<Activity> activities();

  @Value.Check
  default void check() {
    Checks.notBlank("program.id", id());
    Checks.notBlank("program.name", name());
    code().ifPresent(c -> Checks.notBlank("program '" + id() + "'.code", c));
  }
}
