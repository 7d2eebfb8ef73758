package org.lkjip.formulas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaInputs;
import org.lkjip.formulas.IndicatorFormula;
import org.lkjip.formulas.Rounding;
import org.lkjip.formulas.Status;
import org.lkjip.model.Absence;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.Observation;

/**
 * The contract every {@link IndicatorFormula} must meet, as JUnit tests a formula's own test class
 * inherits:
 *
 * <pre>{@code
 * class MyFormulaContractTests implements IndicatorFormulaContract {
 *   public IndicatorFormula formula() { return new MyFormula(); }
 *   public FormulaInputs sampleInputs() {
 *     return SampleInputs.forYear(2022).put("a", 2022, 3).put("b", 2022, 4).build();
 *   }
 * }
 * }</pre>
 *
 * <p>It checks: the id is non-blank, has no whitespace and does not use the reserved "lkjip:"
 * prefix (unless the formula is a built-in of this library); the description is non-blank; the
 * sample computes; a missing or absent input gives {@link Status#MISSING_INPUT} naming the input;
 * zero, negative, huge and tiny values, zero denominators and absent values never throw; the value
 * is present exactly when the status is {@link Status#COMPUTED}; results are deterministic and the
 * same under parallel calls; and for every rounding the value is {@code rounding.apply(unrounded)}
 * and the figure states that rounding.
 *
 * <p>Override a method to relax a rule that does not fit your formula, and say why.
 */
public interface IndicatorFormulaContract {
  /** The reserved id prefix of built-in formulas. */
  String RESERVED_PREFIX = "lkjip:";

  /** The formula under test. */
  IndicatorFormula formula();

  /**
   * Inputs with which {@link #formula()} computes a value, holding every input it reads for the
   * years it reads them. The contract derives its other cases from these.
   */
  FormulaInputs sampleInputs();

