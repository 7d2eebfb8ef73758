package org.lkjip.io;

/**
 * Thrown when a printed number cannot be read, or cannot be read without a {@link
 * IndonesianNumbers.Convention}; the message quotes the text and says why.
 *
 * @since 0.1
 */
public final class PrintedNumberException extends NumberFormatException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param text the text that could not be read
   * @param reason why, one line
   */
  public PrintedNumberException(String text, String reason) {
    super("cannot read \"" + text + "\" as a printed number: " + reason);
    this.text = text;
    this.reason = reason;
  }

  /** The text that could not be read, never null. */
  public String text() {
    return text;
  }

  /** Why it could not be read, never null. */
  public String reason() {
    return reason;
  }
}
