package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.formulas.FormulaRegistry;

/** The two bundles agree, and the seed's findings read in each language with its numbers. */
class AuditMessagesTests {
  private static final Verification V =
      new Auditor(FormulaRegistry.standard())
          .verify(SeedReport.report(), RuleSets.seedTebingTinggi2022(), Optional.empty());

  /** The one key whose English template quotes a reason that has no code, as it was written. */
  private static final String UNCODED = "reason.uncoded";

  @Test
  void bundles_sameKeys() {
    assertThat(AuditMessages.keys("en")).isEqualTo(AuditMessages.keys(""));
  }

  @Test
  void bundles_samePlaceholdersPerKey() {
    for (String key : AuditMessages.keys("")) {
      if (key.equals(UNCODED)) {
        continue;
      }
      assertThat(AuditMessages.placeholders(AuditMessages.template("en", key).orElseThrow()))
          .as("placeholders of %s", key)
          .isEqualTo(AuditMessages.placeholders(AuditMessages.template("", key).orElseThrow()));
    }
  }

  @Test
  void finding_seedSpendingOf4_numbersInEachLocale() {
    Finding f =
        V.findings().stream()
            .filter(x -> x.check().equals("total-not-sum-of-lines"))
            .filter(x -> x.table().equals(Optional.of("Tabel 12")))
            .findFirst()
            .orElseThrow();
    assertThat(AuditMessages.finding(f, Locale.forLanguageTag("id")))
        .isEqualTo(
            "Tabel 12 baris 4 Realisasi (Rp): tercetak 245.594.404 sebagai Realisasi anggaran 4,"
                + " sedangkan jumlah sub kegiatan dari 4 adalah 245.594.044 (selisih 360)");
    assertThat(AuditMessages.finding(f, Locale.ENGLISH))
        .isEqualTo(
            "Tabel 12 row 4 Realisasi (Rp): printed 245.594.404 as the spending of 4, the"
                + " sub-activities of 4 sum to 245,594,044 (difference 360)");
    assertThat(AuditMessages.finding(f, Locale.GERMANY))
        .as("every other locale reads Indonesian")
        .isEqualTo(AuditMessages.finding(f, Locale.forLanguageTag("id")));
    assertThat(f.message()).contains("sum to 245.594.044");
  }

  @Test
  void cause_printedWithOtherPrecision_decimalsInEachLocale() {
    FigureReconciliation r =
        V.figures().stream()
            .filter(x -> x.cause().equals(Optional.of("printed with 0 decimals")))
            .findFirst()
            .orElseThrow();
    assertThat(AuditMessages.cause(r, Locale.forLanguageTag("id")))
        .contains("dicetak dengan 0 desimal");
    assertThat(AuditMessages.cause(r, Locale.ENGLISH)).contains("printed with 0 decimals");
  }

  @Test
  void number_smallDecimal_eachConvention() {
    java.math.BigDecimal v = new java.math.BigDecimal("1234.01");
    assertThat(AuditMessages.number(v, AuditMessages.Numbers.ID)).isEqualTo("1.234,01");
    assertThat(AuditMessages.number(v, AuditMessages.Numbers.EN)).isEqualTo("1,234.01");
    assertThat(AuditMessages.number(new java.math.BigDecimal("0.01"), AuditMessages.Numbers.ID))
        .isEqualTo("0,01");
  }

  @Test
  void englishWords_detectedInAnEnglishSentence() {
    // the Indonesian check can fail: it finds the words in an English sentence
    assertThat(MessageInvariants.ENGLISH.matcher("lines sum to 245.594.044").find()).isTrue();
    assertThat(MessageInvariants.ENGLISH.matcher("jumlah baris 245.594.044").find()).isFalse();
  }
}
