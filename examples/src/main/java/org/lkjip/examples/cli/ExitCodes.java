package org.lkjip.examples.cli;

/**
 * The exit codes of the {@code lkjip} command.
 *
 * @since 0.1
 */
public final class ExitCodes {
  /** Every published figure reconciled and no check found an error; or the command succeeded. */
  public static final int PASSED = 0;

  /**
   * A published figure mismatches or a check found an error (for {@code verify}: a problem that
   * {@code --fail-on} counts and {@code --baseline} does not accept); or a value cannot be graded.
   */
  public static final int FAILED = 1;

  /** Bad input or usage: unreadable or invalid file, unknown rule set or scale, bad option. */
  public static final int BAD_INPUT = 2;

  /** A bug in lkjip: please report it (run again with --debug for the stack trace). */
  public static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
