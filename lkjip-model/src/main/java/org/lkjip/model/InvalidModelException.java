package org.lkjip.model;

/**
 * Thrown when a model value is built with data that cannot be meaningful, such as a negative budget
 * or a quarter outside 1..4. The message quotes the offending value and names the field.
 *
 * @since 0.1
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, quoting the value
   */
  public InvalidModelException(String message) {
    super(message);
  }
}
