package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;
import org.lkjip.xlsx.ReportWorkbookReader;
import org.lkjip.xlsx.ReportWorkbookWriter;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The workbook way in and out: template, export, import, verify a workbook, --format xlsx. */
class WorkbookCliTests {
  static final Path SEED_JSON = Path.of("data", "tebing-tinggi-2022.json");
  static final Path SEED_XLSX = Path.of("data", "tebing-tinggi-2022.xlsx");

  @TempDir Path dir;

  @Test
  void seedWorkbook_committed_isTheSeedReport() {
    Report json = new ReportReader().read(SEED_JSON);
    assertThat(new ReportWorkbookReader().readReport(SEED_XLSX)).isEqualTo(json);
  }

  @Test
  void verify_seedWorkbook_sameFiguresAndFindingsAsJson() {
    Auditor auditor = new Auditor(FormulaRegistry.standard());
    Verification fromJson =
        auditor.verify(
            new ReportReader().read(SEED_JSON), RuleSets.seedTebingTinggi2022(), Optional.empty());
    Verification fromXlsx =
        auditor.verify(
            new ReportWorkbookReader().readReport(SEED_XLSX),
            RuleSets.seedTebingTinggi2022(),
            Optional.empty());
    assertThat(fromXlsx.figures()).isEqualTo(fromJson.figures());
    assertThat(fromXlsx.findings()).isEqualTo(fromJson.findings());
    // and the CLI says the same, but for the input's hash
    String json = CliRun.of("verify", SEED_JSON.toString()).out();
    CliRun xlsx = CliRun.of("verify", SEED_XLSX.toString());
    assertThat(xlsx.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(withoutHash(xlsx.out())).isEqualTo(withoutHash(json));
  }

  @Test
  void evaluate_seedWorkbook_sameEvaluationAsJson_butTheInputHash() {
    CliRun json = CliRun.of("evaluate", SEED_JSON.toString());
    CliRun xlsx = CliRun.of("evaluate", SEED_XLSX.toString());
    assertThat(xlsx.exitCode()).isZero();
    assertThat(xlsx.out().replaceAll("\"[0-9a-f]{64}\"", "\"…\""))
        .isEqualTo(json.out().replaceAll("\"[0-9a-f]{64}\"", "\"…\""));
  }

  private static String withoutHash(String text) {
    return text.replaceAll("SHA-256 berkas masukan: [0-9a-f]{64}", "SHA-256 berkas masukan: …");
  }

  @Test
  void workbook_chosenByContent_notByName() throws Exception {
    Path disguised = dir.resolve("laporan.json");
    Files.copy(SEED_XLSX, disguised);
    CliRun run = CliRun.of("verify", disguised.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED); // the seed's own defects, read fine
  }

  @Test
  void exportThenImport_givesTheSameReport() throws Exception {
    Path xlsx = dir.resolve("laporan.xlsx");
    Path json = dir.resolve("back.json");
    assertThat(CliRun.of("export", SEED_JSON.toString(), "-o", xlsx.toString()).exitCode())
        .isZero();
    assertThat(CliRun.of("import", xlsx.toString(), "-o", json.toString()).exitCode()).isZero();
    assertThat(new ReportReader().read(json)).isEqualTo(new ReportReader().read(SEED_JSON));
  }

  @Test
  void template_thenVerify_listsWhatIsMissing_exit2_andWritesNothing() throws Exception {
    Path template = dir.resolve("laporan.xlsx");
    assertThat(CliRun.of("template", "-o", template.toString()).exitCode()).isZero();
    assertThat(CliRun.of("template", "-o", template.toString()).exitCode())
        .as("an existing file is not overwritten without --force")
        .isEqualTo(ExitCodes.BAD_INPUT);
    Path out = dir.resolve("hasil.json");
    CliRun run = CliRun.of("verify", template.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines())
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(l -> l.startsWith("lkjip: error: " + template + ": Identitas!C"))
        .anyMatch(l -> l.contains("'agency.name'"))
        .anyMatch(l -> l.contains("'fiscalYear'"))
        .noneMatch(l -> l.contains("'agency.region'")); // optional since 0.4
    assertThat(out).doesNotExist();
  }

  @Test
  void template_english_hasEnglishHeaders_sameKeys() throws Exception {
    Path id = dir.resolve("id.xlsx");
    Path en = dir.resolve("en.xlsx");
    CliRun.of("template", "-o", id.toString());
    CliRun.of("template", "-o", en.toString(), "--lang", "en");
    try (XSSFWorkbook a = open(id);
        XSSFWorkbook b = open(en)) {
      XSSFSheet ia = a.getSheet("Anggaran");
      XSSFSheet ib = b.getSheet("Anggaran");
      assertThat(ib.getRow(1).getCell(10).getStringCellValue())
          .isNotEqualTo(ia.getRow(1).getCell(10).getStringCellValue());
      for (int c = 0; c < ia.getRow(2).getLastCellNum(); c++) {
        assertThat(ib.getRow(2).getCell(c).getStringCellValue())
            .isEqualTo(ia.getRow(2).getCell(c).getStringCellValue());
      }
    }
  }

  @Test
  void verify_formatXlsx_writesTheAuditWorkbook_withCellsOfTheInput() throws Exception {
    Path out = dir.resolve("hasil.xlsx");
    CliRun run =
        CliRun.of("verify", SEED_XLSX.toString(), "--format", "xlsx", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    try (XSSFWorkbook wb = open(out)) {
      XSSFSheet first = wb.getSheetAt(0);
      assertThat(first.getSheetName()).isEqualTo("Ringkasan");
      boolean sourceSeen = false;
      for (int s = 1; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        // a title row, then the header row, then the figures
        for (int c = 0; c < sheet.getRow(1).getLastCellNum(); c++) {
          if (sheet.getRow(1).getCell(c).getCellType() == CellType.STRING
              && sheet.getRow(1).getCell(c).getStringCellValue().equals("Sumber")) {
            sourceSeen |=
                sheet.getRow(2).getCell(c).getStringCellValue().startsWith("'Angka Terbit'!");
          }
        }
      }
      assertThat(sourceSeen).as("figures point at the cells of the input workbook").isTrue();
      XSSFSheet findings = wb.getSheet("Temuan");
      boolean findingSource = false;
      int sourceColumn = -1;
      for (int c = 0; c < findings.getRow(1).getLastCellNum(); c++) {
        if (findings.getRow(1).getCell(c).getStringCellValue().equals("Sumber")) {
          sourceColumn = c;
        }
      }
      assertThat(sourceColumn).as("the findings sheet has a Sumber column").isNotNegative();
      for (int r = 2; r <= findings.getLastRowNum(); r++) {
        var c = findings.getRow(r).getCell(sourceColumn);
        findingSource |= c != null && c.getStringCellValue().startsWith("'Angka Terbit'!D");
      }
      assertThat(findingSource).as("findings about a printed figure point at its cell").isTrue();
    }
    assertThat(CliRun.of("verify", SEED_XLSX.toString(), "--format", "xlsx").exitCode())
        .as("a workbook needs -o")
        .isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void generatedReports_jsonToWorkbookToJson_equal() {
    ReportWorkbookWriter writer = new ReportWorkbookWriter();
    ReportWorkbookReader reader = new ReportWorkbookReader();
    QuickTheory.qt()
        .withExamples(25)
        .withFixedSeed(20261207L)
        .forAll(SourceDSL.longs().between(0, Long.MAX_VALUE / 2))
        .checkAssert(
            seed -> {
              Report report = SyntheticReports.generate(seed);
              Path file = dir.resolve("g-" + seed + ".xlsx");
              try {
                writer.write(report, file);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              assertThat(reader.readReport(file)).isEqualTo(report);
            });
  }

  private static XSSFWorkbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XSSFWorkbook(in);
    }
  }
}
