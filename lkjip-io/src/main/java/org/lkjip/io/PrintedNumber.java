package org.lkjip.io;

import java.math.BigDecimal;
import java.util.Optional;
import org.lkjip.model.Absence;

/**
 * A number as printed in a report, parsed by {@link IndonesianNumbers}: the exact printed text,
 * what kind of figure it is, and either its value or the reason there is none ("Nihil", "N/A",
 * "-").
 *
 * @param text the text as given, never null
 * @param kind percent, money, quantity with a unit, or a plain number
 * @param value the number, with the scale printed ({@code "92,63"} gives {@code 92.63}); present
 *     exactly when {@code absence} is empty
 * @param absence why there is no number
 * @param unit the unit of a {@link Kind#QUANTITY}, as printed (e.g. "bulan"); empty otherwise
 * @since 0.1
 */
public record PrintedNumber(
    String text,
    PrintedNumber.Kind kind,
    Optional<BigDecimal> value,
    Optional<Absence> absence,
    Optional<String> unit) {

  /** What a printed number denotes. */
  public enum Kind {
    /** A bare number, e.g. "1,90" or "100". */
    PLAIN,
    /** A percentage, e.g. "34,28%"; the value is on the 0-100 scale (34.28). */
    PERCENT,
    /** An amount of rupiah, e.g. "Rp 2,693,549,200.00". */
    MONEY,
    /** An amount with a unit, e.g. "12 bulan". */
    QUANTITY
  }

  /**
   * Checks that exactly one of value and absence is present and that only quantities have units.
   */
  public PrintedNumber {
    if (value.isPresent() == absence.isPresent()) {
      throw new IllegalArgumentException(
          "a printed number needs exactly one of value or absence: \"" + text + "\"");
    }
    if (unit.isPresent() != (kind == Kind.QUANTITY)) {
      throw new IllegalArgumentException(
          "a unit is given exactly for quantities, not for " + kind + ": \"" + text + "\"");
    }
  }

  /** The value, or an exception naming the text when there is none. */
  public BigDecimal requireValue() {
    return value.orElseThrow(
        () ->
            new PrintedNumberException(
                text, "it is " + absence.map(Absence::name).orElse("?") + ", not a number"));
  }
}
