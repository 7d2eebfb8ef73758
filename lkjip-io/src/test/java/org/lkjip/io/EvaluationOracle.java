package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.ImmutableIndicatorYear;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.formulas.Figure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The databind writing of an evaluation, kept as the oracle of the hand-written {@link
 * EvaluationWriter}: {@link LkjipJson#mapper()} with the two changes that make {@code
 * lkjip-evaluation/2} ({@link #MAPPER}), the pretty document as {@code EvaluationWriter} wrote it
 * up to 0.1 ({@code writePOJO} on the pretty writer, then {@code "\n"}), and the compact line as
 * the examples' batch {@code Ndjson} wrote it ({@code writer()}, {@code writePOJO}, then {@code
 * "\n"}).
 */
public final class EvaluationOracle {
  /**
   * The shared mapper, with every {@link BigDecimal} written as a string ({@code
   * JsonFormat.Shape.STRING}: its plain text, since the factory writes decimals plain) and {@link
   * IndicatorYear#value()} named {@code "actual"}.
   */
  public static final JsonMapper MAPPER =
      LkjipJson.mapper()
          .rebuild()
          .withConfigOverride(
              BigDecimal.class,
              o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
          .addMixIn(ImmutableIndicatorYear.class, IndicatorYearNames.class)
          .build();

  private static final ObjectWriter COMPACT = MAPPER.writer();

  private static final ObjectWriter PRETTY =
      MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);

  /** The name of {@link IndicatorYear#value()} in the document. */
  private abstract static class IndicatorYearNames {
    @JsonProperty("actual")
    abstract Figure value();
  }

  private static final EvaluationWriter WRITER = new EvaluationWriter();

  private EvaluationOracle() {}

  /** The pretty document as databind writes it, with the final newline. */
  public static String pretty(Evaluation evaluation) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = PRETTY.createGenerator(text)) {
      envelope(g, evaluation);
    } catch (JacksonException e) {
      throw bug(e);
    }
    return text.append('\n').toString();
  }

  /** The compact line as databind writes it, with the final newline. */
  public static byte[] compact(Evaluation evaluation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try (JsonGenerator g = COMPACT.createGenerator(out)) {
      envelope(g, evaluation);
    } catch (JacksonException e) {
      throw bug(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void envelope(JsonGenerator g, Evaluation evaluation) {
    g.writeStartObject();
    g.writeStringProperty("format", EvaluationWriter.FORMAT);
    g.writeName(EvaluationWriter.PAYLOAD);
    g.writePOJO(evaluation);
    g.writeEndObject();
  }

  private static IllegalStateException bug(JacksonException e) {
    return new IllegalStateException(
        "bug: cannot write " + EvaluationWriter.FORMAT + ": " + e.getMessage(), e);
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
