package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.Fingerprints;
import org.lkjip.model.PublishedFigure;

/**
 * The problems of verified reports that fail a run at a {@link FailOn} level, each with its
 * fingerprint (see {@link Fingerprints}) and a description for humans.
 */
final class Problems {
  private Problems() {}

  /**
   * A figure or finding that fails the run.
   *
   * @param fingerprint its fingerprint, which names neither the file nor values
   * @param what the file, then table, row, column and subject of a figure, or check, severity and
   *     where of a finding
   */
  record Problem(String fingerprint, String what) {}

  /**
   * The problems of {@code v} (read from {@code file}) at {@code level}: figures, then findings.
   */
  static ImmutableList<Problem> of(String file, Verification v, FailOn level) {
    List<Problem> problems = new ArrayList<>();
    for (FigureReconciliation f : v.figures()) {
      if (level.fails(f)) {
        problems.add(new Problem(Fingerprints.figure(f, v.fiscalYear()), what(file, f)));
      }
    }
    for (Finding f : v.findings()) {
      if (level.fails(f)) {
        problems.add(new Problem(Fingerprints.finding(f), what(file, f)));
      }
    }
    return ImmutableList.copyOf(problems);
  }

  private static String what(String file, FigureReconciliation f) {
    PublishedFigure p = f.published();
    StringBuilder b = new StringBuilder(file).append(": ").append(f.status()).append(" figure ");
    b.append(p.table()).append(", row ").append(p.row()).append(", column ").append(p.column());
    p.subject().ifPresent(s -> b.append(", ").append(s));
    p.year().ifPresent(y -> b.append(", ").append(y));
    return clean(b.toString());
  }

  private static String what(String file, Finding f) {
    StringBuilder b = new StringBuilder(file).append(": ").append(f.severity()).append(' ');
    b.append(f.check());
    where(b, "", f.table());
    where(b, "row ", f.row());
    where(b, "column ", f.column());
    where(b, "", f.subject());
    return clean(b.toString());
  }

  private static void where(StringBuilder b, String label, Optional<String> part) {
    part.ifPresent(s -> b.append(", ").append(label).append(s));
  }

  private static String clean(String s) {
    return s.replaceAll("\\p{Cntrl}", " ");
  }
}
