package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;

/**
 * A host's formula behind a guard: {@link #compute} never lets a {@link RuntimeException} of the
 * delegate escape but returns a {@link Status#RULE_FAILED} figure (see {@link
 * Formulas#compute(IndicatorFormula, FormulaInputs, Rounding)}). Errors still propagate.
 */
final class GuardedFormula implements IndicatorFormula {
  private final IndicatorFormula delegate;

  private GuardedFormula(IndicatorFormula delegate) {
    this.delegate = delegate;
  }

  /**
   * {@code formula} guarded; formulas of this module (which never throw) are returned as they are.
   */
  static IndicatorFormula of(IndicatorFormula formula) {
    if (formula instanceof AbstractFormula || formula instanceof GuardedFormula) {
      return formula;
    }
    return new GuardedFormula(formula);
  }

  /** The host's formula. */
  IndicatorFormula delegate() {
    return delegate;
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public ImmutableList<String> inputNames() {
    return delegate.inputNames();
  }

  @Override
  public Figure compute(FormulaInputs inputs, Rounding rounding) {
    return Formulas.compute(delegate, inputs, rounding);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
