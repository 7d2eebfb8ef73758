package org.lkjip.formulas.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.model.Absence;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.Indicator;
import org.lkjip.model.Observation;

/**
 * Builds {@link FormulaInputs} for tests: an indicator with the given raw inputs, computed for one
 * year.
 *
 * <pre>{@code
 * FormulaInputs in = SampleInputs.forYear(2022).put("placed", 2022, 141).put("placed", 2021, 105).build();
 * }</pre>
 */
public final class SampleInputs {
  private final int year;
  private String indicatorId = "test-indicator";
  private final List<Observation> observations = new ArrayList<>();

  private SampleInputs(int year) {
    this.year = year;
  }

  /** Inputs for computing {@code year}. */
  public static SampleInputs forYear(int year) {
    return new SampleInputs(year);
  }

  /** Sets the indicator id (default "test-indicator"). */
  public SampleInputs indicator(String id) {
    this.indicatorId = id;
    return this;
  }

  /** Adds input {@code name} = {@code value} in {@code year}. */
  public SampleInputs put(String name, int year, BigDecimal value) {
    observations.add(ImmutableObservation.builder().name(name).year(year).value(value).build());
    return this;
  }

  /** Adds input {@code name} = {@code value} in {@code year}. */
  public SampleInputs put(String name, int year, long value) {
    return put(name, year, BigDecimal.valueOf(value));
  }

  /** Adds input {@code name} = {@code value} (decimal text) in {@code year}. */
  public SampleInputs put(String name, int year, String value) {
    return put(name, year, new BigDecimal(value));
  }

  /** Adds input {@code name} in {@code year} reported as {@code absence}. */
  public SampleInputs absent(String name, int year, Absence absence) {
    observations.add(ImmutableObservation.builder().name(name).year(year).absence(absence).build());
    return this;
  }

  /** The inputs. */
  public FormulaInputs build() {
    return FormulaInputs.of(indicator(indicatorId, observations), year);
  }

  /** An indicator with id {@code id} and the raw inputs {@code observations}. */
  public static Indicator indicator(String id, List<Observation> observations) {
    return ImmutableIndicator.builder()
        .id(id)
        .name("indicator " + id)
        .unit("%")
        .addAllInputs(observations)
        .build();
  }

  /** {@code inputs} with the indicator's raw inputs replaced by {@code observations}. */
  public static FormulaInputs withObservations(
      FormulaInputs inputs, List<Observation> observations) {
    return FormulaInputs.of(indicator(inputs.indicator().id(), observations), inputs.year());
  }
}
