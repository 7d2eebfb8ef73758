package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.GradingScale;

/**
 * The grading scales a command line can name, for {@code lkjip scales} and {@code lkjip grade}: the
 * built-ins, and with {@code --report FILE} the scale that report states ({@code statedScale}). The
 * findings of {@code verify} name the report's stated scale, so every scale id any output names is
 * one of these.
 *
 * <p>An id names one scale: a report that states a scale under a built-in's id with other bands is
 * bad input here, because its findings and its evaluation would name two scales alike.
 */
final class KnownScales {
  /** A scale and, when the report states it, the report file as named on the command line. */
  record Known(GradingScale scale, boolean builtIn, Optional<String> statedBy) {}

  private KnownScales() {}

  /**
   * The built-in scales in their order, then the report's stated scale when it is not built in.
   *
   * @param report the report file of {@code --report}, or null
   * @throws CliException if the report states a built-in's id with other bands
   * @throws CannotReadException if the report cannot be read
   */
  static ImmutableList<Known> of(@Nullable Path report) {
    Optional<GradingScale> stated = Optional.empty();
    Optional<String> file = Optional.empty();
    if (report != null) {
      stated = Inputs.readReport(report).report().statedScale();
      file = Optional.of(report.toString());
    }
    ImmutableList.Builder<Known> known = ImmutableList.builder();
    boolean statedIsBuiltIn = false;
    for (GradingScale s : Scales.builtIns()) {
      boolean same = stated.map(x -> x.id().equals(s.id())).orElse(false);
      if (same) {
        if (!sameBands(stated.orElseThrow(), s)) {
          throw new CliException(
              file.orElseThrow()
                  + ": the report states scale '"
                  + s.id()
                  + "' with bands other than the built-in scale '"
                  + s.id()
                  + "' (see 'lkjip scales'); give the report's scale an id of its own");
        }
        statedIsBuiltIn = true;
      }
      known.add(new Known(s, true, same ? file : Optional.empty()));
    }
    if (stated.isPresent() && !statedIsBuiltIn) {
      known.add(new Known(stated.get(), false, file));
    }
    return known.build();
  }

  /**
   * The scale with {@code id} among {@link #of}.
   *
   * @throws CliException if there is none; the message lists the ids there are
   */
  static GradingScale find(String id, @Nullable Path report) {
    ImmutableList<Known> known = of(report);
    return known.stream()
        .map(Known::scale)
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new CliException(
                    "unknown scale '"
                        + id
                        + "': the scales are "
                        + known.stream().map(k -> k.scale().id()).collect(Collectors.joining(", "))
                        + (report == null
                            ? " (a report's own scale: add --report FILE)"
                            : " (built in, and the one " + report + " states)")));
  }

  /** Whether two scales have the same bands: labels, bounds (by value) and inclusiveness. */
  static boolean sameBands(GradingScale a, GradingScale b) {
    return canonical(a.bands()).equals(canonical(b.bands()));
  }

  private static List<String> canonical(List<Band> bands) {
    return bands.stream()
        .map(b -> b.label() + " " + bound(b.lower()) + " " + bound(b.upper()))
        .toList();
  }

  private static String bound(Optional<Bound> bound) {
    return bound
        .map(
            x -> {
              BigDecimal v = x.value().stripTrailingZeros();
              return (x.inclusive() ? "=" : "") + v.toPlainString();
            })
        .orElse("-");
  }
}
