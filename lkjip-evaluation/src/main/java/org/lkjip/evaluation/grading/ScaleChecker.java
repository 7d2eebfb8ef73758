package org.lkjip.evaluation.grading;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.GradingScale;

/**
 * The checker that reports what a {@link GradingScale} leaves uncovered in a domain (values below
 * every band, gaps between bands, values above every band) and where bands overlap, each as a
 * {@link ScaleFinding} with the exact interval.
 *
 * <p>The seed report's printed scale ({@code 81–100, 75–80, 65–75, 50–65, 30–50}, all bounds
 * inclusive) checked over {@code [0, +∞)} gives: below every band {@code [0, 30)}, the gap {@code
 * (80, 81)}, above every band {@code (100, +∞)}, and overlaps at {@code {75}}, {@code {65}} and
 * {@code {50}}.
 *
 * <p>How it works: every bound of every band and of the domain cuts the real line into points and
 * open intervals between them; on each such piece the set of bands holding a value is constant, so
 * one representative value per piece decides it; adjacent pieces with the same set are merged.
 *
 * @since 0.1
 */
public final class ScaleChecker {
  /** The default domain of achievement values: {@code [0, +∞)}. */
  public static final Interval NON_NEGATIVE = Interval.atLeast(BigDecimal.ZERO);

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private ScaleChecker() {}

  /** Checks {@code scale} over the default domain {@code [0, +∞)}. */
  public static ImmutableList<ScaleFinding> check(GradingScale scale) {
    return check(scale, NON_NEGATIVE);
  }

  /**
   * Checks {@code scale} over the closed domain {@code [lower, upper]}, or {@code [lower, +∞)} when
   * {@code upper} is null.
   */
  public static ImmutableList<ScaleFinding> check(
      GradingScale scale, BigDecimal lower, @Nullable BigDecimal upper) {
    Interval domain =
        upper == null
            ? Interval.atLeast(lower)
            : Interval.of(Optional.of(Bound.inclusive(lower)), Optional.of(Bound.inclusive(upper)));
    return check(scale, domain);
  }

  /**
   * The findings of {@code scale} over {@code domain}, in increasing order of value: uncovered
   * intervals (below, gap, above) and overlaps. Empty when every value of the domain is in exactly
   * one band.
   */
  public static ImmutableList<ScaleFinding> check(GradingScale scale, Interval domain) {
    List<Piece> pieces = pieces(scale, domain);
    // Merge runs of adjacent in-domain pieces holding the same bands.
    List<Run> runs = new ArrayList<>();
    Run current = null;
    for (Piece p : pieces) {
      if (!p.inDomain) {
        current = null;
        continue;
      }
      if (current != null && current.labels.equals(p.labels)) {
        current.last = p;
      } else {
        current = new Run(p);
        runs.add(current);
      }
    }
    ImmutableList.Builder<ScaleFinding> findings = ImmutableList.builder();
    for (Run r : runs) {
      if (r.labels.size() == 1) {
        continue;
      }
      Interval interval = r.interval();
      ImmutableScaleFinding.Builder f =
          ImmutableScaleFinding.builder().scaleId(scale.id()).interval(interval);
      if (r.labels.size() > 1) {
        findings.add(f.kind(ScaleFinding.Kind.OVERLAP).addAllLabels(r.labels).build());
        continue;
      }
      int first = pieces.indexOf(r.first);
      int last = pieces.indexOf(r.last);
      Optional<String> below = nearestLabel(pieces, first - 1, -1);
      Optional<String> above = nearestLabel(pieces, last + 1, +1);
      if (below.isEmpty()) {
        findings.add(f.kind(ScaleFinding.Kind.UNCOVERED_BELOW).build());
      } else if (above.isEmpty()) {
        findings.add(f.kind(ScaleFinding.Kind.UNCOVERED_ABOVE).build());
      } else {
        findings.add(
            f.kind(ScaleFinding.Kind.GAP).addLabels(below.get()).addLabels(above.get()).build());
      }
    }
    return findings.build();
  }

  private static Optional<String> nearestLabel(List<Piece> pieces, int from, int step) {
    for (int i = from; i >= 0 && i < pieces.size(); i += step) {
      List<String> labels = pieces.get(i).labels;
      if (!labels.isEmpty()) {
        return Optional.of(step < 0 ? labels.get(labels.size() - 1) : labels.get(0));
      }
    }
    return Optional.empty();
  }

  /** The points and open intervals between all bounds, in increasing order. */
  private static List<Piece> pieces(GradingScale scale, Interval domain) {
    // A TreeSet orders by compareTo, so 80 and 80.0 are one cut (the first one added is kept).
    TreeSet<BigDecimal> cuts = new TreeSet<>();
    for (Band b : scale.bands()) {
      b.lower().ifPresent(x -> cuts.add(x.value()));
      b.upper().ifPresent(x -> cuts.add(x.value()));
    }
    domain.lower().ifPresent(x -> cuts.add(x.value()));
    domain.upper().ifPresent(x -> cuts.add(x.value()));
    List<Piece> pieces = new ArrayList<>();
    if (cuts.isEmpty()) {
      pieces.add(new Piece(null, null, false, BigDecimal.ZERO, scale, domain));
      return pieces;
    }
    BigDecimal previous = null;
    for (BigDecimal c : cuts) {
      BigDecimal rep = previous == null ? c.subtract(BigDecimal.ONE) : previous.add(c).divide(TWO);
      pieces.add(new Piece(previous, c, false, rep, scale, domain));
      pieces.add(new Piece(c, c, true, c, scale, domain));
      previous = c;
    }
    BigDecimal last = cuts.last();
    pieces.add(new Piece(last, null, false, last.add(BigDecimal.ONE), scale, domain));
    return pieces;
  }

  /** A point {@code [a, a]} or an open interval {@code (a, b)}; a null end is unbounded. */
  private static final class Piece {
    final @Nullable BigDecimal from;
    final @Nullable BigDecimal to;
    final boolean point;
    final boolean inDomain;
    final List<String> labels = new ArrayList<>();

    Piece(
        @Nullable BigDecimal from,
        @Nullable BigDecimal to,
        boolean point,
        BigDecimal representative,
        GradingScale scale,
        Interval domain) {
      this.from = from;
      this.to = to;
      this.point = point;
      this.inDomain = domain.contains(representative);
      for (Band b : scale.bands()) {
        if (b.contains(representative)) {
          labels.add(b.label());
        }
      }
    }
  }

  /** Adjacent pieces with the same bands. */
  private static final class Run {
    final Piece first;
    Piece last;
    final List<String> labels;

    Run(Piece first) {
      this.first = first;
      this.last = first;
      this.labels = first.labels;
    }

    Interval interval() {
      Optional<Bound> lower =
          first.from == null
              ? Optional.empty()
              : Optional.of(
                  first.point ? Bound.inclusive(first.from) : Bound.exclusive(first.from));
      Optional<Bound> upper =
          last.to == null
              ? Optional.empty()
              : Optional.of(last.point ? Bound.inclusive(last.to) : Bound.exclusive(last.to));
      return Interval.of(lower, upper);
    }
  }
}
