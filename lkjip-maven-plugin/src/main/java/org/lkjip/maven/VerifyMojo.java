package org.lkjip.maven;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.cli.ExitCodes;

/**
 * Goal {@code lkjip:verify}: audits the project's LKjIP reports with {@code lkjip verify} and fails
 * the build when they fail it.
 *
 * <p>The command runs in Maven's JVM, once for all reports, and writes to {@link #outputDirectory}:
 *
 * <ul>
 *   <li>{@value #VERDICT}: the text verdict, every figure and finding of every report;
 *   <li>{@value #SARIF}: a SARIF 2.1.0 log (code-scanning upload), reports named relative to the
 *       directory Maven runs in when they are under it;
 *   <li>{@value #JUNIT}: JUnit XML, one suite per published table and one for the consistency
 *       checks of each report (Jenkins, GitLab);
 *   <li>{@value #CODE_QUALITY}: a GitLab Code Quality report, one located entry per problem.
 * </ul>
 *
 * <p>The build log gets one line per problem ({@code FILE:LINE:COLUMN: LEVEL RULE: MESSAGE}, at
 * most {@value #MAX_LOGGED_PROBLEMS}) and the counts per report, read from the SARIF log.
 *
 * <p>Outcome, from the command's exit code: 0 passes; 1 (a problem that {@link #failOn} counts and
 * {@link #baseline} does not accept) is a build failure ({@link MojoFailureException}) naming the
 * reports and their counts; 2 (an unreadable or invalid report, baseline, rule set or formula file,
 * a bad {@code failOn}) and 3 (a bug in lkjip) are build errors ({@link MojoExecutionException})
 * with the command's message. Outputs of an earlier run are deleted first, so after a build error
 * none is left that could be taken for this run's.
 *
 * <p>No report at all (the default {@code src/lkjip} does not exist, say, in a module that has
 * none): a warning and success, so that the plugin can be configured once in a parent POM; set
 * {@link #failIfNoReports} to make it a failure.
 *
 * @since 0.2
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends AbstractMojo {
  /** The text verdict's file name in {@link #outputDirectory}. */
  public static final String VERDICT = "lkjip-verification.txt";

  /** The SARIF log's file name in {@link #outputDirectory}. */
  public static final String SARIF = "lkjip.sarif";

  /**
   * The JUnit XML file name in {@link #outputDirectory}: {@code TEST-*.xml}, the pattern test
   * report readers look for.
   */
  public static final String JUNIT = "TEST-lkjip.xml";

  /** The GitLab Code Quality report's file name in {@link #outputDirectory}. */
  public static final String CODE_QUALITY = "lkjip-codequality.json";

  /** At most this many problems are logged one per line; the rest are counted. */
  static final int MAX_LOGGED_PROBLEMS = 100;

  /**
   * The reports: files ({@code lkjip-report/1} JSON or {@code lkjip-workbook/1} workbooks, read by
   * content) and directories (every {@code *.json}, {@code *.xlsx} and {@code *.xlsm} under them,
   * recursively, hidden files and directories skipped). Keep other JSON files (baselines, rule
   * sets, formulas) out of a reports directory: they would be read as reports. On the command line:
   * {@code -Dlkjip.reports=a.json,b.xlsx}.
   */
  @Parameter(property = "lkjip.reports", defaultValue = "${project.basedir}/src/lkjip")
  List<File> reports = new ArrayList<>();

  /**
   * Where the verdict, the SARIF log and the JUnit XML are written (created if needed; the three
   * files are replaced on every run).
   */
  @Parameter(
      property = "lkjip.outputDirectory",
      defaultValue = "${project.build.directory}/lkjip",
      required = true)
  File outputDirectory = new File("target/lkjip");

  /**
   * What fails the build, as {@code lkjip verify --fail-on}: {@code mismatch} a MISMATCH figure;
   * {@code error} also an ERROR finding; {@code warning} also a MATCH_WITH_OTHER_ROUNDING or
   * NOT_RECOMPUTABLE figure or a WARNING finding; {@code never} nothing (bad input still stops the
   * build). INFO findings never fail. The outputs show every problem whatever the level.
   */
  @Parameter(property = "lkjip.failOn", defaultValue = "error", required = true)
  String failOn = "error";

  /**
   * An {@code lkjip-baseline/1} file of accepted figures and findings ({@code --baseline}): they do
   * not fail the build. Entries that no longer occur are logged as warnings.
   */
  @Parameter(property = "lkjip.baseline")
  @Nullable File baseline;

  /**
   * Write an {@code lkjip-baseline/1} file here accepting every problem that fails under {@link
   * #failOn} ({@code --write-baseline}), and pass: to adopt the goal on reports with known defects,
   * run once with {@code -Dlkjip.writeBaseline=lkjip-baseline.json}, commit the file and set {@link
   * #baseline} to it. Reasons already in {@link #baseline} are kept.
   */
  @Parameter(property = "lkjip.writeBaseline")
  @Nullable File writeBaseline;

  /**
   * The rule set ({@code --rules}): a built-in id ({@code recommended}, {@code
   * seed-tebing-tinggi-2022}; {@code lkjip rules} lists them) or a rule set JSON file, relative to
   * the project's directory. Default: the rule set each report declares, else {@code recommended}.
   */
  @Parameter(property = "lkjip.rules")
  @Nullable String rules;

  /**
   * Formula definitions ({@code lkjip-formulas/1} JSON, {@code --formulas}) used beside the
   * built-in formulas.
   */
  @Parameter(property = "lkjip.formulas")
  @Nullable File formulas;

  /**
   * Language of the text verdict ({@code lkjip-verification.txt}): {@code id} (Bahasa Indonesia,
   * the default) or {@code en}. The build log and the CI documents are in English whatever it is.
   */
  @Parameter(property = "lkjip.lang", defaultValue = "id", required = true)
  String lang = "id";

  /** Fail the build when no report is found, instead of a warning. */
  @Parameter(property = "lkjip.failIfNoReports", defaultValue = "false")
  boolean failIfNoReports;

  /** Skip the goal: nothing is read or written. */
  @Parameter(property = "lkjip.skip", defaultValue = "false")
  boolean skip;

  /** The project's directory, against which a {@link #rules} file is resolved. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir = new File(".");

  /** Created by Maven, which sets the parameters. */
  public VerifyMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping lkjip:verify (lkjip.skip)");
      return;
    }
    Path workingDirectory = Path.of("").toAbsolutePath().normalize();
    List<Path> paths = reports.stream().map(File::toPath).collect(Collectors.toList());
    if (!hasReports(paths)) {
      String message =
          "No LKjIP report (*.json, *.xlsx, *.xlsm) in " + describe(paths, workingDirectory);
      if (failIfNoReports) {
        throw new MojoFailureException(message + " (failIfNoReports is set)");
      }
      getLog().warn(message + ": nothing to verify");
      return;
    }
    Path out = outputDirectory.toPath();
    Path verdict = out.resolve(VERDICT);
    Path sarif = out.resolve(SARIF);
    Path junit = out.resolve(JUNIT);
    Path codeQuality = out.resolve(CODE_QUALITY);
    prepare(out, List.of(verdict, sarif, junit, codeQuality));
    if (writeBaseline != null) {
      Path parent = writeBaseline.toPath().toAbsolutePath().getParent();
      if (parent != null) {
        prepare(parent, List.of());
      }
    }
    List<String> args = commandLine(verdict, sarif, junit, codeQuality, paths, workingDirectory);
    getLog().debug("lkjip " + String.join(" ", args));

    CliRun run;
    try {
      run = CliRun.of(args);
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException("lkjip verify could not run: " + e, e);
    }
    switch (run.exitCode()) {
      case ExitCodes.PASSED, ExitCodes.FAILED -> {
        // below
      }
      case ExitCodes.BAD_INPUT ->
          throw new MojoExecutionException(
              "lkjip verify could not check the reports:\n" + errText(run));
      case ExitCodes.INTERNAL_ERROR ->
          throw new MojoExecutionException(
              "lkjip verify stopped on an internal error (a bug in lkjip: please report it; run"
                  + " Maven with -X for the stack trace):\n"
                  + errText(run));
      default ->
          throw new MojoExecutionException(
              "lkjip verify exited with the unexpected code "
                  + run.exitCode()
                  + ":\n"
                  + errText(run));
    }
    for (String line : run.err()) {
      if (line.startsWith("lkjip: warning:")) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
    SarifLog log = readSarif(sarif);
    if (log != null) {
      logProblems(log.problems());
    }
    String outputs =
        "Verdict: "
            + ReportPaths.argument(verdict, workingDirectory)
            + "; SARIF: "
            + ReportPaths.argument(sarif, workingDirectory)
            + "; JUnit XML: "
            + ReportPaths.argument(junit, workingDirectory)
            + "; Code Quality: "
            + ReportPaths.argument(codeQuality, workingDirectory);
    StringBuilder settings = new StringBuilder("failOn=").append(failOn);
    if (baseline != null) {
      settings
          .append(", baseline ")
          .append(ReportPaths.argument(baseline.toPath(), workingDirectory));
    }
    if (writeBaseline != null) {
      settings
          .append(", baseline written to ")
          .append(ReportPaths.argument(writeBaseline.toPath(), workingDirectory));
    }
    String summary = summary(log);
    if (run.exitCode() == ExitCodes.FAILED) {
      throw new MojoFailureException(
          "LKjIP verification failed (" + settings + "): " + summary + "\n" + outputs);
    }
    getLog().info("LKjIP verification passed (" + settings + "): " + summary);
    getLog().info(outputs);
  }

  /**
   * The {@code lkjip verify} command line. Paths are given relative to the working directory when
   * they are under it, so that the command's messages, the SARIF log and a written baseline name
   * them as the user sees them from where Maven runs.
   */
  private List<String> commandLine(
      Path verdict,
      Path sarif,
      Path junit,
      Path codeQuality,
      List<Path> paths,
      Path workingDirectory) {
    List<String> args = new ArrayList<>();
    args.add("verify");
    args.addAll(List.of("--format", "text", "-o", ReportPaths.argument(verdict, workingDirectory)));
    args.addAll(List.of("--sarif", ReportPaths.argument(sarif, workingDirectory)));
    args.addAll(List.of("--junit", ReportPaths.argument(junit, workingDirectory)));
    args.addAll(List.of("--codequality", ReportPaths.argument(codeQuality, workingDirectory)));
    args.addAll(List.of("--fail-on", failOn));
    args.addAll(List.of("--lang", lang));
    if (baseline != null) {
      args.addAll(List.of("--baseline", ReportPaths.argument(baseline.toPath(), workingDirectory)));
    }
    if (writeBaseline != null) {
      args.addAll(
          List.of(
              "--write-baseline", ReportPaths.argument(writeBaseline.toPath(), workingDirectory)));
    }
    if (rules != null) {
      args.addAll(List.of("--rules", rulesArgument(rules, basedir.toPath())));
    }
    if (formulas != null) {
      args.addAll(List.of("--formulas", ReportPaths.argument(formulas.toPath(), workingDirectory)));
    }
    if (getLog().isDebugEnabled()) {
      args.add("--debug");
    }
    args.add("--"); // what follows are reports, even a name that starts with '-'
    for (Path p : paths) {
      args.add(ReportPaths.argument(p, workingDirectory));
    }
    return args;
  }

  private static boolean hasReports(List<Path> paths) throws MojoExecutionException {
    try {
      return ReportPaths.anyReport(paths);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** Creates {@code directory} and deletes {@code stale} outputs of an earlier run. */
  private static void prepare(Path directory, List<Path> stale) throws MojoExecutionException {
    try {
      Files.createDirectories(directory);
      for (Path p : stale) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          directory + ": cannot prepare the output directory: " + e, e);
    }
  }

  /**
   * {@code rules} as {@code --rules} takes it: a built-in id as is (the command prefers an id to a
   * file of that name, as here), else a file relative to the project's directory as an absolute
   * path when it exists (the command would resolve it against the working directory), else as given
   * (the command then names the built-in ids).
   */
  static String rulesArgument(String rules, Path basedir) {
    if (RuleSets.find(rules).isPresent()) {
      return rules;
    }
    Path file = basedir.resolve(rules);
    return Files.isRegularFile(file) ? file.toAbsolutePath().toString() : rules;
  }

  private static String describe(List<Path> paths, Path workingDirectory) {
    if (paths.isEmpty()) {
      return "(no paths configured)";
    }
    return paths.stream()
        .map(p -> ReportPaths.argument(p, workingDirectory))
        .collect(Collectors.joining(", "));
  }

  private static String errText(CliRun run) {
    return run.err().isEmpty()
        ? "(exit code " + run.exitCode() + ", no message)"
        : String.join("\n", run.err());
  }

  private @Nullable SarifLog readSarif(Path sarif) {
    try {
      return SarifLog.read(sarif);
    } catch (IllegalArgumentException e) {
      getLog().warn("Cannot read back the SARIF log for the build log: " + e.getMessage());
      return null;
    }
  }

  /** Problems at level error or warning as warnings, notes as info; the rest counted. */
  private void logProblems(ImmutableList<SarifLog.Problem> problems) {
    int logged = 0;
    for (SarifLog.Problem p : problems) {
      if (logged == MAX_LOGGED_PROBLEMS) {
        getLog()
            .warn(
                "... and "
                    + (problems.size() - logged)
                    + " more problems: see the verdict or the SARIF log");
        return;
      }
      if (p.level().equals("note")) {
        getLog().info(p.line());
      } else {
        getLog().warn(p.line());
      }
      logged++;
    }
  }

  /**
   * The number of reports, then one line per report with its counts, indented by two spaces: e.g.
   * {@code 2 reports}, {@code a.json: no problems}, {@code b.json: figures: 1 MISMATCH, …}.
   */
  static String summary(@Nullable SarifLog log) {
    if (log == null) {
      return "see the verdict";
    }
    ImmutableList<SarifLog.Counts> counts = log.counts();
    StringBuilder b =
        new StringBuilder()
            .append(counts.size())
            .append(counts.size() == 1 ? " report" : " reports");
    for (SarifLog.Counts c : counts) {
      b.append("\n  ").append(c.report()).append(": ").append(c.describe());
    }
    return b.toString();
  }
}
