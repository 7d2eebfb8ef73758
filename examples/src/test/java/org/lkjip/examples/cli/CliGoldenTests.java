package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.Golden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code lkjip verify} on the seed report under its own rule set, in every format, against golden
 * files in {@code src/test/resources/golden/} (regenerate with {@code -Dlkjip.updateGolden=true},
 * then review the diff).
 *
 * <p>The golden files were produced by running the program and reviewed against the seed report.
 * Figures checked by hand, from the seed's own inputs (each is also asserted below, so a golden
 * file regenerated with a wrong figure still fails):
 *
 * <ol>
 *   <li>Tabel 5 row 1 % Capaian, IKU1: placements (141 − 105) / 105 × 100 = 34.2857… truncated
 *       34.28; 34.28 / 65 × 100 = 52.7384… truncated 52.73; printed 52,74% is the half-up value:
 *       MATCH_WITH_OTHER_ROUNDING (half-up-2).
 *   <li>Tabel 5 row 2 % Capaian, IKU2: 88 / 95 × 100 = 92.6315… → 92.63; 92.63 / 95 × 100 =
 *       97.5052… → 97.50; printed 97,50%: MATCH.
 *   <li>Tabel 5 row 3 Kategori, IKU3: 4667 / 6744 × 100 = 69.2022… → 69.20; 69.20 / 95 × 100 =
 *       72.8421… → 72.84, which the printed scale puts in [65, 75] Baik; printed "Sangat Baik":
 *       MISMATCH.
 *   <li>Tabel 5 row 5 Kategori, IKU5: 238 / 339 × 100 = 70.2064… → 70.20; 70.20 / 85 × 100 =
 *       82.5882… → 82.58, in [81, 100] Memuaskan; printed "Sangat Baik": MISMATCH.
 *   <li>Tabel 13 row 2 % Capaian, IKU4: 2273 / 6744 × 100 = 33.7040… → 33.70; 33.70 / 45 × 100 =
 *       74.888… → 74.88; printed 74.88%: MATCH.
 *   <li>Tabel 12 row 4 Realisasi (Rp): printed 245.594.404, while its lines (and the RFK) give
 *       245.594.044: MISMATCH, difference 360.
 *   <li>Lampiran RFK TOTAL ANGGARAN: printed Rp 4,544,274,054; the sub-activity budgets sum to
 *       3.933.915.154: MISMATCH, difference 610.358.900.
 *   <li>Tabel 14 row 3.a.1 efficiency: 100 − 44.176.000 / 44.176.200 × 100 = 0.000452…, 0,00 by
 *       truncation, half-up and half-even alike; printed 0,01 (only rounding up gives it):
 *       MISMATCH, difference 0,01.
 *   <li>Tabel 12 row 1.a.1 % Capaian (absorption): 2.602.212.755 / 2.693.549.200 × 100 = 96.6090…,
 *       half-up 96,61; printed 96,61%: MATCH.
 *   <li>Lampiran RFK row 3.31.02.2.01.05 (budget 19.978.000), % realisasi keuangan: 19.518.000 /
 *       19.978.000 × 100 = 97.6974… → 97,70; printed 97.70%: MATCH; sisa anggaran 460.000: MATCH.
 *   <li>Tabel 1 row 1 column 2020, IKU1 target: printed "N/A", recomputed NOT_APPLICABLE: MATCH.
 * </ol>
 */
