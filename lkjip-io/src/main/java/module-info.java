/**
 * JSON in and out for lkjip: the versioned {@code lkjip-report/1} document, its JSON Schema, strict
 * reading with located errors, atomic writing, and parsing of numbers as printed in Indonesian
 * reports.
 *
 * <p>Depends on the model only for now; the evaluation format will add {@code org.lkjip.evaluation}
 * once that module exists.
 */
module org.lkjip.io {
  requires transitive org.lkjip.evaluation;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.datatype.guava;
  requires com.fasterxml.jackson.annotation;

  exports org.lkjip.io;

  opens org.lkjip.io to
      tools.jackson.databind;
}
