package org.lkjip.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.lkjip.evaluation.Evaluation;

/**
 * Writes an {@link Evaluation} as an {@value #FORMAT} document, {@code {"format":
 * "lkjip-evaluation/1", "evaluation": {...}}}: UTF-8, two-space indentation, properties in the
 * model's order, decimals in plain notation, absent values and empty lists left out, and a final
 * newline. The same evaluation always gives the same bytes.
 *
 * <p>Instances hold no state and are safe to share between threads.
 *
 * @since 0.1
 */
public final class EvaluationWriter {
  /** The format name of the document. */
  public static final String FORMAT = "lkjip-evaluation/1";

  /** The name of the payload property of the envelope. */
  public static final String PAYLOAD = "evaluation";

  /** Creates a writer. */
  public EvaluationWriter() {}

  /** The document as text, ending with a newline; never null. */
  public String toJson(Evaluation evaluation) {
    return ReportWriter.envelope(FORMAT, PAYLOAD, evaluation);
  }

  /**
   * Writes the document to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @throws IOException if the stream fails
   */
  public void write(Evaluation evaluation, OutputStream out) throws IOException {
    out.write(toJson(evaluation).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes the document to a file atomically (see {@link AtomicFiles}): the file then holds the
   * whole new document, or is unchanged if writing fails.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Evaluation evaluation, Path file) throws IOException {
    byte[] bytes = toJson(evaluation).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(bytes));
  }
}
