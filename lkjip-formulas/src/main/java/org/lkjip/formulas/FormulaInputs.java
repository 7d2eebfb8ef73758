package org.lkjip.formulas;

import java.math.BigDecimal;
import java.util.Optional;
import org.lkjip.model.Indicator;
import org.lkjip.model.Observation;

/**
 * The raw inputs a formula reads: an indicator's observations and the year to compute.
 *
 * @since 0.1
 */
public final class FormulaInputs {
  private final Indicator indicator;
  private final int year;

  private FormulaInputs(Indicator indicator, int year) {
    this.indicator = indicator;
    this.year = year;
  }

  /** Inputs of {@code indicator} for computing its value in {@code year}. */
  public static FormulaInputs of(Indicator indicator, int year) {
    return new FormulaInputs(indicator, year);
  }

  /** The indicator whose inputs these are. */
  public Indicator indicator() {
    return indicator;
  }

  /** The year to compute. */
  public int year() {
    return year;
  }

  /** The observation of input {@code name} in {@code year}, if recorded (it may be an absence). */
  public Optional<Observation> observation(String name, int year) {
    for (Observation o : indicator.inputs()) {
      if (o.year() == year && o.name().equals(name)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The numeric value of input {@code name} in {@code year}; empty when missing or reported absent.
   */
  public Optional<BigDecimal> value(String name, int year) {
    return observation(name, year).flatMap(Observation::value);
  }

  /**
   * Why input {@code name} in {@code year} has no value, e.g. "input 'placed' for 2020 is missing"
   * or "input 'placed' for 2020 is reported as N/A"; empty when it has a value.
   */
  public Optional<String> missingReason(String name, int year) {
    return missingItem(name, year)
        .map(
            item -> {
              String[] parts = item.split(" › ", -1);
              return parts.length == 2
                  ? "input '" + name + "' for " + year + " is missing"
                  : "input '" + name + "' for " + year + " is reported as " + parts[2];
            });
  }

  /**
   * {@link #missingReason} as language-neutral parts: {@code "name › year"} when the input is
   * missing, {@code "name › year › ABSENCE"} when it is reported absent; empty when it has a value.
   *
   * @since 0.3
   */
  public Optional<String> missingItem(String name, int year) {
    Optional<Observation> o = observation(name, year);
    if (o.isEmpty()) {
      return Optional.of(name + " › " + year);
    }
    return o.get().absence().map(a -> name + " › " + year + " › " + a.name());
  }
}
