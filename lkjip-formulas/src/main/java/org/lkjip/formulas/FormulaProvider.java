package org.lkjip.formulas;

import java.util.List;

/**
 * Service-provider interface: a host application ships its own formulas by implementing this and
 * listing the class in {@code META-INF/services/org.lkjip.formulas.FormulaProvider} (or {@code
 * provides} in its module).
 *
 * @since 0.1
 */
public interface FormulaProvider {
  /**
   * The formulas this provider contributes; ids must be unique and must not use the "lkjip:"
   * prefix.
   */
  List<IndicatorFormula> formulas();
}
