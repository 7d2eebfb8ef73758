package org.lkjip.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The optional "generated at" stamp: UTC, seconds, only when asked for. */
final class Timestamps {
  private Timestamps() {}

  /** The current UTC time as ISO-8601 ({@code 2026-01-01T00:00:00Z}) when {@code wanted}. */
  static Optional<String> of(boolean wanted, Clock clock) {
    if (!wanted) {
      return Optional.empty();
    }
    return Optional.of(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
  }
}
