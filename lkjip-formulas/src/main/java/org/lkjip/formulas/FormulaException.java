package org.lkjip.formulas;

/**
 * Base of the exceptions of this module: a formula that cannot be registered, defined or found.
 * Data problems never throw; they are {@link Figure}s with a status.
 *
 * @since 0.1
 */
public abstract class FormulaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  protected FormulaException(String message) {
    super(message);
  }
}
