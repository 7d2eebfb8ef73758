package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.lkjip.io.IndonesianNumbers.Convention;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.InvalidModelException;
import org.lkjip.model.Measure;

/**
 * One truth per printed figure: a figure's value is the number its printed text shows, in either
 * convention, or reading the report fails naming both.
 */
class PrintedValueAgreementTests {
  private static ImmutablePublishedFigure.Builder figure(String printed) {
    return ImmutablePublishedFigure.builder()
        .table("T")
        .row("1")
        .column("C")
        .printed(printed)
        .measure(Measure.BUDGET);
  }

  @Test
  void anyNumberAsPrinted_agreesWithItsValue_andWithNoOther() {
    qt().withExamples(2000)
        .forAll(
            longs().between(-9_999_999_999L, 9_999_999_999L),
            integers().between(0, 3),
            integers().between(0, 5))
        .checkAssert(
            (unscaled, scale, style) -> {
              BigDecimal v = BigDecimal.valueOf(unscaled, scale);
              Convention c = style % 2 == 0 ? Convention.INDONESIAN : Convention.ENGLISH;
              String digits = IndonesianNumbers.format(v, scale, RoundingMode.UNNECESSARY, c);
              String printed =
                  switch (style / 2) {
                    case 0 -> digits;
                    case 1 -> digits + "%";
                    default -> v.signum() < 0 ? digits : "Rp " + digits;
                  };
              assertThat(figure(printed).value(v).build().value()).contains(v);
              BigDecimal other = v.add(BigDecimal.ONE.movePointLeft(scale));
              // the next number at the printed precision: never a reading of this text (a text
              // that reads both ways, "1.234", reads as numbers a factor 1000 apart)
              assertThatThrownBy(() -> figure(printed).value(other).build())
                  .isInstanceOf(InvalidModelException.class)
                  .hasMessageContaining("'" + printed + "'")
                  .hasMessageContaining(other.toPlainString());
            });
  }

  @Test
  void reading_aDisagreement_isAnInputErrorAtTheFigure() throws Exception {
    String seed = Files.readString(TestFiles.seedTranscription(), StandardCharsets.UTF_8);
    String needle =
        "\"column\": \"% Capaian\", \"printed\": \"52,74%\", \"value\": 52.74, \"measure\":"
            + " \"ACHIEVEMENT\"";
    assertThat(seed).contains(needle);
    String broken =
        seed.replaceFirst(
            java.util.regex.Pattern.quote(needle), needle.replace("52,74%", "52,79%"));
    assertThatThrownBy(() -> new ReportReader().read("laporan.json", broken))
        .isInstanceOf(LkjipInputException.class)
        .hasMessageStartingWith("laporan.json:")
        .hasMessageContaining("$.report.published[")
        .hasMessageContaining("'52,79%'")
        .hasMessageContaining("52.79")
        .hasMessageContaining("52.74");
  }
}
