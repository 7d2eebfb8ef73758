package org.lkjip.examples.report;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.Candidate;
import org.lkjip.evaluation.audit.Fact;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.io.LkjipJson;
import org.lkjip.model.PublishedFigure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * The verification as an {@value #FORMAT} document for CI, described by the JSON Schema {@code
 * lkjip-verification-1} shipped in lkjip-io:
 *
 * <pre>{@code
 * {"format": "lkjip-verification/1", "agency": "...", "region": "...", "fiscalYear": 2022,
 *  "ruleSet": {"id": "...", "version": "1"}, "inputHash": "<sha-256 hex>",
 *  "summary": {"figures": {"MATCH": n, ...}, "findings": {"ERROR": n, ...}, "passed": false},
 *  "figures": [{"table", "row", "column", "published", "recomputed", "status", "cause",
 *               "difference", "alternativeRounding", "rule", "measure", "subject", "year",
 *               "source", "candidates": [{"id", "reproduces", "changes", "value", "low", "high",
 *               "rounding", "message", "messageKey", "facts"}]}],
 *  "findings": [{"check", "severity", "table", "row", "column", "subject", "message",
 *                "messageKey", "facts", "source"}]}
 * }</pre>
 *
 * <p>{@code published} is the printed text; {@code recomputed} is a plain decimal string ({@code
 * "52.73"}) or, for grades, the label; {@code difference} (published − recomputed) is a plain
 * decimal string. Optional members are left out when absent. Properties are written in the order
 * above, counts list every status and severity, and lines end with {@code "\n"}: the same
 * verification gives the same bytes.
 *
 * @since 0.1
 */
public final class VerificationJson {
  /** The format name. */
  public static final String FORMAT = "lkjip-verification/1";

  private VerificationJson() {}

  /**
   * The document as text, ending with a newline.
   *
   * @param timestamp a {@code "generated"} member to include, or empty for byte-identical output
   */
  public static String render(Verification v, Optional<String> timestamp) {
    return render(v, timestamp, i -> Optional.empty(), LkjipJson.prettyWriter());
  }

  /**
   * The document with each figure's {@code source}: where its printed text is in the input (for a
   * workbook, {@code 'Angka Terbit'!D12}).
   *
   * @param source the source of the figure at an index of {@link Verification#figures()}, or empty
   * @since 0.2
   */
  public static String render(
      Verification v, Optional<String> timestamp, IntFunction<Optional<String>> source) {
    return render(v, timestamp, source, LkjipJson.prettyWriter());
  }

  /**
   * The same document on one line (no indentation), ending with a newline: one line of a {@code
   * batch verify} NDJSON output.
   */
  public static String renderCompact(Verification v) {
    return render(v, Optional.empty(), i -> Optional.empty(), COMPACT);
  }

  private static final ObjectWriter COMPACT = LkjipJson.mapper().writer();

