package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkjip.model.PublishedFigure;

/**
 * The built-in consistency checks, and helpers for writing checks. Every built-in is a general
 * rule: none is keyed to the ids, tables or values of a particular report.
 *
 * <table>
 *   <caption>Built-in checks</caption>
 *   <tr><th>id</th><th>finds</th></tr>
 *   <tr><td>total-not-sum-of-lines</td><td>a printed group total that is not the sum of its
 *       lines, or a printed total that is not the sum of the printed quarters of its row</td></tr>
 *   <tr><td>row-arithmetic</td><td>budget − spending ≠ unspent, spending / budget ≠ absorption,
 *       within a printed row</td></tr>
 *   <tr><td>quarters-not-sum</td><td>a sub-activity whose spending by quarter does not sum to its
 *       spending</td></tr>
 *   <tr><td>inconsistent-across-tables</td><td>one quantity printed with different values</td></tr>
 *   <tr><td>computed-from-printed-value</td><td>a derived figure that follows from an indicator
 *       value as printed in a table rather than from the data</td></tr>
 *   <tr><td>duplicate-code</td><td>a nomenclature code used by several budget lines</td></tr>
 *   <tr><td>code-pattern</td><td>a code that does not fit the Permendagri 90/2019 shape</td></tr>
 *   <tr><td>dataset-reused</td><td>two indicators computed from identical data</td></tr>
 *   <tr><td>dataset-total</td><td>a printed data set total that is not the sum of its rows, or an
 *       input that differs from its source cell</td></tr>
 *   <tr><td>grade-contradicts-scale</td><td>a printed grade the stated scale does not give</td></tr>
 *   <tr><td>scale-gaps-overlaps</td><td>gaps, overlaps and uncovered ranges of the stated scale,
 *       and values graded into them</td></tr>
 *   <tr><td>mixed-rounding</td><td>figures of one column reproduced by different roundings</td></tr>
 *   <tr><td>allocation</td><td>lines the alignment allocates twice or never, and alignments that
 *       disagree</td></tr>
 *   <tr><td>output-vs-physical</td><td>output fully achieved but physical progress below 100, or
 *       the reverse</td></tr>
 * </table>
 *
 * @since 0.1
 */
public final class Checks {
  private static final ImmutableList<ConsistencyCheck> BUILT_INS =
      ImmutableList.of(
          new TotalNotSumOfLines(),
          new RowArithmetic(),
          new QuartersNotSum(),
          new InconsistentAcrossTables(),
          new ComputedFromPrintedValue(),
          new DuplicateCode(),
          new CodePattern(),
          new DatasetReused(),
          new DatasetTotal(),
          new GradeContradictsScale(),
          new ScaleGapsOverlaps(),
          new MixedRounding(),
          new AllocationCheck(),
          new OutputVsPhysical(),
          new FormulaProblems());

  private Checks() {}

  /** Every built-in check, in the order they run; never null. */
  public static ImmutableList<ConsistencyCheck> builtIns() {
    return BUILT_INS;
  }

  /** The built-in check with {@code id}, if any. */
  public static Optional<ConsistencyCheck> find(String id) {
    return BUILT_INS.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * A finding of {@code check} located at a published figure (table, row, column, subject), with
   * the fact {@value Fact#PRINTED}: the figure's value, or its printed text when it has none.
   */
  static ImmutableFinding.Builder at(String check, Severity severity, PublishedFigure p) {
    ImmutableFinding.Builder b =
        ImmutableFinding.builder()
            .check(check)
            .severity(severity)
            .table(p.table())
            .row(p.row())
            .column(p.column())
            .addFact(printed(p))
            .addFact(Fact.of("printedText", p.printed()));
    p.subject().ifPresent(b::subject);
    return b;
  }

  /**
   * The fact {@value Fact#PRINTED} of a figure: its value (zero for money printed as Nihil), else
   * its printed text.
   */
  static Fact printed(PublishedFigure p) {
    return Reconciler.printedValue(p)
        .map(v -> Fact.of(Fact.PRINTED, v))
        .orElseGet(() -> Fact.of(Fact.PRINTED, p.printed().trim()));
  }

  /** Where a figure is printed, as language-neutral parts: "Tabel 12 › 4 › Realisasi (Rp)". */
  static String place(PublishedFigure p) {
    return AuditMessages.item(p.table(), p.row(), p.column());
  }

  /** A finding of {@code check} about an element of the report. */
  static ImmutableFinding.Builder about(String check, Severity severity, String subject) {
    return ImmutableFinding.builder().check(check).severity(severity).subject(subject);
  }

  /**
   * The fact {@code key} when {@code value} is present (a number when it is a {@link BigDecimal},
   * else its text), else none: for {@code addAllFacts}.
   */
  static List<Fact> ifPresent(String key, Optional<?> value) {
    return value
        .map(v -> v instanceof BigDecimal n ? Fact.of(key, n) : Fact.of(key, v.toString()))
        .map(List::of)
        .orElse(List.of());
  }

  /** A printed row: table, row, subject and year (rows of one table may repeat a code). */
  record RowKey(String table, String row, Optional<String> subject, int year) {}

  /** The printed row of a figure. */
  static RowKey rowKey(AuditContext ctx, PublishedFigure p) {
    return new RowKey(p.table(), p.row(), p.subject(), ctx.yearOf(p));
  }

  /** The published figures grouped by printed row, in the report's order. */
  static Map<RowKey, List<PublishedFigure>> rows(AuditContext ctx) {
    Map<RowKey, List<PublishedFigure>> rows = new LinkedHashMap<>();
    for (PublishedFigure p : ctx.report().published()) {
      rows.computeIfAbsent(rowKey(ctx, p), k -> new ArrayList<>()).add(p);
    }
    return rows;
  }
}
