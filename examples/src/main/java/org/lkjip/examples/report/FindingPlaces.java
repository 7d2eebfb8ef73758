package org.lkjip.examples.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.PublishedFigure;

/**
 * Where a finding is, for formats that locate it in the report file: at the first published figure
 * with the finding's table, row and column, whose printed text has a place in the file. A finding
 * that names no table, row and column, or a place no figure has, has no figure.
 */
final class FindingPlaces {
  private final Map<String, Integer> firstFigure = new HashMap<>();

  private FindingPlaces(Verification v) {
    for (int i = 0; i < v.figures().size(); i++) {
      PublishedFigure p = v.figures().get(i).published();
      firstFigure.putIfAbsent(place(p.table(), p.row(), p.column()), i);
    }
  }

  /** The places of the figures of {@code v}. */
  static FindingPlaces of(Verification v) {
    return new FindingPlaces(v);
  }

  /** The index in {@link Verification#figures()} of the figure {@code f} is about, if any. */
  Optional<Integer> figureIndex(Finding f) {
    if (f.table().isEmpty() || f.row().isEmpty() || f.column().isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        firstFigure.get(place(f.table().get(), f.row().get(), f.column().get())));
  }

  /** Where {@code f} is in the file of {@code r}, if known. */
  Optional<AuditedReport.SourceLocation> location(AuditedReport r, Finding f) {
    return figureIndex(f).flatMap(r::figureLocation);
  }

  private static String place(String table, String row, String column) {
    return table + "\u0000" + row + "\u0000" + column;
  }
}
