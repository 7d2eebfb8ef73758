package org.lkjip.examples.batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.VerificationJson;
import org.lkjip.io.EvaluationWriter;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes lkjip documents as NDJSON lines: one compact envelope {@code {"format": F, P: {...}}} (no
 * indentation, properties in the model's order, decimals plain), then {@code "\n"}. Uses the shared
 * {@link LkjipJson#mapper()}; safe to call from any number of threads.
 *
 * @since 0.1
 */
public final class Ndjson {
  /** Format name of an evaluation document, as {@link EvaluationWriter} writes it. */
  public static final String EVALUATION_FORMAT = EvaluationWriter.FORMAT;

  /** Format name of a verification document, as {@link VerificationJson} writes it. */
  public static final String VERIFICATION_FORMAT = VerificationJson.FORMAT;

  private static final ObjectWriter COMPACT = LkjipJson.mapper().writer();

  /** Writes evaluations without databind (the same bytes as {@link #document}, much faster). */
  private static final EvaluationWriter EVALUATIONS = new EvaluationWriter();

  private Ndjson() {}

  /** A report as one {@code lkjip-report/1} line, ending with a newline; never null. */
  public static byte[] report(Report report) {
    return document(ReportReader.FORMAT, ReportReader.PAYLOAD, report);
  }

  /** An evaluation as one {@value #EVALUATION_FORMAT} line, ending with a newline. */
  public static byte[] evaluation(Evaluation evaluation) {
    return EVALUATIONS.toCompactLine(evaluation);
  }

  /**
   * A verification as one {@value #VERIFICATION_FORMAT} line: the document of {@link
   * VerificationJson} (summary, figures, findings), compacted to one line, ending with a newline.
   */
  public static byte[] verification(Verification verification) {
    return VerificationJson.renderCompact(verification).getBytes(StandardCharsets.UTF_8);
  }

  /** Any JSON value as one compact line ending with {@code "\n"}. */
  public static byte[] compact(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try (JsonGenerator g = COMPACT.createGenerator(out)) {
      g.writePOJO(value);
    } catch (JacksonException e) {
      throw new IllegalStateException("bug: cannot write JSON: " + e.getMessage(), e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * An envelope as one compact line ending with {@code "\n"}.
   *
   * @param format value of the {@code "format"} property
   * @param payloadProperty name of the payload property
   * @param payload the value, serialised with the shared mapper
   */
  public static byte[] document(String format, String payloadProperty, Object payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try (JsonGenerator g = COMPACT.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("format", format);
      g.writeName(payloadProperty);
      g.writePOJO(payload);
      g.writeEndObject();
    } catch (JacksonException e) {
      throw new IllegalStateException("bug: cannot write " + format + ": " + e.getMessage(), e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
