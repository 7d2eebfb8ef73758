package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.io.IndonesianNumbers;

/**
 * Opens the audit workbook of the seed as a spreadsheet application does: LibreOffice converts
 * every sheet to CSV, and the numbers and texts must be there. Skipped unless {@code soffice} or
 * {@code libreoffice} is on the PATH (Debian: {@code apt-get install libreoffice-calc-nogui}).
 */
class AuditWorkbookLibreOfficeTests {
  /**
   * LibreOffice's CSV filter: comma, double quote, UTF-8, from line 1, no column formats, default
   * language, [import options], "save cell contents as shown" (the 9th token), no formulas, no
   * trimming, every sheet (-1: one file per sheet, named FILE-Sheet.csv; LibreOffice 7.2+).
   */
  private static final String RAW =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  private static final String AS_SHOWN =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

  private static final Locale ID = Locale.forLanguageTag("id");

  private static @Nullable Path office() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator, -1)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Converts {@code xlsx} to one CSV per sheet: sheet name → rows. */
  private static Map<String, List<List<String>>> convert(
      Path xlsx, Path dir, String filter, Map<String, String> env)
      throws IOException, InterruptedException {
    Path office = office();
    assumeTrue(office != null, "LibreOffice (soffice) is not on the PATH");
    Path out = Files.createDirectories(dir.resolve("csv"));
    ProcessBuilder pb =
        new ProcessBuilder(
                office.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                filter,
                "--outdir",
                out.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish in 5 minutes");
    }
    String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();
    String base = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    try (var files = Files.list(out)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        assertThat(name).startsWith(base + "-").endsWith(".csv");
        String sheet = name.substring(base.length() + 1, name.length() - ".csv".length());
        sheets.put(sheet, csv(Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    assertThat(sheets).as(log).isNotEmpty();
    return sheets;
  }

  /** RFC 4180 rows: fields separated by commas, quoted with '"' (doubled inside). */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static Path seedWorkbook(Path dir) throws IOException {
    Path xlsx = dir.resolve("audit.xlsx");
    Files.write(
        xlsx,
        AuditWorkbookWriterTests.bytes(AuditWorkbookWriterTests.seed(), ID, i -> Optional.empty()));
    return xlsx;
  }

  private static String cell(List<String> row, int col) {
    return col < row.size() ? row.get(col) : "";
  }

  /** The second field of the first row whose first field is {@code label}. */
  private static String valueOf(List<List<String>> rows, String label) {
    return rows.stream()
        .filter(r -> cell(r, 0).equals(label))
        .map(r -> cell(r, 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label));
  }

  private static Map<String, List<FigureReconciliation>> byTable(Verification v) {
    Map<String, List<FigureReconciliation>> out = new LinkedHashMap<>();
    for (FigureReconciliation f : v.figures()) {
      out.computeIfAbsent(f.published().table(), t -> new ArrayList<>()).add(f);
    }
    return out;
  }

  @Test
  void libreOffice_seed_everySheetWithSummaryCountsAndMismatchRows(@TempDir Path dir)
      throws IOException, InterruptedException {
    Verification v = AuditWorkbookWriterTests.seed();
    Map<String, List<List<String>>> sheets = convert(seedWorkbook(dir), dir, RAW, Map.of());
    Map<String, List<FigureReconciliation>> tables = byTable(v);
    List<String> expected = new ArrayList<>();
    expected.add("Ringkasan");
    expected.addAll(tables.keySet());
    expected.add("Temuan");
    assertThat(sheets.keySet()).containsExactlyInAnyOrderElementsOf(expected);

    List<List<String>> summary = Objects.requireNonNull(sheets.get("Ringkasan"));
    assertThat(valueOf(summary, "Kesimpulan")).isEqualTo(v.passed() ? "LULUS" : "TIDAK LULUS");
    assertThat(valueOf(summary, "Tahun anggaran")).isEqualTo(Integer.toString(v.fiscalYear()));
    assertThat(valueOf(summary, "Jumlah angka terbit"))
        .isEqualTo(Integer.toString(v.figures().size()));
    for (Map.Entry<ReconciliationStatus, Integer> e : v.countsByStatus().entrySet()) {
      String label =
          switch (e.getKey()) {
            case MATCH -> "Sesuai";
            case MATCH_WITH_OTHER_ROUNDING -> "Sesuai dengan pembulatan lain";
            case MISMATCH -> "Tidak sesuai";
            case NOT_RECOMPUTABLE -> "Tidak dapat dihitung ulang";
          };
      assertThat(valueOf(summary, label)).as(e.getKey().name()).isEqualTo(e.getValue().toString());
    }
    for (Map.Entry<Severity, Integer> e : v.countsBySeverity().entrySet()) {
      String label =
          switch (e.getKey()) {
            case ERROR -> "Kesalahan";
            case WARNING -> "Peringatan";
            case INFO -> "Informasi";
          };
      assertThat(valueOf(summary, label)).as(e.getKey().name()).isEqualTo(e.getValue().toString());
    }

    int mismatches = 0;
    for (Map.Entry<String, List<FigureReconciliation>> t : tables.entrySet()) {
      List<List<String>> rows = Objects.requireNonNull(sheets.get(t.getKey()));
      // Title, header, one row per figure.
      assertThat(rows).as(t.getKey()).hasSize(t.getValue().size() + 2);
      assertThat(cell(rows.get(1), 0)).isEqualTo("Baris");
      for (int i = 0; i < t.getValue().size(); i++) {
        FigureReconciliation f = t.getValue().get(i);
        List<String> row = rows.get(i + 2);
        assertThat(cell(row, 0)).isEqualTo(f.published().row());
        assertThat(cell(row, 5)).isEqualTo(f.published().printed());
        if (f.status() == ReconciliationStatus.MISMATCH) {
          assertThat(cell(row, 1)).isEqualTo(f.published().column());
          assertThat(cell(row, 9)).isEqualTo("Tidak sesuai");
          f.difference()
              .ifPresent(
                  d -> assertThat(Double.parseDouble(cell(row, 8))).isEqualTo(d.doubleValue()));
          AuditMessages.cause(f, ID).ifPresent(c -> assertThat(cell(row, 10)).isEqualTo(c));
          mismatches++;
        }
      }
    }
    assertThat(mismatches).isPositive();
    List<List<String>> findings = Objects.requireNonNull(sheets.get("Temuan"));
    assertThat(findings).hasSize(v.findings().size() + 2);
    assertThat(cell(findings.get(2), 6)).isEqualTo(AuditMessages.finding(v.findings().get(0), ID));
  }

  @Test
  void libreOffice_indonesianLocale_numbersShownWithIndonesianSeparators(@TempDir Path dir)
      throws IOException, InterruptedException {
    Verification v = AuditWorkbookWriterTests.seed();
    Map<String, List<List<String>>> sheets =
        convert(
            seedWorkbook(dir),
            dir,
            AS_SHOWN,
            Map.of("LANG", "id_ID.UTF-8", "LC_ALL", "id_ID.UTF-8"));
    // Every printed value, as LibreOffice shows it in id-ID: its decimals, "." groups, ","
    // decimals.
    boolean checked = false;
    for (Map.Entry<String, List<FigureReconciliation>> t : byTable(v).entrySet()) {
      List<List<String>> rows = Objects.requireNonNull(sheets.get(t.getKey()));
      for (int i = 0; i < t.getValue().size(); i++) {
        FigureReconciliation f = t.getValue().get(i);
        if (f.published().value().isEmpty()) {
          continue;
        }
        String expected =
            IndonesianNumbers.formatIndonesian(
                f.published().value().get(), Math.max(0, f.published().value().get().scale()));
        assertThat(cell(rows.get(i + 2), 6)).as(t.getKey() + " " + i).isEqualTo(expected);
        checked = true;
      }
    }
    assertThat(checked).isTrue();
  }

  @Test
  void libreOffice_hostileNamesAndTexts_opensEverySheet(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path xlsx = dir.resolve("hostile.xlsx");
    Verification v = AuditWorkbookWriterTests.hostile();
    Files.write(xlsx, AuditWorkbookWriterTests.bytes(v, ID, i -> Optional.empty()));
    Map<String, List<List<String>>> sheets = convert(xlsx, dir, RAW, Map.of());
    assertThat(sheets).hasSize(AuditWorkbookWriterTests.hostileTables().size() + 2);
    int tables = 0;
    for (Map.Entry<String, List<List<String>>> e : sheets.entrySet()) {
      List<List<String>> rows = e.getValue();
      if (rows.size() == 3 && cell(rows.get(1), 0).equals("Baris")) {
        assertThat(cell(rows.get(2), 5)).isEqualTo("=1+1");
        assertThat(cell(rows.get(2), 6)).isEqualTo("1234.5");
        assertThat(cell(rows.get(2), 9)).isEqualTo("Tidak sesuai");
        assertThat(cell(rows.get(2), 10)).isEqualTo("_x0041_ \uFFFD");
        tables++;
      }
    }
    assertThat(tables).isEqualTo(AuditWorkbookWriterTests.hostileTables().size());
  }
}
