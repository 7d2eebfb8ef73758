package org.lkjip.examples.report;

import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;

/** The text of each cell of a figure row, shared by the renderers. */
final class Cells {
  private Cells() {}

  /** The recomputed value for people: Indonesian number, or the grade label, or empty. */
  static String recomputed(FigureReconciliation f) {
    if (f.recomputed().isPresent()) {
      return Numbers.indonesian(f.recomputed().get());
    }
    return f.recomputedText().orElse("");
  }

  /** The recomputed value for machines: a plain decimal, or the grade label, or null. */
  static @org.jspecify.annotations.Nullable String recomputedPlain(FigureReconciliation f) {
    if (f.recomputed().isPresent()) {
      return f.recomputed().get().toPlainString();
    }
    return f.recomputedText().orElse(null);
  }

  /**
   * Why, for people: the reconciliation's cause; else, for another rounding, the rounding that
   * reproduces the figure; else, for a mismatch, the difference; else empty.
   */
  static String cause(FigureReconciliation f) {
    StringBuilder b = new StringBuilder();
    if (f.status() == ReconciliationStatus.MISMATCH && f.difference().isPresent()) {
      b.append("difference ").append(Numbers.indonesian(f.difference().get()));
    }
    if (f.cause().isPresent()) {
      append(b, f.cause().get());
    } else if (f.alternativeRounding().isPresent()) {
      append(b, "reproduced by " + f.alternativeRounding().get());
    }
    return b.toString();
  }

  private static void append(StringBuilder b, String text) {
    if (b.length() > 0) {
      b.append("; ");
    }
    b.append(text);
  }

  /** Short status label for narrow tables. */
  static String shortStatus(ReconciliationStatus s) {
    return switch (s) {
      case MATCH -> "MATCH";
      case MATCH_WITH_OTHER_ROUNDING -> "MATCH ROUNDING";
      case MISMATCH -> "MISMATCH";
      case NOT_RECOMPUTABLE -> "NOT RECOMPUTED";
    };
  }
}
