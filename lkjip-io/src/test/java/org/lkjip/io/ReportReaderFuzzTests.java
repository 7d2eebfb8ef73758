package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.lkjip.model.Report;

/**
 * Property: whatever a damaged document looks like, the reader returns a report or throws one
 * {@link LkjipInputException} with a one-line message, never a raw Jackson exception, an NPE or an
 * IllegalStateException.
 */
class ReportReaderFuzzTests {
  private static final String SAMPLE;

  static {
    try {
      SAMPLE =
          Files.readString(
              TestFiles.directory("valid").resolve("sample-report.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readOrLocatedError(String doc) {
    try {
      Report r = new ReportReader().read("fuzz.json", doc);
      assertThat(r).isNotNull();
    } catch (LkjipInputException e) {
      assertThat(e.getMessage()).startsWith("fuzz.json").doesNotContain("\n");
      assertThat(e.jsonPath()).startsWith("$");
      assertThat(e.problem()).isNotBlank();
    }
  }

  @Test
  void read_sampleWithSpanReplaced_reportOrLocatedError() {
    qt().withExamples(2000)
        .forAll(
            integers().between(0, SAMPLE.length()),
            integers().between(0, 12),
            strings().basicLatinAlphabet().ofLengthBetween(0, 4))
        .checkAssert(
            (at, length, insert) ->
                readOrLocatedError(
                    SAMPLE.substring(0, at)
                        + insert
                        + SAMPLE.substring(Math.min(SAMPLE.length(), at + length))));
  }

  @Test
  void read_sampleCut_locatedError() {
    qt().forAll(integers().between(0, SAMPLE.length() - 2))
        .checkAssert(at -> readOrLocatedError(SAMPLE.substring(0, at)));
  }
}