  /** The roundings checked: every {@link RoundingMode} but UNNECESSARY, scales 0 to 6. */
  static ImmutableList<Rounding> roundings() {
    ImmutableList.Builder<Rounding> all = ImmutableList.builder();
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode != RoundingMode.UNNECESSARY) {
        for (int scale = 0; scale <= 6; scale++) {
          all.add(Rounding.of(scale, mode));
        }
      }
    }
    return all.build();
  }

  @Test
  default void id_isNonBlankWithoutWhitespaceAndNotReserved() {
    String id = formula().id();
    assertThat(id).as("id").isNotBlank().doesNotContainAnyWhitespaces();
    if (id.startsWith(RESERVED_PREFIX)) {
      assertThat(formula().getClass().getPackageName())
          .as(
              "id '%s' uses the reserved prefix '%s' but the formula is not a built-in",
              id, RESERVED_PREFIX)
          .isEqualTo("org.lkjip.formulas");
    }
  }

  @Test
  default void description_isNonBlank() {
    assertThat(formula().description()).as("description of '%s'", formula().id()).isNotBlank();
  }

  @Test
  default void inputNames_areNonBlankAndDistinct() {
    List<String> names = formula().inputNames();
    assertThat(names)
        .as("input names of '%s'", formula().id())
        .isNotEmpty()
        .doesNotHaveDuplicates();
    assertThat(names).allSatisfy(n -> assertThat(n).isNotBlank());
  }

  @Test
  default void compute_sampleInputs_isComputed() {
    Rounding rounding = Rounding.halfUp(2);
    Figure f = checkedCompute(sampleInputs(), rounding);
    assertThat(f.status())
        .as("status of the sample, reason %s", f.reason())
        .isEqualTo(Status.COMPUTED);
  }

  @Test
  default void compute_inputMissing_isMissingInputNamingIt() {
    for (String name : formula().inputNames()) {
      List<Observation> kept = new ArrayList<>();
      for (Observation o : sampleInputs().indicator().inputs()) {
        if (!o.name().equals(name)) {
          kept.add(o);
        }
      }
      Figure f =
          checkedCompute(SampleInputs.withObservations(sampleInputs(), kept), Rounding.halfUp(2));
      assertThat(f.status()).as("status without input '%s'", name).isEqualTo(Status.MISSING_INPUT);
      assertThat(f.reason())
          .as("reason without input '%s'", name)
          .hasValueSatisfying(r -> assertThat(r).contains(name));
    }
  }

  @Test
  default void compute_inputAbsent_isMissingInputNamingIt() {
    for (String name : formula().inputNames()) {
      for (Absence absence : Absence.values()) {
        List<Observation> changed = new ArrayList<>();
        for (Observation o : sampleInputs().indicator().inputs()) {
          changed.add(o.name().equals(name) ? absent(o, absence) : o);
        }
        Figure f =
            checkedCompute(
                SampleInputs.withObservations(sampleInputs(), changed), Rounding.halfUp(2));
        assertThat(f.status())
            .as("status with input '%s' reported %s", name, absence)
            .isEqualTo(Status.MISSING_INPUT);
        assertThat(f.reason()).hasValueSatisfying(r -> assertThat(r).contains(name));
      }
    }
  }

  @Test
  default void compute_oneObservationAbsent_neverThrows() {
    List<Observation> all = sampleInputs().indicator().inputs();
    for (int i = 0; i < all.size(); i++) {
      for (Absence absence : Absence.values()) {
        List<Observation> changed = new ArrayList<>(all);
        changed.set(i, absent(all.get(i), absence));
        checkedCompute(SampleInputs.withObservations(sampleInputs(), changed), Rounding.halfUp(2));
      }
    }
  }

  @Test
  default void compute_zeroValues_neverThrows() {
    for (FormulaInputs in : variants(ImmutableList.of(BigDecimal.ZERO))) {
      checkedCompute(in, Rounding.halfUp(2));
    }
  }

  @Test
  default void compute_unusualValues_neverThrows() {
    for (FormulaInputs in : variants(unusualValues())) {
      checkedCompute(in, Rounding.truncate(2));
    }
  }

  @Test
  default void compute_sameInputs_isDeterministic() {
    for (FormulaInputs in : allVariants()) {
      assertThat(checkedCompute(in, Rounding.halfUp(2)))
          .isEqualTo(checkedCompute(in, Rounding.halfUp(2)));
    }
  }

  @Test
  default void compute_parallelCalls_giveTheSequentialResults() throws Exception {
    List<FormulaInputs> cases = allVariants();
    List<Figure> expected = new ArrayList<>();
    for (FormulaInputs in : cases) {
      expected.add(checkedCompute(in, Rounding.halfUp(2)));
    }
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Figure>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Figure> got = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    got.clear();
                    for (FormulaInputs in : cases) {
                      got.add(formula().compute(in, Rounding.halfUp(2)));
                    }
                  }
                  return got;
                }));
      }
      start.countDown();
      for (Future<List<Figure>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  @Test
  default void compute_everyRounding_valueIsRoundingAppliedToUnrounded() {
    for (Rounding rounding : roundings()) {
      Figure f = checkedCompute(sampleInputs(), rounding);
      assertThat(f.status()).isEqualTo(Status.COMPUTED);
      assertThat(f.rounding()).as("rounding stated").contains(rounding);
      assertThat(f.unrounded()).as("unrounded value").isPresent();
      assertThat(f.value()).contains(rounding.apply(f.unrounded().orElseThrow()));
    }
  }

  /**
   * Computes, asserting that it does not throw and that the figure is consistent: it names the
   * formula, has a value exactly when computed, a reason otherwise, and states the rounding.
   */
  default Figure checkedCompute(FormulaInputs inputs, Rounding rounding) {
    Figure[] out = new Figure[1];
    assertThatCode(() -> out[0] = formula().compute(inputs, rounding))
        .as("compute(%s, %s)", inputs.indicator().inputs(), rounding)
        .doesNotThrowAnyException();
    Figure f = out[0];
    assertThat(f).as("figure for %s", inputs.indicator().inputs()).isNotNull();
    assertThat(f.rule()).isEqualTo(formula().id());
    assertThat(f.value().isPresent())
        .as("value present iff COMPUTED, status %s", f.status())
        .isEqualTo(f.status() == Status.COMPUTED);
    if (f.status() == Status.COMPUTED) {
      assertThat(f.rounding()).as("rounding stated").contains(rounding);
      assertThat(f.unrounded()).isPresent();
      assertThat(f.value()).contains(rounding.apply(f.unrounded().orElseThrow()));
    } else {
      assertThat(f.reason()).as("reason of a %s figure", f.status()).isPresent();
      assertThat(f.reason().orElseThrow()).isNotBlank();
    }
    return f;
  }

  /** Values that stress a formula: negative, huge, tiny, long decimals. */
  static ImmutableList<BigDecimal> unusualValues() {
    return ImmutableList.of(
        new BigDecimal("-1"),
        new BigDecimal("1000000000000000"),
        new BigDecimal("0.000001"),
        new BigDecimal("123456789.123456789123456789"));
  }

  /**
   * The sample with each observation in turn set to each of {@code values}, then all observations
   * set to each value at once.
   */
  default List<FormulaInputs> variants(List<BigDecimal> values) {
    List<Observation> all = sampleInputs().indicator().inputs();
    List<FormulaInputs> out = new ArrayList<>();
    for (BigDecimal v : values) {
      for (int i = 0; i < all.size(); i++) {
        List<Observation> changed = new ArrayList<>(all);
        changed.set(i, withValue(all.get(i), v));
        out.add(SampleInputs.withObservations(sampleInputs(), changed));
      }
      List<Observation> allChanged = new ArrayList<>();
      for (Observation o : all) {
        allChanged.add(withValue(o, v));
      }
      out.add(SampleInputs.withObservations(sampleInputs(), allChanged));
    }
    return out;
  }

  /** The sample and its zero and unusual variants. */
  default List<FormulaInputs> allVariants() {
    List<BigDecimal> values = new ArrayList<>(unusualValues());
    values.add(BigDecimal.ZERO);
    List<FormulaInputs> out = new ArrayList<>();
    out.add(sampleInputs());
    out.addAll(variants(values));
    Set<String> seen = new HashSet<>();
    out.removeIf(in -> !seen.add(in.indicator().inputs().toString()));
    return out;
  }

  private static Observation withValue(Observation o, BigDecimal value) {
    return ImmutableObservation.builder().name(o.name()).year(o.year()).value(value).build();
  }

  private static Observation absent(Observation o, Absence absence) {
    return ImmutableObservation.builder().name(o.name()).year(o.year()).absence(absence).build();
  }
}
