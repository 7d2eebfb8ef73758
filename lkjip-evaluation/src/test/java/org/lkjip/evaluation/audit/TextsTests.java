package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

class TextsTests {
  @Test
  void printedScale_trailingZerosInText_countThem() {
    assertThat(Texts.printedScale(figure("97,50%", "97.5"))).isEqualTo(2);
    assertThat(Texts.printedScale(figure("69.20%", "69.2"))).isEqualTo(2);
    assertThat(Texts.printedScale(figure("100.00%", "100.0"))).isEqualTo(2);
    assertThat(Texts.printedScale(figure("111,11 %", "111.11"))).isEqualTo(2);
  }

  @Test
  void printedScale_wholeNumbersAndThousands_zero() {
    assertThat(Texts.printedScale(figure("100", "100"))).isEqualTo(0);
    assertThat(Texts.printedScale(figure("70%", "70"))).isEqualTo(0);
    assertThat(Texts.printedScale(figure("245.594.404", "245594404"))).isEqualTo(0);
    assertThat(Texts.printedScale(figure("Rp 979,835,638", "979835638"))).isEqualTo(0);
    assertThat(Texts.printedScale(figure("-18,63", "-18.63"))).isEqualTo(2);
  }

  @Test
  void printedScale_valueNeedsMoreThanText_valueWins() {
    assertThat(Texts.printedScale(figure("1.234", "1.234"))).isEqualTo(3);
  }

  @Test
  void id_groupsThousandsAndUsesDecimalComma() {
    assertThat(Texts.id(new BigDecimal("245594044"))).isEqualTo("245.594.044");
    assertThat(Texts.id(new BigDecimal("52.73"))).isEqualTo("52,73");
    assertThat(Texts.id(new BigDecimal("-18.29"))).isEqualTo("-18,29");
    assertThat(Texts.id(new BigDecimal("-380000"))).isEqualTo("-380.000");
    assertThat(Texts.id(new BigDecimal("0.00"))).isEqualTo("0,00");
    assertThat(Texts.amount(new BigDecimal("205264593.00"))).isEqualTo("205.264.593");
    assertThat(Texts.amount(new BigDecimal("1E+3"))).isEqualTo("1.000");
  }

  @Test
  void normalizedLabel_ignoresCaseAndWhitespace() {
    assertThat(Texts.normalizedLabel("  Sangat   baik "))
        .isEqualTo(Texts.normalizedLabel("Sangat Baik"));
  }

  private static PublishedFigure figure(String printed, String value) {
    return ImmutablePublishedFigure.builder()
        .table("T")
        .row("1")
        .column("c")
        .printed(printed)
        .value(new BigDecimal(value))
        .measure(Measure.ABSORPTION)
        .build();
  }
}
