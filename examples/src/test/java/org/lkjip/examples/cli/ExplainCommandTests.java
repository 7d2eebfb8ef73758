package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Candidate;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportReader;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/** {@code lkjip explain}: which figures FIGURE names, and what one explanation says. */
class ExplainCommandTests {
  private static final String SEED = "data/tebing-tinggi-2022.json";
  private static final String WORKBOOK = "data/tebing-tinggi-2022.xlsx";

  private static Report seed() {
    return new ReportReader().read(Path.of(SEED));
  }

  @Test
  void select_byNumber_isThatFigureFromOne() {
    Report r = seed();
    assertThat(ExplainCommand.select(r, "1", null)).containsExactly(0);
    assertThat(ExplainCommand.select(r, "#" + r.published().size(), null))
        .containsExactly(r.published().size() - 1);
    assertThat(ExplainCommand.select(r, "0", null)).isEmpty();
    assertThat(ExplainCommand.select(r, String.valueOf(r.published().size() + 1), null)).isEmpty();
  }

  @Test
  void select_byTableRowColumnAndYear_everyFigureOfThatPlace() {
    Report r = seed();
    PublishedFigure some = r.published().get(r.published().size() / 2);
    int year = some.year().orElse(r.fiscalYear());
    String spec =
        "  "
            + some.table().toUpperCase(java.util.Locale.ROOT)
            + " /"
            + some.row()
            + "/ "
            + some.column();

    List<Integer> all = ExplainCommand.select(r, spec, null);
    List<Integer> ofYear = ExplainCommand.select(r, spec, year);

    assertThat(all).isNotEmpty();
    for (int i : all) {
      PublishedFigure p = r.published().get(i);
      assertThat(List.of(p.table(), p.row(), p.column()))
          .containsExactly(some.table(), some.row(), some.column());
    }
    assertThat(ofYear).isNotEmpty().isSubsetOf(all);
    assertThat(ofYear).allMatch(i -> r.published().get(i).year().orElse(r.fiscalYear()) == year);
    assertThat(ExplainCommand.select(r, spec, year + 100)).isEmpty();
  }

  @Test
  void explain_seedFigure_showsPlaceInputsRoundingStatusAndCause() {
    Report r = seed();
    int index = -1;
    for (int i = 0; i < r.published().size(); i++) {
      if (r.published().get(i).measure() == org.lkjip.model.Measure.ACHIEVEMENT
          && r.published().get(i).subject().isPresent()) {
        index = i;
        break;
      }
    }
    assertThat(index).isNotNegative();

    CliRun run = CliRun.of("explain", SEED, String.valueOf(index + 1), "--lang", "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Published figure #" + (index + 1))
        .contains("[$.report.published[" + index + "]]")
        .contains(r.published().get(index).printed())
        .contains("Inputs:", "target = ", "Rounding ", "Status: ");
  }

  @Test
  void explain_mismatch_listsEveryCandidateTriedAndMarksThoseThatGiveIt() {
    Report r = seed();
    Verification v =
        new Auditor(FormulaRegistry.standard())
            .verify(r, RuleSets.seedTebingTinggi2022(), java.util.Optional.empty());
    int index = -1;
    for (int i = 0; i < v.figures().size() && index < 0; i++) {
      if (!v.figures().get(i).candidates().isEmpty()) {
        index = i;
      }
    }
    assertThat(index).as("a seed figure with candidates").isNotNegative();
    List<Candidate> tried = v.figures().get(index).candidates();

    CliRun run = CliRun.of("explain", SEED, String.valueOf(index + 1), "--lang", "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    long giving = tried.stream().filter(Candidate::reproduces).count();
    assertThat(run.out())
        .contains(
            "Alternatives tried: " + tried.size() + ", giving the published figure: " + giving);
    for (Candidate c : tried) {
      assertThat(run.out())
          .contains((c.reproduces() ? "[gives it] " : "[does not] ") + c.id() + ": ");
    }
  }

  @Test
  void explain_workbook_namesTheCellOfEachInput() {
    Report r = seed();
    int index = -1;
    for (int i = 0; i < r.published().size() && index < 0; i++) {
      PublishedFigure p = r.published().get(i);
      if (p.measure() == org.lkjip.model.Measure.ACHIEVEMENT && p.subject().isPresent()) {
        index = i;
      }
    }
    assertThat(index).isNotNegative();

    CliRun run = CliRun.of("explain", WORKBOOK, String.valueOf(index + 1), "--lang", "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Place in the file: " + WORKBOOK + ": 'Angka Terbit'!")
        .containsPattern(
            "target = .*" + java.util.regex.Pattern.quote(WORKBOOK + ": Target!") + "[A-Z]+[0-9]+");
  }

  @Test
  void explain_unknownFigure_isBadInputNamingTheRange() {
    CliRun run = CliRun.of("explain", SEED, "Tabel 99/1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("no published figure matches 'Tabel 99/1'");
    assertThat(run.out()).isEmpty();
  }
}
