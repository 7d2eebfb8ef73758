package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lkjip.io.IndonesianNumbers.Convention;
import org.lkjip.io.PrintedNumber.Kind;
import org.lkjip.model.Absence;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class IndonesianNumbersTests {

  /** Figures as printed in the seed report (Tabel 4, 5, 8, 12, 13, RFK) and their values. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3.308.936.254        | PLAIN    | 3308936254     | ",
        "2.693.549.200        | PLAIN    | 2693549200     | ",
        "34,28%               | PERCENT  | 34.28          | ",
        "69.20%               | PERCENT  | 69.20          | ",
        "52,74 %              | PERCENT  | 52.74          | ",
        "111,11 %             | PERCENT  | 111.11         | ",
        "0%                   | PERCENT  | 0              | ",
        "100%                 | PERCENT  | 100            | ",
        "Rp 2,693,549,200.00  | MONEY    | 2693549200.00  | ",
        "Rp2,602,212,755      | MONEY    | 2602212755     | ",
        "Rp 5.000.000,-       | MONEY    | 5000000        | ",
        "12 bulan             | QUANTITY | 12             | bulan",
        "2 Jenis              | QUANTITY | 2              | Jenis",
        "1 unit               | QUANTITY | 1              | unit",
        "100                  | PLAIN    | 100            | ",
        "-87.42               | PLAIN    | -87.42         | ",
        "-33,53               | PLAIN    | -33.53         | ",
        "1,90                 | PLAIN    | 1.90           | ",
        "96,61                | PLAIN    | 96.61          | ",
        "0,125                | PLAIN    | 0.125          | ",
        "1234.567             | PLAIN    | 1234.567       | ",
        "1.234.567,89         | PLAIN    | 1234567.89     | ",
      })
  void parse_printedFigure_valueKindAndUnit(String text, Kind kind, String value, String unit) {
    PrintedNumber n = IndonesianNumbers.parse(text);

    assertThat(n.kind()).isEqualTo(kind);
    assertThat(n.value()).contains(new BigDecimal(value));
    assertThat(n.absence()).isEmpty();
    assertThat(n.unit()).isEqualTo(Optional.ofNullable(unit));
    assertThat(n.text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Rp -     | MONEY   | NIL",
        "-        | PLAIN   | NIL",
        "Nihil    | PLAIN   | NIL",
        "NIHIL    | PLAIN   | NIL",
        "N/A      | PLAIN   | NOT_APPLICABLE",
        "- %      | PERCENT | NIL",
      })
  void parse_absenceWord_absenceWithoutValue(String text, Kind kind, Absence absence) {
    PrintedNumber n = IndonesianNumbers.parse(text);

    assertThat(n.kind()).isEqualTo(kind);
    assertThat(n.absence()).contains(absence);
    assertThat(n.value()).isEmpty();
  }

  @Test
  void parse_blank_notReported() {
    assertThat(IndonesianNumbers.parse("  ").absence()).contains(Absence.NOT_REPORTED);
  }

  @Test
  void parse_absence_requireValueQuotesText() {
    assertThatThrownBy(() -> IndonesianNumbers.parse("Nihil").requireValue())
        .isInstanceOf(PrintedNumberException.class)
        .hasMessage("cannot read \"Nihil\" as a printed number: it is NIL, not a number");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "1.234        | '.' followed by three digits may group thousands or be the decimal point",
        "1,234        | ',' followed by three digits may group thousands or be the decimal point",
        "12 345 kg    | expected digits with '.' or ',' separators",
        "abc          | expected digits with '.' or ',' separators",
        "1.           | a separator must be followed by digits",
        "1.23.456     | groups of thousands must have 3 digits, found 23",
        "1,234,56.7   | groups of thousands must have 3 digits, found 56",
        "1.2,3.4      | '.' is the decimal point here and may appear only once",
        "Rp           | no amount after 'Rp'",
        "%            | no number before '%'",
        "0.123.456    | the first group of thousands must have 1 to 3 digits and no leading zero",
      })
  void parse_badText_errorQuotesTextAndReason(String text, String reason) {
    assertThatThrownBy(() -> IndonesianNumbers.parse(text))
        .isInstanceOfSatisfying(
            PrintedNumberException.class,
            e -> {
              assertThat(e.text()).isEqualTo(text);
              assertThat(e.reason()).startsWith(reason);
              assertThat(e.getMessage()).startsWith("cannot read \"" + text + "\"");
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "1.234, INDONESIAN, 1234",
    "1.234, ENGLISH, 1.234",
    "'1,234', INDONESIAN, 1.234",
    "'1,234', ENGLISH, 1234",
    "69.20, INDONESIAN, 69.20",
    "'34,28', ENGLISH, 34.28",
  })
  void parse_convention_decidesOnlyAmbiguousText(String text, Convention c, String expected) {
    assertThat(IndonesianNumbers.parse(text, c).value()).contains(new BigDecimal(expected));
  }

  @Test
  void parse_ambiguousQuantityWithConvention_thousands() {
    PrintedNumber n = IndonesianNumbers.parse("1.500 orang", Convention.INDONESIAN);

    assertThat(n.value()).contains(new BigDecimal("1500"));
    assertThat(n.unit()).contains("orang");
  }

  @ParameterizedTest(name = "{0} scale {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "52.73       | 2 | 52,73",
        "3308936254  | 0 | 3.308.936.254",
        "-33.53      | 2 | -33,53",
        "0.5         | 2 | 0,50",
        "999         | 0 | 999",
        "1000        | 1 | 1.000,0",
      })
  void formatIndonesian_value_printedText(String value, int scale, String expected) {
    assertThat(IndonesianNumbers.formatIndonesian(new BigDecimal(value), scale))
        .isEqualTo(expected);
  }

  @Test
  void formatIndonesian_moreDecimalsThanScale_throws() {
    assertThatThrownBy(() -> IndonesianNumbers.formatIndonesian(new BigDecimal("52.735"), 2))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void format_truncation_namedRoundingMode() {
    assertThat(
            IndonesianNumbers.format(
                new BigDecimal("52.7399"), 2, RoundingMode.DOWN, Convention.INDONESIAN))
        .isEqualTo("52,73");
    assertThat(
            IndonesianNumbers.format(
                new BigDecimal("2693549200"), 2, RoundingMode.UNNECESSARY, Convention.ENGLISH))
        .isEqualTo("2,693,549,200.00");
  }

  private static Gen<BigDecimal> decimals() {
    return SourceDSL.longs()
        .between(-999_999_999_999L, 999_999_999_999L)
        .zip(
            SourceDSL.integers().between(0, 6),
            (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  @Test
  void parse_formattedIndonesian_roundTrips() {
    qt().forAll(decimals())
        .checkAssert(
            v ->
                assertThat(
                        IndonesianNumbers.parse(
                                IndonesianNumbers.format(
                                    v, v.scale(), RoundingMode.UNNECESSARY, Convention.INDONESIAN),
                                Convention.INDONESIAN)
                            .value())
                    .contains(v));
  }

  @Test
  void parse_formattedEnglish_roundTrips() {
    qt().forAll(decimals())
        .checkAssert(
            v ->
                assertThat(
                        IndonesianNumbers.parse(
                                IndonesianNumbers.format(
                                    v, v.scale(), RoundingMode.UNNECESSARY, Convention.ENGLISH),
                                Convention.ENGLISH)
                            .value())
                    .contains(v));
  }

  @Test
  void parse_formattedPercentAndMoney_keepKind() {
    qt().forAll(decimals().map(v -> v.abs()))
        .checkAssert(
            v -> {
              String printed = IndonesianNumbers.formatIndonesian(v, v.scale());
              PrintedNumber percent =
                  IndonesianNumbers.parse(printed + " %", Convention.INDONESIAN);
              PrintedNumber money = IndonesianNumbers.parse("Rp " + printed, Convention.INDONESIAN);
              assertThat(percent.kind()).isEqualTo(Kind.PERCENT);
              assertThat(percent.value()).contains(v);
              assertThat(money.kind()).isEqualTo(Kind.MONEY);
              assertThat(money.value()).contains(v);
            });
  }
}
