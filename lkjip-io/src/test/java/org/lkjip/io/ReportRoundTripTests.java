package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.lkjip.model.Report;

/** Property: writing then reading any valid report gives the same report, and the same text. */
class ReportRoundTripTests {
  private final ReportReader reader = new ReportReader();
  private final ReportWriter writer = new ReportWriter();

  @Test
  void read_writtenReport_equalsOriginal() {
    qt().withExamples(300)
        .forAll(ReportGen.reports())
        .checkAssert(
            report -> {
              Report back = reader.read("generated.json", writer.toJson(report));
              assertThat(back).isEqualTo(report);
            });
  }

  @Test
  void toJson_readBack_sameText() {
    qt().withExamples(100)
        .forAll(ReportGen.reports())
        .checkAssert(
            report -> {
              String json = writer.toJson(report);
              assertThat(writer.toJson(reader.read("generated.json", json))).isEqualTo(json);
            });
  }

  @Test
  void generator_makesNonTrivialReports() {
    // Guard against a generator that quietly produces empty reports: some must have budget lines,
    // indicators, alignments and published figures.
    int[] seen = new int[4];
    qt().withExamples(200)
        .forAll(ReportGen.reports())
        .checkAssert(
            r -> {
              seen[0] += r.subActivities().isEmpty() ? 0 : 1;
              seen[1] += r.indicators().isEmpty() ? 0 : 1;
              seen[2] += r.alignments().stream().anyMatch(a -> !a.links().isEmpty()) ? 1 : 0;
              seen[3] += r.published().isEmpty() ? 0 : 1;
            });
    assertThat(seen).doesNotContain(0);
  }
}
