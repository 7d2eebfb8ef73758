package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.AchievementChart;
import org.lkjip.examples.report.AuditedReport;
import org.lkjip.examples.report.CodeQualityReport;
import org.lkjip.examples.report.HtmlReport;
import org.lkjip.examples.report.JunitReport;
import org.lkjip.examples.report.MarkdownReport;
import org.lkjip.examples.report.RenderOptions;
import org.lkjip.examples.report.SarifReport;
import org.lkjip.examples.report.TextReport;
import org.lkjip.examples.report.VerificationJson;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Report;
import org.lkjip.xlsx.AuditWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lkjip verify}: reconciles every published figure of one or more reports and runs the
 * consistency checks.
 *
 * <p>Several reports (files, and directories searched for {@code *.json}, {@code *.xlsx} and {@code
 * *.xlsm}) are verified in one run: text and Markdown print one report after another, SARIF and
 * JUnit and Code Quality make one document; JSON, HTML and xlsx take one report. Every file is read
 * before anything is written: the first file that cannot be read stops the run with exit code 2 and
 * no output. The run has one exit code: 1 when any report has a problem that {@code --fail-on}
 * counts and {@code --baseline} does not accept.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute every figure the reports publish, reconcile it with the printed value, and run"
          + " the consistency checks.",
      "Exit code 0 when no report has a problem that --fail-on counts (default: a MISMATCH figure"
          + " or an ERROR finding) and --baseline does not accept, 1 otherwise, 2 for bad input or"
          + " usage (the first file that cannot be read stops the run; nothing is written)."
    })
