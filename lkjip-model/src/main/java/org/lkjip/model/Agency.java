package org.lkjip.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The government office (OPD, <i>perangkat daerah</i>) that publishes the report.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgency.class)
@JsonDeserialize(as = ImmutableAgency.class)
public interface Agency {
  /** Official name, e.g. "Dinas Ketenagakerjaan dan Perindustrian". */
  String name();

  /**
   * The regional government it belongs to, e.g. "Kota Tebing Tinggi"; absent for a report that
   * names none (a central agency, a ministry's unit, a transcription of a table only). Optional
   * since 0.4.
   */
  Optional<String> region();

  /** Province, when known. */
  Optional<String> province();

  @Value.Check
  default void check() {
    Checks.notBlank("agency.name", name());
    region().ifPresent(r -> Checks.notBlank("agency.region", r));
  }
}
