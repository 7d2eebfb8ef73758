package org.lkjip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a printed text reads as a number, and the agreement of a figure's printed text and value. */
class PrintedReadingsTests {
  private static List<String> readings(String printed) {
    return PrintedReadings.of(printed).stream().map(BigDecimal::toPlainString).toList();
  }

  @Test
  void numbersInEitherConvention_withRupiahOrPercent() {
    assertThat(readings("3.308.936.254")).containsExactly("3308936254");
    assertThat(readings("Rp 4,544,274,054")).containsExactly("4544274054");
    assertThat(readings("Rp4,156,626,934")).containsExactly("4156626934");
    assertThat(readings("Rp 2,693,549,200.00")).containsExactly("2693549200.00");
    assertThat(readings("34,28%")).containsExactly("34.28");
    assertThat(readings("52,74 %")).containsExactly("52.74");
    assertThat(readings("91.47%")).containsExactly("91.47");
    assertThat(readings("-18,63")).containsExactly("-18.63");
    assertThat(readings("\u221218,63")).containsExactly("-18.63");
    assertThat(readings("100")).containsExactly("100");
  }

  @Test
  void eitherConventionReadsIt_bothReadings() {
    assertThat(readings("1.234")).containsExactly("1234", "1.234");
    assertThat(readings("1,234")).containsExactly("1.234", "1234");
  }

  @Test
  void notANumberBeyondDoubt_noReading() {
    for (String t :
        List.of(
            "Nihil",
            "N/A",
            "-",
            "Rp -",
            "12 bulan",
            "60-70",
            "kurang dari 49",
            "Sangat Baik",
            "1.23.456",
            "12,34,567",
            "1.234,5.6",
            ",5",
            "5,",
            "")) {
      assertThat(readings(t)).as(t).isEmpty();
    }
  }

  private static ImmutablePublishedFigure.Builder figure(String printed) {
    return ImmutablePublishedFigure.builder()
        .table("Tabel 5")
        .row("1")
        .column("% Capaian")
        .printed(printed)
        .measure(Measure.ACHIEVEMENT)
        .subject("IKU1");
  }

  @Test
  void publishedFigure_valueMustBeWhatTheTextShows() {
    assertThat(figure("52,74%").value(new BigDecimal("52.740")).build().value())
        .contains(new BigDecimal("52.740"));
    assertThatThrownBy(() -> figure("52,79%").value(new BigDecimal("52.74")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Tabel 5 row 1 column % Capaian")
        .hasMessageContaining("'52,79%'")
        .hasMessageContaining("52.79")
        .hasMessageContaining("52.74");
    // a text that is not a number beyond doubt is a quotation: nothing to compare
    assertThat(figure("± 52").value(new BigDecimal("52")).build().printed()).isEqualTo("± 52");
  }

  @Test
  void targetAndCell_too() {
    assertThatThrownBy(
            () -> ImmutableTarget.builder().printed("65%").value(new BigDecimal("60")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("'65%'");
    assertThatThrownBy(
            () ->
                ImmutableCell.builder().printed("3.308.936.254").value(new BigDecimal("1")).build())
        .isInstanceOf(InvalidModelException.class);
    assertThat(ImmutableCell.builder().printed("1.234").value(new BigDecimal("1234")).build())
        .isNotNull();
  }
}
