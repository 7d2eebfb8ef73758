package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Derivations;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.AuditedReport;
import org.lkjip.examples.report.ExplainReport;
import org.lkjip.io.ReportLocations;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.xlsx.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lkjip explain}: how one published figure is recomputed, and why it does or does not match.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain how published figures of the report are recomputed: where each is printed and"
          + " stored, the rule and formula, every input with where it comes from (JSON path and"
          + " line:column, or data-set cell), the value before rounding, the rounding, the status"
          + " and the cause.",
      "FIGURE is the figure's number in the report's published list (1 is the first; '#12' works"
          + " too), or TABLE/ROW or TABLE/ROW/COLUMN as printed (case and extra spaces ignored;"
          + " every figure of the row, or of the cell in each year, is explained).",
      "Exit code 0, or 2 for bad input or a FIGURE the report does not have."
    })
final class ExplainCommand extends BaseCommand {
  @Mixin ReportArguments arguments = new ReportArguments();

  @Parameters(
      index = "1",
      paramLabel = "FIGURE",
      description = "The figure: N, #N, TABLE/ROW or TABLE/ROW/COLUMN.")
  String figure = "";

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "Only the figures of this year (with TABLE/ROW[/COLUMN]).")
  @Nullable Integer year;

  @Mixin Languages.LangOption lang = new Languages.LangOption();

  @Override
  int run() {
    Path file = java.util.Objects.requireNonNull(arguments.file, "bug: picocli did not set FILE");
    Inputs.ReportInput input = Inputs.readReport(file, true, true);
    Report report = input.report();
    ImmutableList<Integer> indexes = select(report, figure, year);
    if (indexes.isEmpty()) {
      throw new CliException(
          "no published figure matches '"
              + figure
              + "'"
              + (year == null ? "" : " in " + year)
              + "; give its number (1 to "
              + report.published().size()
              + ") or TABLE/ROW[/COLUMN] as printed, e.g. '"
              + example(report)
              + "'");
    }
    RuleSet ruleSet = arguments.ruleSet(input, err());
    Verification v =
        new Auditor(arguments.registry()).verify(report, ruleSet, Optional.of(input.sha256()));
    Derivations d = Derivations.of(new Evaluator(arguments.registry()), report, ruleSet);
    out().print(ExplainReport.render(report, v, d, indexes, places(file, input), locale()));
    out().flush();
    return ExitCodes.PASSED;
  }

  private Locale locale() {
    return lang.locale;
  }

  /**
   * The indexes in {@code report.published()} that {@code spec} names: a number from 1 (with or
   * without {@code #}), or TABLE/ROW[/COLUMN] compared without case and extra spaces; only those of
   * {@code year} when given.
   */
  static ImmutableList<Integer> select(Report report, String spec, @Nullable Integer year) {
    List<PublishedFigure> published = report.published();
    String s = spec.strip();
    String digits = s.startsWith("#") ? s.substring(1) : s;
    if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 10) {
      int n = Integer.parseInt(digits);
      return n >= 1 && n <= published.size() ? ImmutableList.of(n - 1) : ImmutableList.of();
    }
    String[] parts = s.split("/", 3);
    if (parts.length < 2) {
      return ImmutableList.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < published.size(); i++) {
      PublishedFigure p = published.get(i);
      boolean same =
          same(p.table(), parts[0])
              && same(p.row(), parts[1])
              && (parts.length < 3 || same(p.column(), parts[2]))
              && (year == null
                  || p.year().orElse(report.fiscalYear()).intValue() == year.intValue());
      if (same) {
        out.add(i);
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean same(String printed, String given) {
    return normal(printed).equals(normal(given));
  }

  private static String normal(String s) {
    return String.join(" ", s.strip().split("\\s+")).toLowerCase(Locale.ROOT);
  }

  private static String example(Report report) {
    if (report.published().isEmpty()) {
      return "Tabel 5/1/% Capaian";
    }
    PublishedFigure p = report.published().get(0);
    return p.table() + "/" + p.row() + "/" + p.column();
  }

  /** Where paths and figures are in the file: line:column in JSON, the cell in a workbook. */
  private static ExplainReport.Places places(Path file, Inputs.ReportInput input) {
    byte[] bytes = Inputs.readBytes(file);
    boolean json = Workbooks.contentOf(bytes) == Workbooks.Content.OTHER;
    return new ExplainReport.Places() {
      @Override
      public Optional<String> of(Optional<String> jsonPath, Optional<String> cellKey) {
        if (!json) {
          return cellKey.flatMap(input::valueCell).map(c -> file + ": " + c);
        }
        return jsonPath
            .flatMap(p -> ReportLocations.at(bytes, p))
            .map(at -> file + ":" + at.line() + ":" + at.column());
      }

      @Override
      public Optional<String> figure(int index) {
        if (index >= input.figureLocations().size()) {
          return Optional.empty();
        }
        AuditedReport.SourceLocation at = input.figureLocations().get(index);
        return Optional.of(
            at.cell().map(c -> file + ": " + c).orElse(file + ":" + at.line() + ":" + at.column()));
      }
    };
  }
}
