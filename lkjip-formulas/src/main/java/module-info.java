/**
 * Indicator formulas as pluggable rules, with results that carry their provenance and explicit
 * rounding.
 */
module org.lkjip.formulas {
  requires transitive org.lkjip.model;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.annotation;

  exports org.lkjip.formulas;

  opens org.lkjip.formulas to
      tools.jackson.databind;

  uses org.lkjip.formulas.FormulaProvider;
}
