package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.efficiency.EfficiencyRules;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.examples.report.AuditedReport;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportLocations;
import org.lkjip.io.ReportReader;
import org.lkjip.io.RuleSetReader;
import org.lkjip.model.Report;
import org.lkjip.xlsx.ReportWorkbookReader;
import org.lkjip.xlsx.ValueCells;
import org.lkjip.xlsx.WorkbookInputException;
import org.lkjip.xlsx.WorkbookReport;
import org.lkjip.xlsx.Workbooks;

/** Reading the command's inputs: the report with its hash, and rule sets by id or from a file. */
final class Inputs {
  private Inputs() {}

  /**
   * A report read from a file, with the SHA-256 of the file's bytes and, for a workbook, the cell
   * of each published figure's printed text and, when asked for, of every value read ({@link
   * ValueCells} keys).
   */
  record ReportInput(
      Report report,
      String sha256,
      ImmutableList<String> figureCells,
      ImmutableList<AuditedReport.SourceLocation> figureLocations,
      ImmutableMap<String, String> valueCells) {
    /** The cell a workbook's value was read from, by its {@link ValueCells} key. */
    Optional<String> valueCell(String key) {
      return Optional.ofNullable(valueCells.get(key));
    }

    /** Where the published figure at {@code index} came from, if known. */
    Optional<String> figureCell(int index) {
      return index < figureCells.size() ? Optional.of(figureCells.get(index)) : Optional.empty();
    }
  }

  /**
   * Reads a report strictly from {@code file}: an {@code lkjip-workbook/1} workbook when the file's
   * content is a workbook (whatever its name), else {@code lkjip-report/1} JSON.
   *
   * @throws LkjipInputException if the JSON cannot be read or is not a valid report
   * @throws WorkbookInputException listing the problems of a workbook
   */
  static ReportInput readReport(Path file) {
    return readReport(file, false);
  }

  /**
   * Reads a report as {@link #readReport(Path)} does and, when {@code locate}, also where each
   * published figure's printed text is in the file (for SARIF and JUnit).
   */
  static ReportInput readReport(Path file, boolean locate) {
    return readReport(file, locate, false);
  }

  /**
   * Reads a report as {@link #readReport(Path, boolean)} does and, when {@code locateValues} and
   * the file is a workbook, also the cell of every value read (for {@code lkjip explain}).
   */
  static ReportInput readReport(Path file, boolean locate, boolean locateValues) {
    String source = file.toString();
    byte[] bytes = readBytes(file);
    if (Workbooks.contentOf(bytes) != Workbooks.Content.OTHER) {
      ReportWorkbookReader reader = new ReportWorkbookReader();
      WorkbookReport w = (locateValues ? reader.locatingValues() : reader).read(file);
      return new ReportInput(
          w.report(),
          sha256(bytes),
          w.figureCells(),
          locate ? figureLocations(bytes, w.figureCells()) : ImmutableList.of(),
          w.valueCells());
    }
    Report report = new ReportReader().read(source, bytes);
    return new ReportInput(
        report,
        sha256(bytes),
        ImmutableList.of(),
        locate ? figureLocations(bytes, null) : ImmutableList.of(),
        ImmutableMap.of());
  }

