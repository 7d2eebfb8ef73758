package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.lkjip.io.PrintedNumber;
import org.lkjip.model.Absence;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Measure;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The published figures of the Angka Terbit sheet. A figure given neither a value nor an absence
 * takes one from its printed text when that text is a number or an absence word. The cell of each
 * figure's printed text is noted, in the report's order.
 */
final class PublishedPart {
  private final Assembly assembly;
  private final Records in;
  private final List<String> figureCells;

  PublishedPart(Assembly assembly, List<String> figureCells) {
    this.assembly = assembly;
    this.in = assembly.in;
    this.figureCells = figureCells;
  }

  void addTo(ImmutableReport.Builder report) {
    for (Rec r : assembly.take(Sheet.PUBLISHED)) {
      String table = in.requiredText(r, "table");
      String row = in.requiredText(r, "row");
      String column = in.requiredText(r, "column");
      String printed = in.requiredText(r, "printed");
      BigDecimal value = in.number(r, "value");
      String absence =
          in.choice(r, "absence", Sheet.PUBLISHED.column("absence").orElseThrow().choices(), false);
      String measure =
          in.choice(r, "measure", Sheet.PUBLISHED.column("measure").orElseThrow().choices(), true);
      String subject = in.text(r, "subject");
      Integer year = in.integer(r, "year");
      Integer from = in.integer(r, "fromQuarter");
      Integer to = in.integer(r, "toQuarter");
      if (table == null || row == null || column == null || printed == null || measure == null) {
        continue;
      }
      if (subject != null && !assembly.ids.containsKey(subject.strip())) {
        in.problem(
            r.where("subject"),
            "unknown subject '"
                + Records.clip(subject)
                + "': not the id of an indicator, objective or budget line");
        continue;
      }
      ImmutablePublishedFigure.Builder f =
          ImmutablePublishedFigure.builder()
              .table(table)
              .row(row)
              .column(column)
              .printed(printed)
              .measure(Measure.valueOf(measure))
              .subject(java.util.Optional.ofNullable(subject == null ? null : subject.strip()))
              .year(java.util.Optional.ofNullable(year))
              .fromQuarter(java.util.Optional.ofNullable(from))
              .toQuarter(java.util.Optional.ofNullable(to));
      if (value != null) {
        f.value(value);
      }
      if (absence != null) {
        f.absence(absenceOf(absence));
      }
      if (value == null && absence == null && !r.has("value")) {
        derive(r, printed, f);
      }
      figureCells.add(r.where("printed"));
      assembly.build(r, f::build).ifPresent(report::addPublished);
    }
  }

  /** Value or absence read from the printed text, when it is a number or an absence word. */
  private void derive(Rec r, String printed, ImmutablePublishedFigure.Builder f) {
    try {
      PrintedNumber p = org.lkjip.io.IndonesianNumbers.parse(printed);
      if (p.value().isPresent()) {
        f.value(p.value().get());
      } else if (p.absence().isPresent() && p.absence().get() != Absence.NOT_REPORTED) {
        f.absence(p.absence().get());
      }
    } catch (org.lkjip.io.PrintedNumberException e) {
      if (readsUnderAConvention(printed)) {
        in.problem(
            r.where("value"),
            "the printed \""
                + Records.clip(printed)
                + "\" could be read two ways ("
                + e.reason()
                + "): type its number in 'value'");
      }
      // otherwise a text such as a grade ("Sangat Baik"): no value
    }
  }

  /** Whether a text that does not parse on its own is a number once a convention is chosen. */
  private static boolean readsUnderAConvention(String printed) {
    for (org.lkjip.io.IndonesianNumbers.Convention c :
        org.lkjip.io.IndonesianNumbers.Convention.values()) {
      try {
        org.lkjip.io.IndonesianNumbers.parse(printed, c);
        return true;
      } catch (org.lkjip.io.PrintedNumberException notUnderThisOne) {
        // try the other
      }
    }
    return false;
  }

  private static Absence absenceOf(String word) {
    for (Absence a : Absence.values()) {
      if (WorkbookFormat.absenceWord(a).equals(word)) {
        return a;
      }
    }
    throw new IllegalStateException("bug: no absence for " + word);
  }
}
