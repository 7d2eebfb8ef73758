package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a workbook cannot be read: every problem found in one pass (up to {@link
 * ReportWorkbookReader#MAX_PROBLEMS}), each located at {@code Sheet!Cell}. Nothing is returned when
 * there is a problem, so nothing half-read is ever used. {@link #getMessage()} is the first
 * problem's line; {@link #lines()} are all of them, for example {@code laporan.xlsx: Target!E12:
 * expected a number, found "12,5,0" (...)}.
 *
 * @since 0.2
 */
public final class WorkbookInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final ImmutableList<WorkbookProblem> problems;
  private final boolean truncated;

  /**
   * Creates the exception.
   *
   * @param sourceName the file name, as the user gave it
   * @param problems at least one
   * @param truncated whether more problems were found than are listed
   * @param cause the underlying failure, if any
   */
  public WorkbookInputException(
      String sourceName,
      ImmutableList<WorkbookProblem> problems,
      boolean truncated,
      @Nullable Throwable cause) {
    super(
        problems.isEmpty()
            ? sourceName + ": bug: no problem given"
            : problems.get(0).line(sourceName),
        cause);
    this.sourceName = sourceName;
    this.problems = problems;
    this.truncated = truncated;
  }

  /** One problem about the whole file (not a workbook, corrupt, encrypted, ...). */
  static WorkbookInputException ofFile(
      String sourceName, String problem, @Nullable Throwable cause) {
    return new WorkbookInputException(
        sourceName, ImmutableList.of(new WorkbookProblem("", problem)), false, cause);
  }

  /** The file name as given. */
  public String sourceName() {
    return sourceName;
  }

  /** Every problem found, in sheet order. */
  public ImmutableList<WorkbookProblem> problems() {
    return problems;
  }

  /** Whether more problems were found than {@link #problems()} lists. */
  public boolean truncated() {
    return truncated;
  }

  /** One line per problem, then a line saying how many were left out when truncated. */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    problems.forEach(p -> b.add(p.line(sourceName)));
    if (truncated) {
      b.add(
          sourceName + ": more problems not shown (the first " + problems.size() + " are listed)");
    }
    return b.build();
  }
}
