package org.lkjip.maven;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the goal reads back from the SARIF log that {@code lkjip verify --sarif} wrote (see {@code
 * org.lkjip.examples.report.SarifReport}): the reports of the run, in order, and one problem per
 * result. The goal reads this rather than the text verdict, which is for people and may change its
 * layout.
 *
 * @param reports the report files of the run as the command named them, one per SARIF artifact
 * @param problems every result, in the log's order
 */
record SarifLog(ImmutableList<String> reports, ImmutableList<SarifLog.Problem> problems) {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * One SARIF result: a figure that is not a match, or a finding of a consistency check.
   *
   * @param report the index of its report in {@link #reports()}, or -1 if the log does not say
   * @param where the report file, then {@code :LINE:COLUMN} (JSON) or {@code (CELL)} (workbook)
   *     when the result has a place in it
   * @param rule the SARIF rule id, e.g. {@code figure/mismatch} or {@code row-arithmetic}
   * @param level the SARIF level: {@code error}, {@code warning} or {@code note}
   * @param kind for a figure its status ({@code MISMATCH}, {@code MATCH_WITH_OTHER_ROUNDING},
   *     {@code NOT_RECOMPUTABLE}), for a finding its severity ({@code ERROR}, {@code WARNING},
   *     {@code INFO})
   * @param figure whether the result is a figure (else a finding)
   * @param message the result's message
   */
  record Problem(
      int report,
      String where,
      String rule,
      String level,
      String kind,
      boolean figure,
      String message) {
    /** The problem as one log line: {@code WHERE: LEVEL RULE: MESSAGE}. */
    String line() {
      return where + ": " + level + " " + rule + ": " + message;
    }
  }

  /**
   * The problems of each report, counted: for figures by status, for findings by severity.
   *
   * @param report the report file
   * @param mismatch MISMATCH figures
   * @param otherRounding MATCH_WITH_OTHER_ROUNDING figures
   * @param notRecomputable NOT_RECOMPUTABLE figures
   * @param errors ERROR findings
   * @param warnings WARNING findings
   * @param infos INFO findings
   */
  record Counts(
      String report,
      int mismatch,
      int otherRounding,
      int notRecomputable,
      int errors,
      int warnings,
      int infos) {
    /**
     * E.g. {@code figures: 15 MISMATCH, 5 MATCH_WITH_OTHER_ROUNDING, 9 NOT_RECOMPUTABLE; findings:
     * 23 ERROR, 26 WARNING, 1 INFO}, or {@code no problems}.
     */
    String describe() {
      if (mismatch + otherRounding + notRecomputable + errors + warnings + infos == 0) {
        return "no problems";
      }
      return "figures: "
          + mismatch
          + " MISMATCH, "
          + otherRounding
          + " MATCH_WITH_OTHER_ROUNDING, "
          + notRecomputable
          + " NOT_RECOMPUTABLE; findings: "
          + errors
          + " ERROR, "
          + warnings
          + " WARNING, "
          + infos
          + " INFO";
    }
  }

  /**
   * Reads the log at {@code file}.
   *
   * @throws IllegalArgumentException if the file cannot be read or is not a SARIF log of one run
   */
  static SarifLog read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          file + ": cannot read the SARIF log: " + e.getMessage(), e);
    }
    JsonNode run = root.path("runs").path(0);
    if (!run.isObject()) {
      throw new IllegalArgumentException(file + ": not a SARIF log with a run");
    }
    List<String> reports = new ArrayList<>();
    for (JsonNode artifact : run.path("artifacts").values()) {
      reports.add(displayPath(artifact.path("location")));
    }
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (JsonNode result : run.path("results").values()) {
      problems.add(problem(result, reports));
    }
    return new SarifLog(ImmutableList.copyOf(reports), problems.build());
  }

  private static Problem problem(JsonNode result, List<String> reports) {
    JsonNode location = result.path("locations").path(0);
    JsonNode physical = location.path("physicalLocation");
    JsonNode artifact = physical.path("artifactLocation");
    int report = artifact.path("index").intValue(-1);
    StringBuilder where =
        new StringBuilder(
            report >= 0 && report < reports.size() ? reports.get(report) : displayPath(artifact));
    JsonNode region = physical.path("region");
    int line = region.path("startLine").intValue(0);
    if (line > 0) {
      where.append(':').append(line);
      int column = region.path("startColumn").intValue(0);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    String cell = location.path("logicalLocations").path(0).path("name").stringValue("");
    if (!cell.isEmpty()) {
      where.append(" (").append(cell).append(')');
    }
    JsonNode properties = result.path("properties");
    String status = properties.path("status").stringValue("");
    boolean figure = !status.isEmpty();
    return new Problem(
        report,
        where.toString(),
        result.path("ruleId").stringValue("?"),
        result.path("level").stringValue("warning"),
        figure ? status : properties.path("severity").stringValue("?"),
        figure,
        result.path("message").path("text").stringValue("").replaceAll("\\p{Cntrl}", " "));
  }

  /**
   * The file of an {@code artifactLocation} as the command was given it: a relative URI (against
   * {@code %SRCROOT%}) decoded, a {@code file:} URI as a local path.
   */
  static String displayPath(JsonNode artifactLocation) {
    String uri = artifactLocation.path("uri").stringValue("");
    if (uri.isEmpty()) {
      return "?";
    }
    try {
      URI parsed = new URI(uri);
      if ("file".equalsIgnoreCase(parsed.getScheme())) {
        return Path.of(parsed).toString();
      }
      String path = parsed.getPath();
      return path == null || parsed.isAbsolute() ? uri : path;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return uri;
    }
  }

  /** The problems of each report, in the order of {@link #reports()}. */
  ImmutableList<Counts> counts() {
    int n = reports.size();
    int[][] c = new int[n][6];
    for (Problem p : problems) {
      if (p.report() < 0 || p.report() >= n) {
        continue;
      }
      int slot =
          switch (p.kind()) {
            case "MISMATCH" -> 0;
            case "MATCH_WITH_OTHER_ROUNDING" -> 1;
            case "NOT_RECOMPUTABLE" -> 2;
            case "ERROR" -> 3;
            case "WARNING" -> 4;
            case "INFO" -> 5;
            default -> -1;
          };
      if (slot >= 0) {
        c[p.report()][slot]++;
      }
    }
    ImmutableList.Builder<Counts> counts = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      int[] r = c[i];
      counts.add(new Counts(reports.get(i), r[0], r[1], r[2], r[3], r[4], r[5]));
    }
    return counts.build();
  }
}
