package org.lkjip.examples.report;

import org.lkjip.evaluation.audit.FigureReconciliation;

/** The text of each cell of a figure row, shared by the renderers. */
final class Cells {
  private Cells() {}

  /** The recomputed value for machines: a plain decimal, or the grade label, or null. */
  static @org.jspecify.annotations.Nullable String recomputedPlain(FigureReconciliation f) {
    if (f.recomputed().isPresent()) {
      return f.recomputed().get().toPlainString();
    }
    return f.recomputedText().orElse(null);
  }
}