  private static String render(
      Verification v,
      Optional<String> timestamp,
      IntFunction<Optional<String>> source,
      ObjectWriter writer) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = writer.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeStringProperty("agency", v.agency());
      if (v.region().isPresent()) {
        g.writeStringProperty("region", v.region().get());
      }
      g.writeNumberProperty("fiscalYear", v.fiscalYear());
      g.writeName("ruleSet");
      g.writeStartObject();
      g.writeStringProperty("id", v.ruleSetId());
      g.writeStringProperty("version", v.ruleSetVersion());
      g.writeEndObject();
      optional(g, "inputHash", v.inputHash());
      optional(g, "generated", timestamp);
      g.writeName("summary");
      g.writeStartObject();
      g.writeName("figures");
      g.writeStartObject();
      for (Map.Entry<ReconciliationStatus, Integer> e : v.countsByStatus().entrySet()) {
        g.writeNumberProperty(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeName("findings");
      g.writeStartObject();
      for (Map.Entry<Severity, Integer> e : v.countsBySeverity().entrySet()) {
        g.writeNumberProperty(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeBooleanProperty("passed", v.passed());
      g.writeEndObject();
      g.writeName("figures");
      g.writeStartArray();
      for (int i = 0; i < v.figures().size(); i++) {
        figure(g, v.figures().get(i), v.fiscalYear(), source.apply(i));
      }
      g.writeEndArray();
      g.writeName("findings");
      g.writeStartArray();
      Map<String, Integer> firstFigure = new HashMap<>();
      for (int i = 0; i < v.figures().size(); i++) {
        PublishedFigure p = v.figures().get(i).published();
        firstFigure.putIfAbsent(place(p.table(), p.row(), p.column()), i);
      }
      for (Finding f : v.findings()) {
        Optional<String> where = Optional.empty();
        if (f.table().isPresent() && f.row().isPresent() && f.column().isPresent()) {
          Integer i = firstFigure.get(place(f.table().get(), f.row().get(), f.column().get()));
          where = i == null ? Optional.empty() : source.apply(i);
        }
        finding(g, f, where);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (JacksonException e) {
      throw new IllegalStateException("bug: cannot write " + FORMAT + ": " + e.getMessage(), e);
    }
    return text.append('\n').toString();
  }

  private static void figure(
      JsonGenerator g, FigureReconciliation f, int fiscalYear, Optional<String> source) {
    PublishedFigure p = f.published();
    g.writeStartObject();
    g.writeStringProperty("table", p.table());
    g.writeStringProperty("row", p.row());
    g.writeStringProperty("column", p.column());
    g.writeStringProperty("published", p.printed());
    optional(g, "recomputed", Optional.ofNullable(Cells.recomputedPlain(f)));
    g.writeStringProperty("status", f.status().name());
    optional(g, "cause", f.cause());
    optional(g, "difference", f.difference().map(java.math.BigDecimal::toPlainString));
    optional(g, "alternativeRounding", f.alternativeRounding());
    g.writeStringProperty("rule", f.rule());
    g.writeStringProperty("measure", p.measure().name());
    optional(g, "subject", p.subject());
    g.writeNumberProperty("year", p.year().orElse(fiscalYear));
    optional(g, "source", source);
    candidates(g, f);
    g.writeEndObject();
  }

  /**
   * The alternatives tried for a mismatch, as a {@code "candidates"} array (since 0.4): id, whether
   * it reproduces the printed value, the number of changes, its value or range and rounding, and
   * its message in English with its key and facts. Nothing when none was tried.
   */
  private static void candidates(JsonGenerator g, FigureReconciliation f) {
    if (f.candidates().isEmpty()) {
      return;
    }
    g.writeName("candidates");
    g.writeStartArray();
    for (Candidate c : f.candidates()) {
      g.writeStartObject();
      g.writeStringProperty("id", c.id());
      g.writeBooleanProperty("reproduces", c.reproduces());
      g.writeNumberProperty("changes", c.changes());
      optional(g, "value", c.value().map(java.math.BigDecimal::toPlainString));
      optional(g, "low", c.low().map(java.math.BigDecimal::toPlainString));
      optional(g, "high", c.high().map(java.math.BigDecimal::toPlainString));
      optional(g, "rounding", c.rounding());
      g.writeStringProperty("message", AuditMessages.message(c.message(), Locale.ENGLISH));
      g.writeStringProperty("messageKey", c.message().key());
      g.writeName("facts");
      g.writeStartObject();
      for (Fact x : c.message().args()) {
        g.writeStringProperty(x.key(), x.value());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String place(String table, String row, String column) {
    return table + "\u0000" + row + "\u0000" + column;
  }

  private static void finding(JsonGenerator g, Finding f, Optional<String> source) {
    g.writeStartObject();
    g.writeStringProperty("check", f.check());
    g.writeStringProperty("severity", f.severity().name());
    optional(g, "table", f.table());
    optional(g, "row", f.row());
    optional(g, "column", f.column());
    optional(g, "subject", f.subject());
    g.writeStringProperty("message", f.message());
    optional(g, "messageKey", f.messageKey());
    facts(g, f);
    optional(g, "source", source);
    g.writeEndObject();
  }

  /**
   * The finding's facts as a {@code "facts"} object, key → value, in the finding's order; numbers
   * as plain decimal strings like every decimal of the format. Nothing when it has none.
   */
  static void facts(JsonGenerator g, Finding f) {
    if (f.facts().isEmpty()) {
      return;
    }
    g.writeName("facts");
    g.writeStartObject();
    for (Fact x : f.facts()) {
      g.writeStringProperty(x.key(), x.value());
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }
}
