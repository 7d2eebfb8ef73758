package org.lkjip.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.Candidate;
import org.lkjip.evaluation.audit.Derivations;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.Figure;
import org.lkjip.model.Indicator;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * {@code lkjip explain}: the derivation of published figures, one block each: where the figure is
 * printed and stored, what the text reads as, the rule and the indicator's formula, every input
 * with where it comes from, the value before rounding, the rounding, the recomputed value, the
 * status and the cause. In the language of the labels (Bahasa Indonesia by default).
 *
 * @since 0.4
 */
public final class ExplainReport {
  /** Where the values at JSON paths of the report are in its file. */
  public interface Places {
    /**
     * The place of a value, e.g. {@code laporan.json:55:9} for its JSON path in a JSON report, or
     * {@code laporan.xlsx: Target!E7} for its {@link org.lkjip.xlsx.ValueCells} key in a workbook,
     * if known.
     */
    Optional<String> of(Optional<String> jsonPath, Optional<String> cellKey);

    /** The place of the printed text of the published figure at {@code index}, if known. */
    Optional<String> figure(int index);
  }

  private ExplainReport() {}

  /**
   * The explanation of the published figures at {@code indexes} of {@code report}.
   *
   * @param verification the report's verification, with a reconciliation per published figure
   * @param derivations the same report's derivations under the same rule set
   */
  public static String render(
      Report report,
      Verification verification,
      Derivations derivations,
      List<Integer> indexes,
      Places places,
      Locale locale) {
    Labels labels = Labels.of(locale);
    FigureExplanation inputs = new FigureExplanation(report, derivations, places, locale);
    StringBuilder out = new StringBuilder();
    for (int index : indexes) {
      if (out.length() > 0) {
        out.append('\n');
      }
      for (String line :
          block(
              report,
              verification.figures().get(index),
              derivations,
              index,
              places,
              inputs,
              labels,
              locale)) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> block(
      Report report,
      FigureReconciliation r,
      Derivations derivations,
      int index,
      Places places,
      FigureExplanation inputs,
      Labels labels,
      Locale locale) {
    PublishedFigure p = r.published();
    List<String> out = new ArrayList<>();
    out.add(
        labels.format(
            "explain.figure",
            String.valueOf(index + 1),
            p.table()
                + " \u203a "
                + labels.format("place.row", p.row())
                + " \u203a "
                + p.column()));
    p.subject()
        .ifPresent(
            s -> {
              Object e = report.elementsById().get(s);
              String name = e == null ? "" : AuditView.nameOf(e);
              String code = e == null ? s : AuditView.codeOf(e, s);
              out.add("  " + labels.format("explain.subject", (code + " " + name).strip()));
            });
    out.add(
        "  " + labels.format("explain.year", String.valueOf(p.year().orElse(report.fiscalYear()))));
    String path = ModelPaths.published(index);
    out.add(
        "  "
            + labels.format(
                "explain.at",
                places.figure(index).map(a -> a + " ").orElse("") + "[" + path + "]"));
    out.add("  " + printed(p, labels));
    out.add("  " + labels.format("explain.measure", p.measure().name()));
    p.subject()
        .flatMap(s -> report.find(s, Indicator.class))
        .ifPresent(
            i ->
                i.formula()
                    .ifPresent(
                        f ->
                            out.add(
                                "  "
                                    + labels.format(
                                        "explain.formula",
                                        f + i.formulaText().map(t -> " — " + t).orElse("")))));
    Figure f = derivations.figure(p);
    out.add("  " + labels.format("explain.rule", f.rule()));
    if (!f.inputs().isEmpty()) {
      out.add("  " + labels.get("explain.inputs"));
      out.addAll(inputs.lines(inputs.inputs(p, f), "    "));
    }
    if (f.isComputed()) {
      f.unrounded()
          .ifPresent(u -> out.add("  " + labels.format("explain.unrounded", exact(u, labels))));
      out.add(
          "  "
              + f.rounding()
                  .map(
                      x ->
                          labels.format(
                              "explain.rounding", x.id(), labels.number(f.valueOrThrow())))
                  .orElse(labels.format("explain.noRounding", labels.number(f.valueOrThrow()))));
    } else {
      AuditMessages.reason(f, locale)
          .ifPresent(x -> out.add("  " + labels.format("explain.notComputed", x)));
    }
    r.recomputedText().ifPresent(t -> out.add("  " + labels.format("explain.recomputedText", t)));
    out.add("  " + labels.format("explain.status", labels.statusWithIcon(r.status())));
    r.difference()
        .ifPresent(d -> out.add("  " + labels.format("explain.difference", labels.number(d))));
    AuditMessages.cause(r, locale)
        .ifPresent(c -> out.add("  " + labels.format("explain.cause", c)));
    candidates(r, labels, locale, out);
    return out;
  }

  /**
   * Every alternative computation tried for a mismatch, in the search's ranking: those that give
   * the printed value first, marked, then the others with what they give; "none" said plainly.
   */
  private static void candidates(
      FigureReconciliation r, Labels labels, Locale locale, List<String> out) {
    if (r.candidates().isEmpty()) {
      return;
    }
    long reproducing = r.candidates().stream().filter(Candidate::reproduces).count();
    out.add(
        "  "
            + labels.format(
                "explain.candidates",
                String.valueOf(r.candidates().size()),
                String.valueOf(reproducing)));
    for (Candidate c : r.candidates()) {
      out.add(
          "    "
              + labels.get(
                  c.reproduces() ? "explain.candidate.reproduces" : "explain.candidate.not")
              + " "
              + c.id()
              + ": "
              + AuditMessages.message(c.message(), locale));
    }
  }

  private static String printed(PublishedFigure p, Labels labels) {
    if (p.value().isPresent()) {
      return labels.format(
          "explain.printed",
          p.printed(),
          labels.number(p.value().get()),
          String.valueOf(Math.max(0, p.value().get().scale())));
    }
    return labels.format(
        "explain.printedAbsence",
        p.printed(),
        p.absence().map(Enum::name).orElse(labels.get("explain.noValue")));
  }

  /** An unrounded quotient in the language's notation, every digit kept. */
  private static String exact(BigDecimal u, Labels labels) {
    BigDecimal v = u.stripTrailingZeros();
    return labels.number(v.scale() < 0 ? v.setScale(0) : v);
  }
}
