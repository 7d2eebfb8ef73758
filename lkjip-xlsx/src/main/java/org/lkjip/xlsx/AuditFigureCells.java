package org.lkjip.xlsx;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.model.Measure;

/**
 * The cells of a figure that the summary and the table sheets share: its recomputed value and its
 * cause.
 */
final class AuditFigureCells {
  private static final String UNCOVERED = "UNCOVERED";
  private static final String AMBIGUOUS = "AMBIGUOUS: ";
  private static final String NOT_APPLICABLE = "NOT_APPLICABLE";
  private static final String MISSING_INPUT = "MISSING_INPUT";

  private final AuditLabels labels;
  private final AuditCells cells;

  AuditFigureCells(AuditLabels labels, AuditCells cells) {
    this.labels = labels;
    this.cells = cells;
  }

  /** The recomputed number, else the recomputed text; nothing when not recomputable. */
  void recomputed(Row row, int col, FigureReconciliation f) {
    if (f.status() == ReconciliationStatus.NOT_RECOMPUTABLE) {
      return;
    }
    if (f.recomputed().isPresent()) {
      cells.number(row, col, f.recomputed().get());
    } else {
      cells.text(row, col, f.recomputedText().map(t -> recomputedText(f, t)).orElse(null));
    }
  }

  /**
   * The recomputed text in words: the codes {@link FigureReconciliation#recomputedText()} documents
   * (no value: "NOT_APPLICABLE", "MISSING_INPUT"; grades: "UNCOVERED", "AMBIGUOUS: a|b") get their
   * labels; a grade label is shown as it is.
   */
  private String recomputedText(FigureReconciliation f, String t) {
    if (f.published().measure() == Measure.GRADE) {
      if (t.equals(UNCOVERED)) {
        return labels.get("recomputed.UNCOVERED");
      }
      if (t.startsWith(AMBIGUOUS)) {
        return labels.format("recomputed.AMBIGUOUS", t.substring(AMBIGUOUS.length()));
      }
      return t;
    }
    return t.equals(NOT_APPLICABLE) || t.equals(MISSING_INPUT) ? labels.get("recomputed." + t) : t;
  }

  /** The cause, else the rounding that reproduces the printed value, else empty. */
  String cause(FigureReconciliation f) {
    Optional<String> cause = AuditMessages.cause(f, labels.locale());
    if (cause.isPresent()) {
      return cause.get();
    }
    return f.alternativeRounding()
        .map(a -> labels.format("cause.alternativeRounding", a))
        .orElse("");
  }
}
