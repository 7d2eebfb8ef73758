package org.lkjip.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.lkjip.model.Report;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Report} as an {@code lkjip-report/1} document: UTF-8, two-space indentation,
 * properties in the model's order, decimals in plain notation, absent values and empty lists left
 * out, and a final newline. The same report always gives the same bytes.
 *
 * <p>Instances hold no state and are safe to share between threads.
 *
 * @since 0.1
 */
public final class ReportWriter {
  /** Creates a writer. */
  public ReportWriter() {}

  /** The document as text, ending with a newline; never null. */
  public String toJson(Report report) {
    return envelope(ReportReader.FORMAT, ReportReader.PAYLOAD, report);
  }

  /**
   * Writes the document to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @throws IOException if the stream fails
   */
  public void write(Report report, OutputStream out) throws IOException {
    out.write(toJson(report).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes the document to a file atomically (see {@link AtomicFiles}): the file then holds the
   * whole new document, or is unchanged if writing fails.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Report report, Path file) throws IOException {
    byte[] bytes = toJson(report).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  /** An envelope {@code {"format": F, "payload": {...}}} as pretty text with a final newline. */
  static String envelope(String format, String payloadProperty, Object payload) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = LkjipJson.prettyWriter().createGenerator(text)) {
      g.writeStartObject();
      g.writeStringProperty("format", format);
      g.writeName(payloadProperty);
      g.writePOJO(payload);
      g.writeEndObject();
    } catch (JacksonException e) {
      throw new IllegalStateException("bug: cannot write " + format + ": " + e.getMessage(), e);
    }
    return text.append('\n').toString();
  }
}
