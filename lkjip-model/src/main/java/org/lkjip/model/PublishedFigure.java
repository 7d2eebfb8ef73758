package org.lkjip.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A figure as printed in the report: where (table, row, column), the printed text and its parsed
 * value, and what it states ({@link #measure()} of {@link #subject()}). Published figures are
 * evidence to reconcile, never inputs to trust.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublishedFigure.class)
@JsonDeserialize(as = ImmutablePublishedFigure.class)
public interface PublishedFigure {
  /** Table as named in the report, e.g. "Tabel 5" or "Lampiran RFK". */
  String table();

  /** Row number or code as printed, e.g. "1.a.1" or "2.07.01.2.02.01". */
  String row();

  /** Column as printed, e.g. "% Capaian". */
  String column();

  /** The printed text exactly, e.g. "34,28%", "Rp 2,693,549,200.00", "Sangat Baik", "Nihil". */
  String printed();

  /** The parsed number, when the text is a number. */
  Optional<BigDecimal> value();

  /** Why the text is not a number ("Nihil", "N/A", "-"). */
  Optional<Absence> absence();

  /** What the figure states. */
  Measure measure();

  /**
   * Id of the indicator, objective or budget line; absent for a whole-report figure (a TOTAL row).
   */
  Optional<String> subject();

  /** Year the figure refers to; the report's fiscal year when absent. */
  Optional<Integer> year();

  /** First quarter, for {@link Measure#PERIOD_SPENDING}. */
  Optional<Integer> fromQuarter();

  /** Last quarter, for {@link Measure#PERIOD_SPENDING}. */
  Optional<Integer> toQuarter();

  @Value.Check
  default void check() {
    String where = table() + " row " + row() + " column " + column();
    if (value().isPresent() && absence().isPresent()) {
      throw new InvalidModelException(where + ": a figure cannot have both 'value' and 'absence'");
    }
    if (fromQuarter().isPresent() != toQuarter().isPresent()) {
      throw new InvalidModelException(where + ": give both 'fromQuarter' and 'toQuarter'");
    }
    if (fromQuarter().isPresent()) {
      Quarters.check(fromQuarter().get(), toQuarter().orElseThrow());
    }
    if (measure() == Measure.PERIOD_SPENDING && fromQuarter().isEmpty()) {
      throw new InvalidModelException(
          where + ": PERIOD_SPENDING needs 'fromQuarter' and 'toQuarter'");
    }
    year().ifPresent(y -> Checks.year(where + ": year", y));
    PrintedReadings.checkAgree(where, Optional.of(printed()), value());
  }
}
