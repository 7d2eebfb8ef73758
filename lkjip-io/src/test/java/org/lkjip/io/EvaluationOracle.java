package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.lkjip.evaluation.Evaluation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * The databind writing of an evaluation, kept as the oracle of the hand-written {@link
 * EvaluationWriter}: the pretty document as {@code EvaluationWriter} wrote it up to 0.1 ({@link
 * ReportWriter#envelope}), and the compact line as the examples' batch {@code Ndjson} writes it
 * ({@code LkjipJson.mapper().writer()}, {@code writePOJO}, then {@code "\n"}).
 */
public final class EvaluationOracle {
  private static final ObjectWriter COMPACT = LkjipJson.mapper().writer();
  private static final EvaluationWriter WRITER = new EvaluationWriter();

  private EvaluationOracle() {}

  /** The pretty document as databind writes it, with the final newline. */
  public static String pretty(Evaluation evaluation) {
    return ReportWriter.envelope(EvaluationWriter.FORMAT, EvaluationWriter.PAYLOAD, evaluation);
  }

  /** The compact line as databind writes it, with the final newline. */
  public static byte[] compact(Evaluation evaluation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try (JsonGenerator g = COMPACT.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("format", EvaluationWriter.FORMAT);
      g.writeName(EvaluationWriter.PAYLOAD);
      g.writePOJO(evaluation);
      g.writeEndObject();
    } catch (JacksonException e) {
      throw new IllegalStateException(
          "bug: cannot write " + EvaluationWriter.FORMAT + ": " + e.getMessage(), e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Asserts that every output of {@link EvaluationWriter} (text, pretty bytes, compact line as
   * bytes and onto a stream) is exactly what databind writes.
   *
   * @param what names the evaluation in a failure message
   */
  public static void assertSameAsDatabind(String what, Evaluation evaluation) {
    String pretty = pretty(evaluation);
    byte[] compact = compact(evaluation);

    assertThat(WRITER.toJson(evaluation)).as("%s: toJson", what).isEqualTo(pretty);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      WRITER.write(evaluation, written);
      WRITER.writeCompactLine(evaluation, line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Compared as text first for a readable difference, then byte for byte.
    byte[] prettyBytes = pretty.getBytes(StandardCharsets.UTF_8);
    assertThat(written.toString(StandardCharsets.UTF_8))
        .as("%s: write", what)
        .isEqualTo(new String(prettyBytes, StandardCharsets.UTF_8));
    assertThat(written.toByteArray()).as("%s: write", what).isEqualTo(prettyBytes);
    byte[] compactLine = WRITER.toCompactLine(evaluation);
    assertThat(new String(compactLine, StandardCharsets.UTF_8))
        .as("%s: toCompactLine", what)
        .isEqualTo(new String(compact, StandardCharsets.UTF_8));
    assertThat(compactLine).as("%s: toCompactLine", what).isEqualTo(compact);
    assertThat(line.toByteArray()).as("%s: writeCompactLine", what).isEqualTo(compact);
  }
}
