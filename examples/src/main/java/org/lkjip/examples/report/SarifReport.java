package org.lkjip.examples.report;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lkjip.evaluation.audit.Checks;
import org.lkjip.evaluation.audit.ConsistencyCheck;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.AuditedReport.SourceLocation;
import org.lkjip.io.LkjipJson;
import org.lkjip.model.PublishedFigure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The verifications of one run as a SARIF 2.1.0 log, for code-scanning dashboards: one run of the
 * tool {@code lkjip}, one artifact per report file, and one result per problem.
 *
 * <p>Rules, sorted by id: one per built-in consistency check (its id; its description; the default
 * level of the most serious severity the check reports: {@code ERROR} → {@code error}, {@code
 * WARNING} → {@code warning}, {@code INFO} → {@code note}), one per other check id that a finding
 * names, and one per reconciliation outcome that is not a match:
 *
 * <ul>
 *   <li>{@value #MISMATCH} (level {@code error}): the printed figure does not follow from the data;
 *       {@code verify} fails on it.
 *   <li>{@value #OTHER_ROUNDING} (level {@code note}): the printed figure is right under another
 *       rounding than the rule set's. It is not a defect of the figure, so not a warning; the
 *       {@code mixed-rounding} check warns when one column mixes roundings.
 *   <li>{@value #NOT_RECOMPUTABLE} (level {@code warning}): the figure could not be checked (e.g.
 *       its raw data are not in the report): a reviewer should look at it, but nothing is proven
 *       wrong, so not an error.
 * </ul>
 *
 * <p>{@code MATCH} figures are not results. A finding is a result of its check's rule at its own
 * severity's level. Each result's message names the printed and the recomputed value and the cause;
 * its {@code properties} give the same facts as data (table, row, column, subject, measure, year,
 * printed, recomputed, difference, status or check); its {@code partialFingerprints} hold {@code
 * "lkjip/v1"}, the {@link Fingerprints} of the figure or finding.
 *
 * <p>Locations: the report file as given, with forward slashes and percent-encoded; a relative path
 * stays relative, with {@code uriBaseId} {@value #SRCROOT}; an absolute path becomes a {@code
 * file:} URI. For a JSON report the region is the line and column of the figure's printed text
 * (columns in UTF-16 code units); for a workbook cell, a logical location such as {@code 'Angka
 * Terbit'!D12} of kind {@code element}, and the artifact alone. A finding is located at the first
 * figure with its table, row and column when there is one, else at the artifact alone.
 *
 * <p>Output is deterministic: no clock, no locale; the same reports give the same bytes.
 *
 * @since 0.2
 */
public final class SarifReport {
  /** The SARIF schema the log names. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /**
   * Where to read about the tool. The project has no public home page yet, so it is a URN; replace
   * it with the project's URL once there is one.
   */
  public static final String INFORMATION_URI = "urn:lkjip:tool:lkjip";

  /** Rule of a {@link ReconciliationStatus#MISMATCH}. */
  public static final String MISMATCH = "figure/mismatch";

  /** Rule of a {@link ReconciliationStatus#MATCH_WITH_OTHER_ROUNDING}. */
  public static final String OTHER_ROUNDING = "figure/other-rounding";

  /** Rule of a {@link ReconciliationStatus#NOT_RECOMPUTABLE}. */
  public static final String NOT_RECOMPUTABLE = "figure/not-recomputable";

  /** The base of relative artifact URIs: the directory the tool was run from. */
  public static final String SRCROOT = "%SRCROOT%";

  /** The {@code partialFingerprints} key. */
  public static final String FINGERPRINT = "lkjip/v1";

  /**
   * The most serious severity each built-in check reports (read from the checks: a {@link
   * ConsistencyCheck} does not declare it); a check missing here defaults to {@code WARNING}.
   */
  private static final ImmutableMap<String, Severity> CHECK_SEVERITY =
      ImmutableMap.<String, Severity>builder()
          .put("allocation", Severity.WARNING)
          .put("code-pattern", Severity.WARNING)
          .put("computed-from-printed-value", Severity.ERROR)
          .put("dataset-reused", Severity.WARNING)
          .put("dataset-total", Severity.ERROR)
          .put("duplicate-code", Severity.ERROR)
          .put("formula-problem", Severity.ERROR)
          .put("grade-contradicts-scale", Severity.ERROR)
          .put("inconsistent-across-tables", Severity.ERROR)
          .put("mixed-rounding", Severity.WARNING)
          .put("output-vs-physical", Severity.INFO)
          .put("quarters-not-sum", Severity.ERROR)
          .put("row-arithmetic", Severity.ERROR)
          .put("scale-gaps-overlaps", Severity.ERROR)
          .put("total-not-sum-of-lines", Severity.ERROR)
          .buildOrThrow();

  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:/.*");

  private static final String XLSX_MIME =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SarifReport() {}

  /** The check ids whose default level is known (test hook: every built-in must be here). */
  static ImmutableSet<String> checksWithKnownSeverity() {
    return CHECK_SEVERITY.keySet();
  }

  /** A rule: id, short and full description, help text and default level. */
  private record Rule(String id, String shortText, String fullText, String help, String level) {}

  /** An artifact: its URI, whether relative, and its MIME type if known. */
  private record Artifact(String uri, boolean relative, Optional<String> mimeType) {}

  /** The SARIF log of {@code reports}, one run, ending with a newline. */
  public static String render(List<AuditedReport> reports) {
    Map<String, Rule> rules = rules(reports);
    Map<String, Integer> ruleIndex = new HashMap<>();
    int n = 0;
    for (String id : rules.keySet()) {
      ruleIndex.put(id, n++);
    }
    Map<String, Integer> artifactIndex = new LinkedHashMap<>();
    List<Artifact> artifacts = new ArrayList<>();
    for (AuditedReport r : reports) {
      Artifact a = artifact(r.file());
      if (!artifactIndex.containsKey(a.uri())) {
        artifactIndex.put(a.uri(), artifacts.size());
        artifacts.add(a);
      }
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator g = LkjipJson.prettyWriter().createGenerator(text)) {
      g.writeStartObject();
      g.writeStringProperty("$schema", SCHEMA);
      g.writeStringProperty("version", "2.1.0");
      g.writeName("runs");
      g.writeStartArray();
      g.writeStartObject();
      tool(g, rules);
      g.writeName("artifacts");
      g.writeStartArray();
      for (Artifact a : artifacts) {
        g.writeStartObject();
        g.writeName("location");
        artifactLocation(g, a, -1);
        if (a.mimeType().isPresent()) {
          g.writeStringProperty("mimeType", a.mimeType().get());
        }
        g.writeName("roles");
        g.writeStartArray();
        g.writeString("analysisTarget");
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("results");
      g.writeStartArray();
      for (AuditedReport r : reports) {
        Artifact a = artifact(r.file());
        int index = indexOf(artifactIndex, a.uri());
        results(g, r, a, index, ruleIndex);
      }
      g.writeEndArray();
      g.writeStringProperty("columnKind", "utf16CodeUnits");
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (JacksonException e) {
      throw new IllegalStateException("bug: cannot write SARIF: " + e.getMessage(), e);
    }
    return text.append('\n').toString();
  }

  private static void tool(JsonGenerator g, Map<String, Rule> rules) {
    String version = SarifReport.class.getPackage().getImplementationVersion();
    g.writeName("tool");
    g.writeStartObject();
    g.writeName("driver");
    g.writeStartObject();
    g.writeStringProperty("name", "lkjip");
    g.writeStringProperty("informationUri", INFORMATION_URI);
    g.writeStringProperty("version", version == null ? "development" : version);
    if (version != null && isSemanticVersion(version)) {
      g.writeStringProperty("semanticVersion", version);
    }
    g.writeName("rules");
    g.writeStartArray();
    for (Rule r : rules.values()) {
      g.writeStartObject();
      g.writeStringProperty("id", r.id());
      text(g, "shortDescription", r.shortText());
      text(g, "fullDescription", r.fullText());
      text(g, "help", r.help());
      g.writeName("defaultConfiguration");
      g.writeStartObject();
      g.writeStringProperty("level", r.level());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static boolean isSemanticVersion(String v) {
    return v.matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?");
  }

  /** Every rule, sorted by id. */
  private static Map<String, Rule> rules(List<AuditedReport> reports) {
    Map<String, Rule> rules = new TreeMap<>();
    rules.put(
        MISMATCH,
        new Rule(
            MISMATCH,
            "A published figure differs from the value recomputed from the report's data.",
            "A published figure differs from the value recomputed from the report's data under"
                + " the rule set's formulas and rounding, and under every other rounding tried.",
            "The message gives the printed value, the recomputed value, the difference and the"
                + " cause when a consistency check explains it. Correct the printed figure or the"
                + " data it is computed from.",
            "error"));
    rules.put(
        OTHER_ROUNDING,
        new Rule(
            OTHER_ROUNDING,
            "A published figure is reproduced only by another rounding than the rule set's.",
            "A published figure is reproduced by its formula, but only under another rounding"
                + " (e.g. half-up where the rule set truncates) or precision than the rule set"
                + " states.",
            "The figure is right under the rounding the message names. Print it with the rule"
                + " set's rounding, or state the rounding used.",
            "note"));
    rules.put(
        NOT_RECOMPUTABLE,
        new Rule(
            NOT_RECOMPUTABLE,
            "A published figure could not be recomputed.",
            "A published figure could not be recomputed and so was not checked, e.g. because the"
                + " raw data for its year are not in the report.",
            "The message says why. Add the missing data to the report to have the figure"
                + " checked.",
            "warning"));
    for (ConsistencyCheck c : Checks.builtIns()) {
      rules.put(
          c.id(),
          checkRule(
              c.id(), c.description(), CHECK_SEVERITY.getOrDefault(c.id(), Severity.WARNING)));
    }
    Map<String, Severity> others = new TreeMap<>();
    for (AuditedReport r : reports) {
      for (Finding f : r.verification().findings()) {
        if (!rules.containsKey(f.check())) {
          others.merge(f.check(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }
    for (Map.Entry<String, Severity> e : others.entrySet()) {
      rules.put(
          e.getKey(),
          checkRule(e.getKey(), "findings of the consistency check " + e.getKey(), e.getValue()));
    }
    return rules;
  }

  private static Rule checkRule(String id, String description, Severity severity) {
    String end = description.endsWith(".") ? "" : ".";
    return new Rule(
        id,
        capitalized(description) + end,
        "The consistency check " + id + " finds " + description + end,
        "Each finding quotes the printed values and says where they are. Correct the report (or"
            + " the data it is computed from) so that its figures agree, then verify it again.",
        level(severity));
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static void results(
      JsonGenerator g,
      AuditedReport r,
      Artifact artifact,
      int artifactIndex,
      Map<String, Integer> ruleIndex) {
    Verification v = r.verification();
    FindingPlaces places = FindingPlaces.of(v);
    for (int i = 0; i < v.figures().size(); i++) {
      FigureReconciliation f = v.figures().get(i);
      if (f.status() == ReconciliationStatus.MATCH) {
        continue;
      }
      String rule = figureRule(f.status());
      g.writeStartObject();
      g.writeStringProperty("ruleId", rule);
      g.writeNumberProperty("ruleIndex", indexOf(ruleIndex, rule));
      g.writeStringProperty("level", figureLevel(f.status()));
      text(g, "message", figureMessage(f));
      locations(g, artifact, artifactIndex, r.figureLocation(i));
      fingerprint(g, Fingerprints.figure(f, v.fiscalYear()));
      figureProperties(g, f, v.fiscalYear());
      g.writeEndObject();
    }
    for (Finding f : v.findings()) {
      Optional<SourceLocation> where = places.location(r, f);
      g.writeStartObject();
      g.writeStringProperty("ruleId", f.check());
      g.writeNumberProperty("ruleIndex", indexOf(ruleIndex, f.check()));
      g.writeStringProperty("level", level(f.severity()));
      text(g, "message", f.message());
      locations(g, artifact, artifactIndex, where);
      fingerprint(g, Fingerprints.finding(f));
      g.writeName("properties");
      g.writeStartObject();
      g.writeStringProperty("check", f.check());
      g.writeStringProperty("severity", f.severity().name());
      optional(g, "table", f.table());
      optional(g, "row", f.row());
      optional(g, "column", f.column());
      optional(g, "subject", f.subject());
      VerificationJson.facts(g, f);
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /**
   * The rule of a figure with status {@code s} that is not a {@code MATCH}: {@value #MISMATCH},
   * {@value #OTHER_ROUNDING} or {@value #NOT_RECOMPUTABLE}.
   */
  static String figureRule(ReconciliationStatus s) {
    return switch (s) {
      case MISMATCH -> MISMATCH;
      case MATCH_WITH_OTHER_ROUNDING -> OTHER_ROUNDING;
      case NOT_RECOMPUTABLE -> NOT_RECOMPUTABLE;
      case MATCH -> throw new IllegalArgumentException("bug: a MATCH is not a problem");
    };
  }

  private static String figureLevel(ReconciliationStatus s) {
    return switch (s) {
      case MISMATCH -> "error";
      case MATCH_WITH_OTHER_ROUNDING -> "note";
      case NOT_RECOMPUTABLE -> "warning";
      case MATCH -> "none";
    };
  }

  /** E.g. "Tabel 5 row 1 % Capaian: printed 52,74%, recomputed 52.73 (difference 0.01): cause". */
  static String figureMessage(FigureReconciliation f) {
    PublishedFigure p = f.published();
    StringBuilder b = new StringBuilder();
    b.append(p.table()).append(" row ").append(p.row()).append(' ').append(p.column());
    if (p.subject().isPresent()) {
      b.append(" (").append(p.subject().get()).append(')');
    }
    b.append(": printed ").append(p.printed());
    String recomputed = Cells.recomputedPlain(f);
    if (f.status() == ReconciliationStatus.NOT_RECOMPUTABLE) {
      b.append(", not recomputed");
    } else if (recomputed == null) {
      b.append(", no recomputed value");
    } else {
      b.append(", recomputed ").append(recomputed);
    }
    if (f.difference().isPresent()) {
      b.append(" (difference ").append(f.difference().get().toPlainString()).append(')');
    }
    if (f.status() == ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING
        && f.alternativeRounding().isPresent()) {
      b.append("; reproduced by ").append(f.alternativeRounding().get());
    }
    if (f.cause().isPresent()) {
      b.append(": ").append(f.cause().get());
    }
    return b.toString();
  }

  private static void figureProperties(JsonGenerator g, FigureReconciliation f, int fiscalYear) {
    PublishedFigure p = f.published();
    g.writeName("properties");
    g.writeStartObject();
    g.writeStringProperty("status", f.status().name());
    g.writeStringProperty("table", p.table());
    g.writeStringProperty("row", p.row());
    g.writeStringProperty("column", p.column());
    optional(g, "subject", p.subject());
    g.writeStringProperty("measure", p.measure().name());
    g.writeNumberProperty("year", p.year().orElse(fiscalYear));
    g.writeStringProperty("printed", p.printed());
    optional(g, "recomputed", Optional.ofNullable(Cells.recomputedPlain(f)));
    optional(g, "difference", f.difference().map(BigDecimal::toPlainString));
    optional(g, "alternativeRounding", f.alternativeRounding());
    optional(g, "cause", f.cause());
    g.writeStringProperty("rule", f.rule());
    g.writeEndObject();
  }

  private static void locations(
      JsonGenerator g, Artifact artifact, int artifactIndex, Optional<SourceLocation> where) {
    g.writeName("locations");
    g.writeStartArray();
    g.writeStartObject();
    g.writeName("physicalLocation");
    g.writeStartObject();
    g.writeName("artifactLocation");
    artifactLocation(g, artifact, artifactIndex);
    if (where.isPresent() && where.get().cell().isEmpty() && where.get().line() > 0) {
      g.writeName("region");
      g.writeStartObject();
      g.writeNumberProperty("startLine", where.get().line());
      if (where.get().column() > 0) {
        g.writeNumberProperty("startColumn", where.get().column());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    if (where.isPresent() && where.get().cell().isPresent()) {
      g.writeName("logicalLocations");
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringProperty("name", where.get().cell().get());
      g.writeStringProperty("kind", "element");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void artifactLocation(JsonGenerator g, Artifact a, int index) {
    g.writeStartObject();
    g.writeStringProperty("uri", a.uri());
    if (a.relative()) {
      g.writeStringProperty("uriBaseId", SRCROOT);
    }
    if (index >= 0) {
      g.writeNumberProperty("index", index);
    }
    g.writeEndObject();
  }

  private static void fingerprint(JsonGenerator g, String fingerprint) {
    g.writeName("partialFingerprints");
    g.writeStartObject();
    g.writeStringProperty(FINGERPRINT, fingerprint);
    g.writeEndObject();
  }

  /** The artifact of a file named on the command line. */
  private static Artifact artifact(String file) {
    String path = file.replace('\\', '/');
    String lower = path.toLowerCase(Locale.ROOT);
    Optional<String> mime =
        lower.endsWith(".json")
            ? Optional.of("application/json")
            : lower.endsWith(".xlsx") ? Optional.of(XLSX_MIME) : Optional.empty();
    if (path.startsWith("//")) {
      // A UNC path: //server/share/dir/file.
      return new Artifact("file:" + encode(path, false), false, mime);
    }
    if (path.startsWith("/")) {
      return new Artifact("file://" + encode(path, false), false, mime);
    }
    if (WINDOWS_DRIVE.matcher(path).matches()) {
      return new Artifact("file:///" + encode(path, false), false, mime);
    }
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return new Artifact(encode(path, true), true, mime);
  }

  /**
   * Percent-encodes what a URI path may not hold (RFC 3986: unreserved, sub-delims, {@code :},
   * {@code @} and {@code /} are kept), as UTF-8. In a relative path {@code :} is encoded too, so
   * that a first segment is never read as a scheme.
   */
  private static String encode(String path, boolean relative) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      boolean keep =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~!$&'()*+,;=@/".indexOf(c) >= 0
              || (c == ':' && !relative);
      if (keep) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        b.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return b.toString();
  }

  private static void text(JsonGenerator g, String name, String text) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("text", text);
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  /** The index of {@code key}, which the caller has put in {@code indexes} beforehand. */
  private static int indexOf(Map<String, Integer> indexes, String key) {
    Integer index = indexes.get(key);
    if (index == null) {
      throw new IllegalStateException("bug: no index for " + key);
    }
    return index;
  }
}
