package org.lkjip.io;

import java.nio.file.Path;
import org.lkjip.evaluation.RuleSet;

/**
 * Reads a {@link RuleSet} written as one JSON object (the form {@code LkjipJson} writes), strictly
 * and with the same {@link Limits} and located errors as {@link ReportReader}: unknown or duplicate
 * properties, {@code null}, numbers as strings, an unknown rounding mode or a rule set the model
 * rejects (version 0, a rounding scale over 12) are one {@link LkjipInputException} naming the
 * source, JSON path, line and column.
 *
 * <p>Whether the grading scale and efficiency rules it names exist is not checked here: that
 * depends on the scales and rules an {@code Evaluator} is given.
 *
 * <p>Instances hold no state and are safe to share between threads.
 *
 * @since 0.1
 */
public final class RuleSetReader {
  /** Creates a reader. */
  public RuleSetReader() {}

  /**
   * Reads a rule set from a UTF-8 file; the file name is the source name in errors.
   *
   * @throws LkjipInputException if the file cannot be read or is not a valid rule set
   */
  public RuleSet read(Path file) {
    String source = file.toString();
    return read(source, JsonSources.decodeUtf8(source, JsonSources.readFile(file)));
  }

  /**
   * Reads a rule set from UTF-8 bytes.
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the bytes are not a valid rule set
   */
  public RuleSet read(String sourceName, byte[] json) {
    JsonSources.checkSize(sourceName, json.length);
    return read(sourceName, JsonSources.decodeUtf8(sourceName, json));
  }

  /**
   * Reads a rule set from text.
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the text is not a valid rule set
   */
  public RuleSet read(String sourceName, String json) {
    JsonSources.checkSize(sourceName, json.length());
    return JsonDocuments.readObject(sourceName, json, RuleSet.class);
  }
}