final class VerifyCommand extends BaseCommand {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description =
          "Reports: lkjip-report/1 JSON or lkjip-workbook/1 workbooks (by content); a directory"
              + " means every *.json, *.xlsx and *.xlsm file under it, recursively, sorted by path,"
              + " hidden files and directories skipped, and lkjip's own baselines, verifications,"
              + " evaluations and formula files.")
  List<Path> files = new ArrayList<>();

  @Mixin RuleArguments arguments = new RuleArguments();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      completionCandidates = Format.Names.class,
      description =
          "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}. json, html and"
              + " xlsx take one report; sarif, junit and codequality make one document of all"
              + " reports.")
  Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write the output to PATH (atomically) instead of standard output.")
  @Nullable Path output;

  @Option(
      names = "--sarif",
      paramLabel = "PATH",
      description =
          "Also write a SARIF 2.1.0 log of every report of the run to PATH, beside the --format"
              + " output (one run for a human log and a code-scanning upload).")
  @Nullable Path sarif;

  @Option(
      names = "--junit",
      paramLabel = "PATH",
      description = "Also write JUnit XML of every report of the run to PATH.")
  @Nullable Path junit;

  @Option(
      names = "--codequality",
      paramLabel = "PATH",
      description =
          "Also write a GitLab Code Quality report (JSON) of every report of the run to PATH.")
  @Nullable Path codequality;

  @Mixin Languages.LangOption lang = new Languages.LangOption();

  @Option(
      names = "--only",
      paramLabel = "problems",
      converter = OnlyConverter.class,
      description =
          "--only problems: in text, md, html and xlsx show only the figures that are not a plain"
              + " match (mismatches, other roundings, not recomputable) and the findings; the"
              + " verdict and the counts still cover everything. Default: everything.")
  @Nullable Only only;

  /** What {@code --only} keeps. */
  enum Only {
    /** Figures that are not a plain match, and the findings. */
    PROBLEMS
  }

  /** Accepts the one value of {@code --only}, in plain words otherwise. */
  static final class OnlyConverter implements picocli.CommandLine.ITypeConverter<Only> {
    @Override
    public Only convert(String value) {
      if (!value.equals("problems")) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected 'problems' but was '" + value + "'");
      }
      return Only.PROBLEMS;
    }
  }

  @Option(
      names = "--timestamp",
      description = "Include the time of the run (UTC); without it the output is byte-identical.")
  boolean timestamp;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      converter = FailOn.Converter.class,
      completionCandidates = FailOn.Names.class,
      description = {
        "What makes the exit code 1: mismatch = a MISMATCH figure; error (default) = a MISMATCH"
            + " figure or an ERROR finding; warning = also a MATCH_WITH_OTHER_ROUNDING or"
            + " NOT_RECOMPUTABLE figure or a WARNING finding; never = nothing. INFO findings never"
            + " fail. The output shows every problem whatever the level."
      })
  FailOn failOn = FailOn.ERROR;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "An lkjip-baseline/1 file of accepted figures and findings (by fingerprint): they do not"
              + " fail the run. An entry that no longer occurs is reported as stale on standard"
              + " error (a warning, not a failure).")
  @Nullable Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "PATH",
      description =
          "Write an lkjip-baseline/1 file accepting every problem that fails the run under"
              + " --fail-on (reason 'accepted on first run', or the reason --baseline gives), and"
              + " exit 0.")
  @Nullable Path writeBaseline;

  /** One report of the run, read and verified. */
  private record Verified(String file, Inputs.ReportInput input, RuleSet ruleSet, Verification v) {}

  @Override
  int run() {
    ImmutableList<Path> paths = Inputs.reportFiles(files);
    if (paths.size() > 1 && format.singleReport()) {
      throw new CliException(
          "--format "
              + format.cliName()
              + " takes one report ("
              + paths.size()
              + " given); use sarif, junit or codequality for several");
    }
    checkOutputsDiffer();
    Optional<Baseline> accepted =
        baseline == null ? Optional.empty() : Optional.of(Baseline.read(baseline));
    FormulaRegistry registry = arguments.registry();
    boolean locate =
        format.locatesFigures() || sarif != null || junit != null || codequality != null;
    List<Verified> reports = new ArrayList<>();
    for (Path path : paths) {
      Inputs.ReportInput input = Inputs.readReport(path, locate);
      RuleSet ruleSet = arguments.ruleSet(input.report(), err());
      Verification v =
          new Auditor(registry).verify(input.report(), ruleSet, Optional.of(input.sha256()));
      reports.add(new Verified(path.toString(), input, ruleSet, v));
    }
    Optional<String> stamp = Timestamps.of(timestamp, Clock.systemUTC());
    RenderOptions options = new RenderOptions(lang.locale, only == Only.PROBLEMS, stamp);
    if (format == Format.XLSX) {
      if (output == null) {
        throw new CliException("--format xlsx writes a workbook: give its file with -o hasil.xlsx");
      }
      Verified r = reports.get(0);
      emitBinary(
          o ->
              AuditWorkbookWriter.write(
                  r.v(), o, lang.locale, r.input()::figureCell, only == Only.PROBLEMS),
          output);
    } else {
      emit(render(reports, registry, stamp, options), output);
    }
    if (sarif != null) {
      emit(SarifReport.render(audited(reports)), sarif);
    }
    if (junit != null) {
      emit(JunitReport.render(audited(reports)), junit);
    }
    if (codequality != null) {
      emit(CodeQualityReport.render(audited(reports)), codequality);
    }
    return exitCode(reports, accepted);
  }

  /** Two outputs of one run to the same file would overwrite each other: a usage error. */
  private void checkOutputsDiffer() {
    Map<Path, String> seen = new LinkedHashMap<>();
    String[] names = {"-o", "--sarif", "--junit", "--codequality", "--write-baseline"};
    @Nullable Path[] paths = {output, sarif, junit, codequality, writeBaseline};
    for (int i = 0; i < names.length; i++) {
      Path p = paths[i];
      if (p == null) {
        continue;
      }
      String earlier = seen.putIfAbsent(p.toAbsolutePath().normalize(), names[i]);
      if (earlier != null) {
        throw new CliException(earlier + " and " + names[i] + " name the same file " + p);
      }
    }
  }

  private String render(
      List<Verified> reports,
      FormulaRegistry registry,
      Optional<String> stamp,
      RenderOptions options) {
    Verified first = reports.get(0);
    return switch (format) {
      case TEXT, MD -> {
        if (reports.size() == 1) {
          yield single(first, options);
        }
        StringBuilder b = new StringBuilder();
        for (Verified r : reports) {
          if (b.length() > 0) {
            b.append('\n');
          }
          String file = r.file().replaceAll("\\p{Cntrl}", "?");
          b.append(
              format == Format.MD
                  ? TextReport.fileLine("`" + file.replace('`', '\'') + "`", options) + "\n\n"
                  : TextReport.fileLine(file, options) + "\n");
          b.append(single(r, options));
        }
        yield b.toString();
      }
      case JSON -> VerificationJson.render(first.v(), stamp, first.input()::figureCell);
      case HTML -> {
        Evaluation evaluation =
            new Evaluator(registry)
                .evaluate(first.input().report(), first.ruleSet(), first.input().sha256());
        yield HtmlReport.render(
            first.v(),
            first.input().report(),
            Optional.of(AchievementChart.of(first.input().report(), evaluation)),
            options);
      }
      case SARIF -> SarifReport.render(audited(reports));
      case JUNIT -> JunitReport.render(audited(reports));
      case CODEQUALITY -> CodeQualityReport.render(audited(reports));
      case XLSX -> throw new IllegalStateException("bug: xlsx is written as a workbook");
    };
  }

  private String single(Verified r, RenderOptions options) {
    Report report = r.input().report();
    return format == Format.MD
        ? MarkdownReport.render(r.v(), report, options)
        : TextReport.render(r.v(), report, options);
  }

  private static ImmutableList<AuditedReport> audited(List<Verified> reports) {
    return reports.stream()
        .map(r -> new AuditedReport(r.file(), r.v(), r.input().figureLocations()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The run's exit code under {@code --fail-on} and {@code --baseline}; reports stale baseline
   * entries and writes {@code --write-baseline}.
   */
  private int exitCode(List<Verified> reports, Optional<Baseline> accepted) {
    // every problem that fails at this level, by fingerprint (the first one's description)
    Map<String, Problems.Problem> failing = new LinkedHashMap<>();
    // what still occurs at all (the strictest level), to tell stale baseline entries
    Set<String> occurring = new HashSet<>();
    for (Verified r : reports) {
      for (Problems.Problem p : Problems.of(r.file(), r.v(), failOn)) {
        failing.putIfAbsent(p.fingerprint(), p);
      }
      for (Problems.Problem p : Problems.of(r.file(), r.v(), FailOn.WARNING)) {
        occurring.add(p.fingerprint());
      }
    }
    ImmutableMap<String, Baseline.Entry> entries =
        accepted.map(Baseline::byFingerprint).orElse(ImmutableMap.of());
    reportStale(entries, occurring);
    if (writeBaseline != null) {
      List<Baseline.Entry> written = new ArrayList<>();
      for (Problems.Problem p : failing.values()) {
        Baseline.Entry old = entries.get(p.fingerprint());
        written.add(
            new Baseline.Entry(
                p.fingerprint(), p.what(), old == null ? Baseline.FIRST_RUN : old.reason()));
      }
      Baseline b = new Baseline(ImmutableList.copyOf(written));
      emit(b.render(), writeBaseline);
      PrintWriter err = err();
      err.println(
          "lkjip: wrote "
              + writeBaseline
              + ": "
              + b.entries().size()
              + (b.entries().size() == 1 ? " entry" : " entries"));
      err.flush();
      return ExitCodes.PASSED;
    }
    boolean failed = failing.keySet().stream().anyMatch(fp -> !entries.containsKey(fp));
    return failed ? ExitCodes.FAILED : ExitCodes.PASSED;
  }

  private void reportStale(ImmutableMap<String, Baseline.Entry> entries, Set<String> occurring) {
    PrintWriter err = err();
    int stale = 0;
    for (Baseline.Entry e : entries.values()) {
      if (!occurring.contains(e.fingerprint())) {
        err.println(
            "lkjip: warning: baseline entry "
                + e.fingerprint()
                + " ("
                + e.what().replaceAll("\\p{Cntrl}", " ")
                + ") no longer occurs");
        stale++;
      }
    }
    if (stale > 0) {
      err.println(
          "lkjip: warning: "
              + stale
              + " of "
              + entries.size()
              + " baseline entries no longer occur; remove them from "
              + baseline);
    }
    err.flush();
  }
}