class CliGoldenTests {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static CliRun seed(String format) {
    CliRun run =
        CliRun.of(
            "verify",
            LkjipCliTests.SEED,
            "--rules",
            RuleSets.SEED_TEBING_TINGGI_2022,
            "--format",
            format);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).as("the seed has mismatches and errors").isEqualTo(1);
    return run;
  }

  @Test
  void verify_seedText_matchesGolden() {
    String out = seed("text").out();
    List<String> tooWide = new ArrayList<>();
    out.lines().filter(l -> l.codePointCount(0, l.length()) > 120).forEach(tooWide::add);
    assertThat(tooWide).as("lines wider than 120 columns").isEmpty();
    Golden.check("verify-seed.txt", out);
  }

  @Test
  void verify_seedMarkdown_matchesGolden() {
    Golden.check("verify-seed.md", seed("md").out());
  }

  @Test
  void verify_seedHtml_matchesGolden() {
    Golden.check("verify-seed.html", seed("html").out());
  }

  @Test
  void verify_seedJson_matchesGoldenAndTheHandCheckedFigures() {
    String out = seed("json").out();
    JsonNode doc = PLAIN.readTree(out);
    assertThat(doc.get("summary").get("passed").asBoolean()).isFalse();

    figure(
        doc, "Tabel 5", "1", "% Capaian", "IKU1", "52,74%", "52.73", "MATCH_WITH_OTHER_ROUNDING");
    assertThat(
            figureNode(doc, "Tabel 5", "1", "% Capaian", "IKU1")
                .get("alternativeRounding")
                .asString())
        .isEqualTo("half-up-2");
    figure(doc, "Tabel 5", "2", "% Capaian", "IKU2", "97,50%", "97.50", "MATCH");
    figure(doc, "Tabel 5", "3", "Kategori", "IKU3", "Sangat Baik", "Baik", "MISMATCH");
    figure(doc, "Tabel 5", "5", "Kategori", "IKU5", "Sangat Baik", "Memuaskan", "MISMATCH");
    figure(doc, "Tabel 13", "2", "% Capaian", "IKU4", "74.88%", "74.88", "MATCH");
    figure(doc, "Tabel 12", "4", "Realisasi (Rp)", "4", "245.594.404", "245594044", "MISMATCH");
    assertThat(figureNode(doc, "Tabel 12", "4", "Realisasi (Rp)", "4").get("difference").asString())
        .isEqualTo("360");
    JsonNode total = figureNode(doc, "Lampiran RFK", "TOTAL", "ANGGARAN", null);
    assertThat(total.get("recomputed").asString()).isEqualTo("3933915154");
    assertThat(total.get("difference").asString()).isEqualTo("610358900");
    figure(
        doc,
        "Tabel 14",
        "3.a.1",
        "Tingkat Efisiensi Anggaran",
        "3.a.1",
        "0,01",
        "0.00",
        "MISMATCH");
    assertThat(
            figureNode(doc, "Tabel 14", "3.a.1", "Tingkat Efisiensi Anggaran", "3.a.1")
                .get("difference")
                .asString())
        .isEqualTo("0.01");
    figure(doc, "Tabel 12", "1.a.1", "% Capaian", "1.a.1", "96,61%", "96.61", "MATCH");
    figure(doc, "Tabel 1", "1", "2020", "IKU1", "N/A", "NOT_APPLICABLE", "MATCH");

    Golden.check("verify-seed.json", out);
  }

  private static void figure(
      JsonNode doc,
      String table,
      String row,
      String column,
      String subject,
      String printed,
      String recomputed,
      String status) {
    JsonNode f = figureNode(doc, table, row, column, subject);
    String what = table + " row " + row + " " + column;
    assertThat(f.get("published").asString()).as(what).isEqualTo(printed);
    assertThat(f.get("recomputed").asString()).as(what).isEqualTo(recomputed);
    assertThat(f.get("status").asString()).as(what).isEqualTo(status);
  }

  private static JsonNode figureNode(
      JsonNode doc,
      String table,
      String row,
      String column,
      @org.jspecify.annotations.Nullable String subject) {
    for (JsonNode f : doc.get("figures")) {
      boolean sameSubject =
          subject == null
              ? !f.has("subject")
              : f.has("subject") && f.get("subject").asString().equals(subject);
      if (f.get("table").asString().equals(table)
          && f.get("row").asString().equals(row)
          && f.get("column").asString().equals(column)
          && sameSubject) {
        return f;
      }
    }
    throw new AssertionError("no figure " + table + " row " + row + " " + column + " " + subject);
  }
}
