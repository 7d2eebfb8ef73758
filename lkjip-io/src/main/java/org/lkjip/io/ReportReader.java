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
 * <p>Instances hold no state and are safe to share between threads.
 *
 * @since 0.1
 */
public final class ReportReader {
  /** The format name this reader accepts. */
  public static final String FORMAT = "lkjip-report/1";

  /** The name of the payload property of the envelope. */
  public static final String PAYLOAD = "report";

  /** Counts of elements a report may hold; see {@link Limits}. */
  private static final List<JsonDocuments.CountLimit> COUNT_LIMITS =
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
    return read(source, JsonSources.decodeUtf8(source, JsonSources.readFile(file)));
  }

  /**
   * Reads a report from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param sourceName name of the input in error messages, e.g. a file name or URL
   * @throws LkjipInputException if the stream cannot be read or is not a valid report
   */
  public Report read(String sourceName, InputStream in) {
    return read(
        sourceName, JsonSources.decodeUtf8(sourceName, JsonSources.readStream(sourceName, in)));
  }

  /**
   * Reads a report from UTF-8 bytes.
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the bytes are not a valid report
   */
  public Report read(String sourceName, byte[] json) {
    JsonSources.checkSize(sourceName, json.length);
    return read(sourceName, JsonSources.decodeUtf8(sourceName, json));
  }

  /**
   * Reads a report from text.
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the text is not a valid report
   */
  public Report read(String sourceName, String json) {
    JsonSources.checkSize(sourceName, json.length());
    return JsonDocuments.read(sourceName, json, FORMAT, PAYLOAD, Report.class, COUNT_LIMITS);
  }
}
