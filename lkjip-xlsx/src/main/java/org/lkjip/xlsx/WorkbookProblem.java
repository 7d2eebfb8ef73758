package org.lkjip.xlsx;

/**
 * One problem of a workbook: where ({@code Sheet!Cell}, or the sheet, or the file) and what was
 * expected.
 *
 * @param where {@code "Indikator!F12"}, {@code "Indikator"}, or empty for the whole file
 * @param problem what was expected and what was found, one line
 * @since 0.2
 */
public record WorkbookProblem(String where, String problem) {
  /** Checks the parts and keeps the problem on one line. */
  public WorkbookProblem {
    problem = problem.replace('\n', ' ').replace('\r', ' ');
  }

  /** {@code "source: where: problem"}, the line a person reads. */
  public String line(String source) {
    return where.isEmpty() ? source + ": " + problem : source + ": " + where + ": " + problem;
  }
}
