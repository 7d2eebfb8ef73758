package org.lkjip.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.IndicatorResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes an {@link Evaluation} as an {@value #FORMAT} document, {@code {"format":
 * "lkjip-evaluation/2", "evaluation": {...}}}: UTF-8, two-space indentation, properties in the
 * model's order, every decimal as a JSON string in plain notation ({@code "34.28"}, {@code "1000"},
 * never {@code 1E+3}: {@link BigDecimal#toPlainString()}, exact, with the scale the value has),
 * absent values and empty lists left out, and a final newline. The same evaluation always gives the
 * same bytes. For batch output, {@link #toCompactLine} and {@link #writeCompactLine} write the same
 * document on one line. The format is described in {@code docs/format-lkjip-evaluation-2.md} and by
 * the schema {@value Schemas#EVALUATION_2}.
 *
 * <p>Version 2 replaced {@code lkjip-evaluation/1} (decimals as JSON numbers, the indicator's
 * recomputed value as {@code "value"}, a figure inside a year); the earlier version is no longer
 * written.
 *
 * <p>The document is written by a hand-written streaming serializer ({@code EvaluationJson}) that
 * gives exactly the bytes that Jackson databind gives with {@link LkjipJson#mapper()} configured as
 * that class describes, at a fraction of the cost.
 *
 * <p>Instances hold no state and are safe to share between threads.
 *
 * @since 0.1
 */
public final class EvaluationWriter {
  /** The format name of the document. */
  public static final String FORMAT = "lkjip-evaluation/2";

  /** The name of the payload property of the envelope. */
  public static final String PAYLOAD = "evaluation";

  /** Compact bytes per budget line, indicator year or objective, about; pretty is twice that. */
  private static final int BYTES_PER_PART = 1_500;

  /** Compact bytes of the rest of a document, about. */
  private static final int BYTES_OTHERWISE = 4_096;

  /** The most bytes reserved up front, however large the evaluation. */
  private static final int MAX_RESERVED = 64 * 1024 * 1024;

  private static final ObjectWriter PRETTY = pretty();

  private static final ObjectWriter COMPACT = LkjipJson.mapper().writer();

  /** Compact, onto a caller's stream: neither closed nor flushed by the generator. */
  private static final ObjectWriter COMPACT_ONTO_STREAM =
      COMPACT
          .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);

  /** Creates a writer. */
  public EvaluationWriter() {}

  /** The document as text, ending with a newline; never null. */
  public String toJson(Evaluation evaluation) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeOf(evaluation, true));
    if (writePretty(evaluation, bytes)) {
      // A text held an unpaired surrogate: the bytes have '?' for it, the text keeps it.
      StringWriter text = new StringWriter(bytes.size());
      try (JsonGenerator g = PRETTY.createGenerator(text)) {
        new EvaluationJson(g, false).document(evaluation);
      } catch (JacksonException e) {
        throw bug(e);
      }
      return text.append('\n').toString();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the document to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @throws IOException if the stream fails
   */
  public void write(Evaluation evaluation, OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeOf(evaluation, true));
    writePretty(evaluation, bytes);
    bytes.writeTo(out);
    out.flush();
  }

  /**
   * Writes the document to a file atomically (see {@link AtomicFiles}): the file then holds the
   * whole new document, or is unchanged if writing fails.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Evaluation evaluation, Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeOf(evaluation, true));
    writePretty(evaluation, bytes);
    AtomicFiles.write(file, bytes::writeTo);
  }

  /**
   * The document as one compact line of UTF-8, for NDJSON batch output: no indentation and no
   * spaces, otherwise the same properties, order and numbers as {@link #toJson}, then {@code "\n"}.
   * An unpaired surrogate in a text is written as an escape such as {@code \uD800}.
   *
   * @return a new array, never null
   * @since 0.2
   */
  public byte[] toCompactLine(Evaluation evaluation) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeOf(evaluation, false));
    try (JsonGenerator g = COMPACT.createGenerator(bytes)) {
      new EvaluationJson(g, false).document(evaluation);
    } catch (JacksonException e) {
      throw bug(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /**
   * Writes the bytes of {@link #toCompactLine} straight into a stream, without building them in
   * memory first; the stream is neither flushed nor closed, so that many lines can go through one
   * buffered stream. If the stream fails, it may have received part of the line.
   *
   * @throws IOException if the stream fails
   * @since 0.2
   */
  public void writeCompactLine(Evaluation evaluation, OutputStream out) throws IOException {
    try (JsonGenerator g = COMPACT_ONTO_STREAM.createGenerator(out)) {
      new EvaluationJson(g, false).document(evaluation);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw bug(e);
    }
    out.write('\n');
  }

  /**
   * Writes the pretty document and its final newline as UTF-8.
   *
   * @return whether a text held an unpaired surrogate (written as {@code '?'}, as encoding the
   *     document's text would)
   */
  private static boolean writePretty(Evaluation evaluation, ByteArrayOutputStream bytes) {
    EvaluationJson json;
    try (JsonGenerator g = PRETTY.createGenerator(bytes)) {
      json = new EvaluationJson(g, true);
      json.document(evaluation);
    } catch (JacksonException e) {
      throw bug(e);
    }
    bytes.write('\n');
    return json.replacedLoneSurrogate();
  }

  /**
   * {@link LkjipJson#prettyWriter()}, with its printer replaced by an {@link IndentingPrinter} that
   * writes the same bytes faster.
   */
  private static ObjectWriter pretty() {
    ObjectWriter writer = LkjipJson.prettyWriter();
    PrettyPrinter printer = LkjipJson.mapper().serializationConfig().getDefaultPrettyPrinter();
    return printer instanceof DefaultPrettyPrinter d
        ? writer.with(new IndentingPrinter(d))
        : writer;
  }

  /**
   * About the size of the document in bytes, a little over rather than under, so that the buffer
   * seldom grows (each growth copies what was written).
   */
  private static int sizeOf(Evaluation evaluation, boolean pretty) {
    long parts = (long) evaluation.lines().size() + evaluation.objectives().size();
    for (IndicatorResult indicator : evaluation.indicators()) {
      parts += indicator.years().size();
    }
    long compact = BYTES_OTHERWISE + parts * BYTES_PER_PART;
    return (int) Math.min(MAX_RESERVED, pretty ? 2 * compact : compact);
  }

  private static IllegalStateException bug(JacksonException e) {
    return new IllegalStateException("bug: cannot write " + FORMAT + ": " + e.getMessage(), e);
  }
}
