package org.lkjip.formulas;

/**
 * Thrown when a formula cannot be registered or a formula definition is not valid: a blank or
 * duplicate id, a reserved "lkjip:" id outside the built-ins, a definition that reads no inputs or
 * lists an input twice. The message quotes the offending id and names the class or definition that
 * brought it.
 *
 * @since 0.1
 */
public final class InvalidFormulaException extends FormulaException {
  private static final long serialVersionUID = 1L;

  private final String formulaId;

  /** An exception about the formula with id {@code formulaId} (possibly blank). */
  public InvalidFormulaException(String formulaId, String message) {
    super(message);
    this.formulaId = formulaId;
  }

  /** The offending formula id as given (possibly blank), never null. */
  public String formulaId() {
    return formulaId;
  }
}
