package org.lkjip.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.lkjip.model.Report;

/**
 * Reads an {@code lkjip-report/1} document into a {@link Report}, strictly.
 *
 * <p>The document is {@code {"format": "lkjip-report/1", "report": {...}}}. Unknown or duplicate
 * properties, {@code null}, numbers written as strings, NaN, trailing content, documents over the
 * {@link Limits} (including more than {@link Limits#MAX_INDICATORS} indicators or {@link
 * Limits#MAX_BUDGET_LINES} budget lines), invalid UTF-8, and values the model rejects (a negative
 * budget, quarter 5, a dangling reference) are all errors. Every failure is one {@link
 * LkjipInputException} naming the source, the JSON path, the line and column and what was expected;
 * nothing half-built is ever returned.
 *
 * <p>A document is first bound in one pass straight into the model ({@code ReportBinder}); on
 * anything unexpected that attempt is dropped and the document is read again by the strict path,
 * which alone decides what the error is. Both read every valid document into equal reports.
 *
 * <p>Instances hold no state and are safe to share between threads.
 *
 * @since 0.1
 */
public final class ReportReader {
  /** The format name this reader accepts. */
  public static final String FORMAT = "lkjip-report/1";

  /** The name of the payload property of the envelope. */
  public static final String PAYLOAD = "report";

  /**
   * Counts of elements a report may hold; see {@link Limits}. {@link ReportBinder} counts the same
   * arrays itself (a test keeps the two in step).
   */
  static final List<JsonDocuments.CountLimit> COUNT_LIMITS =
      List.of(
          new JsonDocuments.CountLimit(
              Set.of("indicators"), Limits.MAX_INDICATORS, "indicators", "Limits.MAX_INDICATORS"),
          new JsonDocuments.CountLimit(
              Set.of("programs", "activities", "subActivities"),
              Limits.MAX_BUDGET_LINES,
              "budget lines (programs, activities and sub-activities together)",
              "Limits.MAX_BUDGET_LINES"));

  /** Creates a reader. */
  public ReportReader() {}

  /**
   * Reads a report from a UTF-8 file; the file name is the source name in errors.
   *
   * @throws LkjipInputException if the file cannot be read or is not a valid report
   */
  public Report read(Path file) {
    String source = file.toString();
    return readBytes(source, JsonSources.readFile(file));
  }

  /**
   * Reads a report from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param sourceName name of the input in error messages, e.g. a file name or URL
   * @throws LkjipInputException if the stream cannot be read or is not a valid report
   */
  public Report read(String sourceName, InputStream in) {
    return readBytes(sourceName, JsonSources.readStream(sourceName, in));
  }

  /**
   * Reads a report from UTF-8 bytes.
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the bytes are not a valid report
   */
  public Report read(String sourceName, byte[] json) {
    JsonSources.checkSize(sourceName, json.length);
    return readBytes(sourceName, json);
  }

  /**
   * Reads a report from text.
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the text is not a valid report
   */
  public Report read(String sourceName, String json) {
    JsonSources.checkSize(sourceName, json.length());
    Report fast = ReportBinder.bind(json).report();
    return fast != null ? fast : readStrictly(sourceName, json);
  }

  /**
   * Reads bytes of at most {@link Limits#MAX_DOCUMENT_BYTES}: the fast path, and when it declines,
   * the strict path on the decoded text, which reports what is wrong (or reads the report).
   */
  private static Report readBytes(String sourceName, byte[] json) {
    Report fast = ReportBinder.bind(json).report();
    return fast != null ? fast : readStrictly(sourceName, json);
  }

  /** The strict path for bytes: strict UTF-8 decoding, then the strict path for text. */
  static Report readStrictly(String sourceName, byte[] json) {
    String text = JsonSources.decodeUtf8(sourceName, json);
    JsonSources.checkSize(sourceName, text.length());
    return readStrictly(sourceName, text);
  }

  /**
   * The strict path: a first pass over every token, then databind, with every failure one located
   * {@link LkjipInputException}. It decides alone what is an error and how it reads; {@link
   * ReportBinder} only ever reads a subset of what it reads, into an equal report.
   */
  static Report readStrictly(String sourceName, String json) {
    return JsonDocuments.read(sourceName, json, FORMAT, PAYLOAD, Report.class, COUNT_LIMITS);
  }
}
