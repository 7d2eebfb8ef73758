package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Measure;

/**
 * The cause search on the seed report: only mismatches get candidates, and what the candidates say
 * of the seed's mismatching numbers is true of them.
 */
class CauseSearchSeedTests {
  private static final Verification V =
      MessageInvariants.check(
          new Auditor(FormulaRegistry.standard())
              .verify(SeedReport.report(), RuleSets.seedTebingTinggi2022(), Optional.empty()));

  @Test
  void verify_seed_onlyMismatchesHaveCandidates() {
    assertThat(V.figures())
        .filteredOn(r -> r.status() != ReconciliationStatus.MISMATCH)
        .allSatisfy(r -> assertThat(r.candidates()).as("%s", r).isEmpty());
    assertThat(V.figures())
        .filteredOn(
            r ->
                r.status() == ReconciliationStatus.MISMATCH
                    && r.published().measure() == Measure.ACHIEVEMENT)
        .allSatisfy(r -> assertThat(r.candidates()).as("%s", r).isNotEmpty());
  }

  /**
   * Tabel 8 prints the 2021 realisasi of IKU3 as 67,88% (no raw data for 2021) and its capaian as
   * 75,43%, while 67,88 / 90 truncates to 75,42: the capaian follows from an unrounded realisasi
   * that truncates to 67,88 (at least 67,887), and from nothing else in the catalogue.
   */
  @Test
  void verify_seedAchievementFromAnUnroundedRealisasi_namesTheRoundingInterval() {
    FigureReconciliation r = figure("Tabel 8", "2021 % Capaian", "IKU3");
    assertThat(r.status()).isEqualTo(ReconciliationStatus.MISMATCH);
    assertThat(r.candidates())
        .filteredOn(Candidate::reproduces)
        .extracting(Candidate::id)
        .containsExactly("unrounded-printed-actual");
    Candidate c = r.candidates().get(0);
    assertThat(c.low().orElseThrow()).isLessThan(r.published().value().orElseThrow());
    assertThat(c.high().orElseThrow()).isGreaterThan(r.published().value().orElseThrow());
    assertThat(r.causeMessages()).extracting(Message::key).contains("cause.candidate");
  }

  /**
   * Tabel 14 prints 0,01 for the savings efficiency (100 − absorption) of 3.a.1, spending
   * 44.176.000 of 44.176.200: absorption 99,99955 gives 0,00045, which rounds to 0,00 in every
   * mode, but the absorption truncated to 99,99 first gives 0,01; nothing else in the catalogue
   * does.
   */
  @Test
  void verify_seedEfficiencyFromTheTruncatedAbsorption_namesTheInputRounding() {
    FigureReconciliation r = figure("Tabel 14", "Tingkat Efisiensi Anggaran", "3.a.1");
    assertThat(r.status()).isEqualTo(ReconciliationStatus.MISMATCH);
    assertThat(r.candidates())
        .filteredOn(Candidate::reproduces)
        .extracting(Candidate::id)
        .containsExactly("inputs-rounded-down");
    assertThat(r.causeMessages()).extracting(Message::key).containsExactly("cause.candidate");
  }

  private static FigureReconciliation figure(String table, String column, String subject) {
    return V.figures().stream()
        .filter(
            r ->
                r.published().table().equals(table)
                    && r.published().column().equals(column)
                    && r.published().subject().equals(Optional.of(subject)))
        .findFirst()
        .orElseThrow();
  }
}
