package org.lkjip.io;

/**
 * Thrown when a document cannot be read: it is not well-formed JSON, breaks the format, breaks a
 * {@link Limits limit}, or describes a model value that cannot exist. It is the only exception the
 * readers throw.
 *
 * <p>It says where: the source (usually a file name), the JSON path of the offending value (e.g.
 * {@code $.report.programs[0].activities[1].subActivities[0]}), and the line and column (both
 * 1-based; 0 when unknown, such as for a file that cannot be opened). {@link #getMessage()} is one
 * line: {@code source:line:column: path: problem}.
 *
 * @since 0.1
 */
public final class LkjipInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final String jsonPath;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param sourceName the file name or other name of the input, never null
   * @param jsonPath the JSON path of the offending value, {@code "$"} for the document
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column in characters, or 0 when unknown
   * @param problem what was expected and what was found; line breaks in it become blanks
   * @param cause the underlying failure, may be null
   */
  public LkjipInputException(
      String sourceName,
      String jsonPath,
      int line,
      int column,
      String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(format(sourceName, jsonPath, line, column, problem), cause);
    this.sourceName = sourceName;
    this.jsonPath = jsonPath;
    this.line = line;
    this.column = column;
    this.problem = problem.replace('\n', ' ').replace('\r', ' ');
  }

  private static String format(
      String sourceName, String jsonPath, int line, int column, String problem) {
    StringBuilder b = new StringBuilder(sourceName);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ").append(jsonPath).append(": ").append(problem);
    return b.toString().replace('\n', ' ').replace('\r', ' ');
  }

  /** The name of the input (a file name, or the name the caller gave), never null. */
  public String sourceName() {
    return sourceName;
  }

  /** JSON path of the offending value, {@code "$"} for the whole document; never null. */
  public String jsonPath() {
    return jsonPath;
  }

  /** 1-based line of the error, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column of the error in characters, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What was expected and what was found, without the location; never null. */
  public String problem() {
    return problem;
  }
}