  /**
   * THE one place that says where each published figure is in a report file, for {@link
   * AuditedReport#figureLocations()}: for a workbook, the cell of its printed text; for JSON, the
   * line and column of its {@code "printed"} value.
   *
   * @param bytes the file, already accepted by the report reader
   * @param workbookCells the workbook's figure cells, or null for a JSON document
   */
  private static ImmutableList<AuditedReport.SourceLocation> figureLocations(
      byte[] bytes, @Nullable ImmutableList<String> workbookCells) {
    if (workbookCells != null) {
      return workbookCells.stream()
          .map(AuditedReport.SourceLocation::cell)
          .collect(ImmutableList.toImmutableList());
    }
    // JSON: the line and column of each published figure's printed text, from lkjip-io.
    return ReportLocations.publishedPrinted(bytes).stream()
        .map(at -> AuditedReport.SourceLocation.json(at.line(), at.column()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The report files named on a command line, in order: a file as named; a directory, the files
   * {@link ReportFiles#under} finds there. A name that does not exist is kept, so that reading it
   * gives the usual located error.
   *
   * @throws CliException if a directory holds no report file or cannot be listed
   */
  static ImmutableList<Path> reportFiles(List<Path> named) {
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    for (Path p : named) {
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      ImmutableList<Path> found;
      try {
        found = ReportFiles.under(p);
      } catch (UncheckedIOException e) {
        throw new CliException(
            java.util.Objects.requireNonNullElse(e.getMessage(), p + ": cannot list the directory"),
            e);
      }
      if (found.isEmpty()) {
        throw new CliException(p + ": no report file (*.json, *.xlsx, *.xlsm) under the directory");
      }
      files.addAll(found);
    }
    return files.build();
  }

  /** The bytes of a file within the size limit (see {@link InputFiles#readBytes}). */
  static byte[] readBytes(Path file) {
    return InputFiles.readBytes(file);
  }

  /** SHA-256 of {@code bytes} in lower-case hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("bug: every Java platform has SHA-256", e);
    }
  }

  /**
   * The rule set to use for {@code report}: the one named on the command line; else the one the
   * report declares ({@code ruleSet}) when it is built in; else {@link RuleSets#RECOMMENDED}. A
   * declared id that is not built in is reported on {@code err} as a warning, not trusted.
   */
  static RuleSet ruleSetFor(@Nullable String idOrFile, Report report, PrintWriter err) {
    if (idOrFile != null) {
      return ruleSet(idOrFile);
    }
    Optional<String> declared = report.ruleSet();
    if (declared.isPresent()) {
      Optional<RuleSet> known = RuleSets.find(declared.get());
      if (known.isPresent()) {
        return known.get();
      }
      err.println(
          "lkjip: warning: the report declares rule set '"
              + declared.get()
              + "', which is not built in; using '"
              + RuleSets.RECOMMENDED
              + "' (choose one with --rules)");
      err.flush();
    }
    return RuleSets.recommended();
  }

  /**
   * The rule set named by {@code idOrFile}: a built-in id ({@link RuleSets#builtIns()}), else a
   * JSON file holding one rule set object.
   *
   * @throws CliException if it is neither a built-in id nor a file name
   * @throws InputFiles.CannotReadException if the file cannot be read
   * @throws LkjipInputException if the file is not a valid rule set
   */
  static RuleSet ruleSet(String idOrFile) {
    Optional<RuleSet> builtIn = RuleSets.find(idOrFile);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    Path file = Path.of(idOrFile);
    if (!looksLikeFile(idOrFile) && !Files.exists(file)) {
      throw new CliException(
          "unknown rule set '"
              + idOrFile
              + "': built-in rule sets are "
              + builtInIds()
              + "; or give a rule set JSON file");
    }
    return readRuleSet(file);
  }

  /**
   * Whether {@code idOrFile} names a file rather than a rule set id: it has a directory separator
   * or ends in {@code .json}. Such a name that cannot be read is "cannot read", not "unknown id".
   */
  private static boolean looksLikeFile(String idOrFile) {
    return idOrFile.contains("/")
        || idOrFile.contains(java.io.File.separator)
        || idOrFile.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  /** Ids of the built-in rule sets, comma-separated. */
  static String builtInIds() {
    return RuleSets.builtIns().stream().map(RuleSet::id).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Reads one rule set object from a JSON file, strictly, with a located error; a grading scale or
   * efficiency rule the rule set names must be built in (this CLI has no way to add others).
   */
  static RuleSet readRuleSet(Path file) {
    RuleSet rules = new RuleSetReader().read(file.toString(), readBytes(file));
    if (Scales.find(rules.gradingScaleId()).isEmpty()) {
      throw new CliException(
          file
              + ": rule set '"
              + rules.id()
              + "' names grading scale '"
              + rules.gradingScaleId()
              + "', which is not built in (see 'lkjip scales')");
    }
    for (String rule :
        List.of(rules.objectiveEfficiency().ruleId(), rules.lineEfficiency().ruleId())) {
      if (EfficiencyRules.find(rule).isEmpty()) {
        throw new CliException(
            file
                + ": rule set '"
                + rules.id()
                + "' names efficiency rule '"
                + rule
                + "', which is not built in (see 'lkjip rules')");
      }
    }
    return rules;
  }
}
