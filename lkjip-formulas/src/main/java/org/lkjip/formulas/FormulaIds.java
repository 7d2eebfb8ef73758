package org.lkjip.formulas;

/** Rules for formula ids, shared by the registry and formula definitions. */
final class FormulaIds {
  private FormulaIds() {}

  /**
   * Checks {@code id}: non-blank, no whitespace, and the {@link Formulas#RESERVED_PREFIX} only when
   * {@code builtIn}.
   *
   * @param who what brought the id, for the message, e.g. "formula class com.example.MyFormula"
   * @throws InvalidFormulaException when the id breaks a rule
   */
  static void check(String id, String who, boolean builtIn) {
    if (id.isBlank()) {
      throw new InvalidFormulaException(id, "formula id of " + who + " is blank");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isWhitespace(id.charAt(i))) {
        throw new InvalidFormulaException(
            id, "formula id '" + id + "' of " + who + " contains whitespace");
      }
    }
    if (!builtIn && id.startsWith(Formulas.RESERVED_PREFIX)) {
      throw new InvalidFormulaException(
          id,
          "formula id '"
              + id
              + "' of "
              + who
              + " uses the prefix '"
              + Formulas.RESERVED_PREFIX
              + "', which is reserved for built-in formulas");
    }
  }
}
