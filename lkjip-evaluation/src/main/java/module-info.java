/**
 * Evaluation of an LKjIP report under a rule set: achievement (<i>capaian</i>) by polarity, grading
 * scales, budget absorption (<i>penyerapan</i>) and efficiency, roll-ups, comparisons, and the
 * immutable {@link org.lkjip.evaluation.Evaluation} that holds every figure with its provenance.
 */
module org.lkjip.evaluation {
  requires transitive org.lkjip.formulas;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.annotation;

  exports org.lkjip.evaluation;
  exports org.lkjip.evaluation.achievement;
  exports org.lkjip.evaluation.audit;
  exports org.lkjip.evaluation.budget;
  exports org.lkjip.evaluation.efficiency;
  exports org.lkjip.evaluation.grading;

  opens org.lkjip.evaluation to
      tools.jackson.databind;
  opens org.lkjip.evaluation.achievement to
      tools.jackson.databind;
  opens org.lkjip.evaluation.audit to
      tools.jackson.databind;
  opens org.lkjip.evaluation.budget to
      tools.jackson.databind;
  opens org.lkjip.evaluation.efficiency to
      tools.jackson.databind;
  opens org.lkjip.evaluation.grading to
      tools.jackson.databind;
}
