/**
 * The immutable domain model of an LKjIP (Laporan Kinerja Instansi Pemerintah) report.
 *
 * <p>The model depends on Guava only. Jackson annotations on the types are compile-time hints used
 * by {@code lkjip-io}; nothing here calls Jackson.
 */
module org.lkjip.model {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.annotation;

  exports org.lkjip.model;

  opens org.lkjip.model to
      tools.jackson.databind;
}
