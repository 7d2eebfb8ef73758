package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Absence;
import org.lkjip.model.Cell;
import org.lkjip.model.Indicator;
import org.lkjip.model.Observation;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The reader's rules, on the seed report written as a workbook and then edited the way a person
 * edits it in Excel (POI's XSSF user model): numbers as a person sees them, Indonesian text where a
 * number is expected, absence words, formulas and their saved values, error cells, tolerated layout
 * changes, and every problem located at its {@code Sheet!Cell}, all of a file in one run.
 *
 * <p>Cells used (the seed's layout): {@code 'Data Dukung'!D4} is IKU1's input "placed" of 2022
 * (141), {@code 'Data Dukung'!D5} the one of 2021 (105); {@code Anggaran} row 6 is sub-activity
 * 1.a.1 with its pagu in K6 and its physical progress in M6; {@code 'Isi Data'!D4} is a cell of
 * data set placements-2022 (Nihil).
 */
class ReportWorkbookReaderTests {
  private static final Path SEED = Path.of("..", "examples", "data", "tebing-tinggi-2022.json");
  private static final Report SEED_REPORT = new ReportReader().read(SEED);
  private static final byte[] SEED_WORKBOOK = workbookOf(SEED_REPORT);

  @TempDir Path dir;

  /** An edit of the seed workbook in POI's user model. */
  @FunctionalInterface
  interface Edit {
    void apply(XSSFWorkbook wb) throws Exception;
  }

  private static byte[] workbookOf(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new ReportWorkbookWriter().write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The seed workbook, opened, changed by {@code edit} and saved as {@code laporan.xlsx}. */
  private Path edited(Edit edit) throws Exception {
    Path out = Files.createTempDirectory(dir, "wb").resolve("laporan.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(SEED_WORKBOOK))) {
      edit.apply(wb);
      try (OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
    return out;
  }

  /**
   * A new cell at {@code ref} of {@code sheet} with the style of the one it replaces, as typing
   * over a cell in Excel gives. (Setting a value on POI's cell of an inline string would keep the
   * old text, which Excel shows: see {@link #read_valueSetOnInlineStringCell_readsWhatExcelShows}.)
   */
  private static XSSFCell cell(XSSFWorkbook wb, String sheet, String ref) {
    CellReference cr = new CellReference(ref);
    XSSFSheet s = wb.getSheet(sheet);
    XSSFRow row = s.getRow(cr.getRow());
    if (row == null) {
      row = s.createRow(cr.getRow());
    }
    XSSFCell old = row.getCell(cr.getCol());
    XSSFCellStyle style = old == null ? null : old.getCellStyle();
    XSSFCell c = row.createCell(cr.getCol());
    if (style != null) {
      c.setCellStyle(style);
    }
    return c;
  }

  /** The cell at {@code ref} as it is (POI's own object, with its value). */
  private static XSSFCell existingCell(XSSFWorkbook wb, String sheet, String ref) {
    CellReference cr = new CellReference(ref);
    return wb.getSheet(sheet).getRow(cr.getRow()).getCell(cr.getCol());
  }

  /** A new cell at {@code ref}, replacing the one there: no value, no style. */
  private static XSSFCell freshCell(XSSFWorkbook wb, String sheet, String ref) {
    CellReference cr = new CellReference(ref);
    XSSFSheet s = wb.getSheet(sheet);
    XSSFRow row = s.getRow(cr.getRow());
    if (row == null) {
      row = s.createRow(cr.getRow());
    }
    return row.createCell(cr.getCol());
  }

  private static XSSFCellStyle styleWithFormat(XSSFWorkbook wb, String format) {
    XSSFCellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }

  private static WorkbookReport read(Path file) {
    return new ReportWorkbookReader().read(file);
  }

  private static WorkbookInputException problems(Path file) {
    WorkbookInputException e = catchThrowableOfType(WorkbookInputException.class, () -> read(file));
    assertThat(e).as("a WorkbookInputException for %s", file).isNotNull();
    for (String line : e.lines()) {
      assertThat(line).doesNotContain("\n", "\r").startsWith(file + ": ");
    }
    return e;
  }

  private static Observation input(Report r, String indicator, String name, int year) {
    Indicator i = r.find(indicator, Indicator.class).orElseThrow();
    return i.inputs().stream()
        .filter(o -> o.name().equals(name) && o.year() == year)
        .findFirst()
        .orElseThrow();
  }

  private static SubActivity sub(Report r, String id) {
    return r.find(id, SubActivity.class).orElseThrow();
  }

  private static Cell datasetCell(Report r, String dataset, int row, int column) {
    return r.datasets().stream()
        .filter(d -> d.id().equals(dataset))
        .findFirst()
        .orElseThrow()
        .rows()
        .get(row)
        .cells()
        .get(column);
  }

  /** The text of one zip entry of {@code file}. */
  private static String entry(Path file, String name) throws IOException {
    try (ZipFile z = new ZipFile(file.toFile())) {
      return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // --- the seed as it is --------------------------------------------------------------------

  @Test
  void read_seedOpenedAndSavedInPoi_equalReport() throws Exception {
    Path file = edited(wb -> {});

    assertThat(read(file).report()).isEqualTo(SEED_REPORT);
  }

  // --- numbers as a person sees them ----------------------------------------------------------

  @Test
  void read_sumWithBinaryNoise_isWhatExcelShows() throws Exception {
    Path file =
        edited(
            wb -> {
              XSSFCell c = cell(wb, "Data Dukung", "D4");
              c.setCellValue(0.1 + 0.2);
              c.setCellStyle(styleWithFormat(wb, "General"));
            });

    // the file holds the binary double; the reader gives what Excel shows
    assertThat(entry(file, "xl/worksheets/sheet9.xml")).contains("0.30000000000000004");
    assertThat(input(read(file).report(), "IKU1", "placed", 2022).value())
        .contains(new BigDecimal("0.3"));
  }

  @Test
  void read_percentCell_isHundredTimes() throws Exception {
    Path file =
        edited(
            wb -> {
              XSSFCell c = cell(wb, "Anggaran", "M6");
              c.setCellValue(0.3428);
              c.setCellStyle(styleWithFormat(wb, "0.00%"));
            });

    assertThat(sub(read(file).report(), "1.a.1").physicalProgress())
        .contains(new BigDecimal("34.28"));
  }

  @Test
  void read_groupedNumberAsText_isNumber() throws Exception {
    Path file = edited(wb -> cell(wb, "Anggaran", "K6").setCellValue("3.308.936.254"));

    assertThat(sub(read(file).report(), "1.a.1").budget())
        .isEqualByComparingTo(new BigDecimal("3308936254"));
  }

  @Test
  void read_rupiahAsText_isNumber() throws Exception {
    Path file = edited(wb -> cell(wb, "Anggaran", "K6").setCellValue("Rp 2.693.549.200"));

    WorkbookReport r = read(file);

    assertThat(sub(r.report(), "1.a.1").budget())
        .isEqualByComparingTo(new BigDecimal("2693549200"));
    assertThat(r.report()).isEqualTo(SEED_REPORT);
  }

  @Test
  void read_percentAsText_isNumber() throws Exception {
    Path file = edited(wb -> cell(wb, "Anggaran", "M6").setCellValue("34,28%"));

    assertThat(sub(read(file).report(), "1.a.1").physicalProgress())
        .contains(new BigDecimal("34.28"));
  }

  @Test
  void read_absenceWordsWhereAbsenceAllowed_areNil() throws Exception {
    Path file =
        edited(
            wb -> {
              cell(wb, "Data Dukung", "D4").setCellValue("Nihil");
              cell(wb, "Data Dukung", "D5").setCellValue("-");
              cell(wb, "Data Dukung", "D6").setCellValue("Rp -");
              cell(wb, "Isi Data", "D4").setCellValue("-");
              cell(wb, "Isi Data", "D5").setCellValue("Rp -");
            });

    Report r = read(file).report();

    for (Observation o :
        List.of(
            input(r, "IKU1", "placed", 2022),
            input(r, "IKU1", "placed", 2021),
            input(r, "IKU2", "certified", 2022))) {
      assertThat(o.value()).as(o.name() + " " + o.year()).isEmpty();
      assertThat(o.absence()).as(o.name() + " " + o.year()).contains(Absence.NIL);
    }
    assertThat(datasetCell(r, "placements-2022", 0, 0).absence()).contains(Absence.NIL);
    assertThat(datasetCell(r, "placements-2022", 0, 1).absence()).contains(Absence.NIL);
  }

  @Test
  void read_absenceWordsWhereNumberRequired_areLocatedErrors() throws Exception {
    Path file =
        edited(
            wb -> {
              cell(wb, "Anggaran", "K6").setCellValue("Nihil");
              cell(wb, "Anggaran", "K8").setCellValue("-");
              cell(wb, "Anggaran", "K9").setCellValue("Rp -");
            });

    assertThat(problems(file).lines())
        .containsExactly(
            file + ": Anggaran!K6: expected a number, found \"Nihil\"",
            file + ": Anggaran!K8: expected a number, found \"-\"",
            file + ": Anggaran!K9: expected a number, found \"Rp -\"");
  }

  @Test
  void read_textThatIsNoNumber_isLocatedErrorWithReason() throws Exception {
    Path file = edited(wb -> cell(wb, "Anggaran", "K6").setCellValue("12,5,0"));

    WorkbookInputException e = problems(file);

    assertThat(e.lines()).hasSize(1);
    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ": Anggaran!K6: expected a number, found \"12,5,0\" (groups of thousands must"
                + " have 3 digits, found 5)");
  }

  // --- formulas --------------------------------------------------------------------------------

  @Test
  void read_formulaWithSavedValue_readsValue() throws Exception {
    Path file =
        edited(
            wb -> {
              FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
              XSSFCell number = cell(wb, "Data Dukung", "D4");
              number.setCellFormula("1+1");
              eval.evaluateFormulaCell(number);
              XSSFCell text = cell(wb, "Indikator", "E4");
              text.setCellFormula("\"%\"");
              eval.evaluateFormulaCell(text);
            });

    assertThat(entry(file, "xl/worksheets/sheet9.xml")).contains("<f>1+1</f>");
    Report r = read(file).report();

    assertThat(input(r, "IKU1", "placed", 2022).value()).contains(new BigDecimal("2"));
    assertThat(r.find("IKU1", Indicator.class).orElseThrow().unit()).isEqualTo("%");
  }

  @Test
  void read_formulaSavingEmptyText_isABlankCell() throws Exception {
    // =IF(...;"";...) saved with an empty result: blank, not "no saved value"; Catatan-free
    // Indikator.dataSource is optional, so the indicator simply has none.
    Path file =
        edited(
            wb -> {
              XSSFCell c = cell(wb, "Indikator", "I4");
              c.setCellFormula("IF(1=1,\"\",\"x\")");
              wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
            });

    assertThat(read(file).report().find("IKU1", Indicator.class).orElseThrow().dataSource())
        .isEmpty();
  }

  @Test
  void read_textNumberOfTheWrongKind_isLocated() throws Exception {
    // a unit belongs in its own column; rupiah only in money columns
    Path file =
        edited(
            wb -> {
              cell(wb, "Anggaran", "K6").setCellValue("12 orang");
              cell(wb, "Data Dukung", "D4").setCellValue("Rp 141");
            });

    assertThat(problems(file).lines())
        .containsExactly(
            file
                + ": 'Data Dukung'!D4: expected a number or N/A, Nihil, -, found \"Rp 141\" (rupiah,"
                + " in a column that is not money)",
            file
                + ": Anggaran!K6: expected a number, found \"12 orang\" (a quantity with the unit"
                + " 'orang': type the number only)");
  }

  @Test
  void read_dateInATextColumn_saysTypeItAsText() throws Exception {
    // Excel in id-ID turns a typed code such as "2.07" into a date; the reader says so.
    Path file =
        edited(
            wb -> {
              XSSFCell c = freshCell(wb, "Anggaran", "C4");
              c.setCellValue(44745);
              c.setCellStyle(styleWithFormat(wb, "d/m/yyyy"));
            });

    assertThat(problems(file).lines())
        .containsExactly(
            file
                + ": Anggaran!C4: Excel stored a date here (format d/m/yyyy), not the text typed:"
                + " format the column as Text and type it again");
  }

  @Test
  void read_formulaWithoutSavedValue_saysOpenAndSave() throws Exception {
    Path file = edited(wb -> freshCell(wb, "Data Dukung", "D5").setCellFormula("2+2"));

    // POI writes a new formula cell without a cached value, as a generator would
    assertThat(entry(file, "xl/worksheets/sheet9.xml")).contains("<f>2+2</f></c>");
    assertThat(problems(file).lines())
        .containsExactly(
            file
                + ": 'Data Dukung'!D5: the formula =2+2 has no saved value: open the workbook in"
                + " Excel or LibreOffice and save it once");
  }

  @Test
  void read_errorCells_areLocatedErrorsNamingTheError() throws Exception {
    Path file =
        edited(
            wb -> {
              cell(wb, "Data Dukung", "D4").setCellErrorValue(FormulaError.DIV0.getCode());
              cell(wb, "Data Dukung", "D6").setCellErrorValue(FormulaError.REF.getCode());
              XSSFCell computed = cell(wb, "Anggaran", "K6");
              computed.setCellFormula("1/0");
              wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(computed);
            });

    assertThat(problems(file).lines())
        .containsExactlyInAnyOrder(
            file
                + ": 'Data Dukung'!D4: the cell holds the error #DIV/0!: correct its formula or"
                + " type the value",
            file
                + ": 'Data Dukung'!D6: the cell holds the error #REF!: correct its formula or"
                + " type the value",
            file
                + ": Anggaran!K6: the cell holds the error #DIV/0!: correct its formula or type"
                + " the value");
  }

  @Test
  void read_valueSetOnInlineStringCell_readsWhatExcelShows() throws Exception {
    // POI keeps the inline text and adds <v>IKU99</v> beside it; Excel and POI show the inline
    // text, and so does the reader (it used to read the two run together, "IKU99IKU1").
    Path file = edited(wb -> existingCell(wb, "Target", "A4").setCellValue("IKU99"));

    assertThat(entry(file, "xl/worksheets/sheet8.xml"))
        .contains("<c r=\"A4\" s=\"6\" t=\"inlineStr\"><v>IKU99</v><is><t>IKU1</t></is></c>");
    try (XSSFWorkbook wb = wb(file)) {
      assertThat(existingCell(wb, "Target", "A4").getStringCellValue()).isEqualTo("IKU1");
    }
    assertThat(read(file).report()).isEqualTo(SEED_REPORT);
  }

  // --- tolerated layout --------------------------------------------------------------------------

  @Test
  void read_blankRowsInTheMiddle_areSkipped() throws Exception {
    Path file =
        edited(
            wb -> {
              XSSFSheet s = wb.getSheet("Sasaran");
              s.shiftRows(4, s.getLastRowNum(), 3); // rows 5 to 7 become blank
              XSSFRow styledOnly = s.createRow(5); // a row of cells without values
              styledOnly.createCell(0).setCellStyle(styleWithFormat(wb, "@"));
              styledOnly.createCell(1).setCellValue("");
              styledOnly.createCell(2).setCellValue("   ");
              XSSFSheet t = wb.getSheet("Target");
              t.shiftRows(10, t.getLastRowNum(), 1);
            });

    assertThat(read(file).report()).isEqualTo(SEED_REPORT);
  }

  @Test
  void read_mergedTitleCellsAboveKeyRow_areTolerated() throws Exception {
    Path file =
        edited(
            wb -> {
              XSSFSheet s = wb.getSheet("Indikator");
              s.shiftRows(0, s.getLastRowNum(), 2);
              s.createRow(0).createCell(0).setCellValue("PEMERINTAH KOTA TEBING TINGGI");
              s.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
              s.createRow(1).createCell(0).setCellValue("Lampiran LKjIP 2022");
              s.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
            });

    assertThat(read(file).report()).isEqualTo(SEED_REPORT);
  }

  @Test
  void read_notesColumn_isIgnored() throws Exception {
    Path file =
        edited(
            wb -> {
              cell(wb, "Indikator", "K3").setCellValue("catatan-auditor");
              cell(wb, "Indikator", "K4").setCellValue("periksa lagi: angka 2021?");
              cell(wb, "Indikator", "K5").setCellValue(42);
              cell(wb, "Anggaran", "N6").setCellValue("catatan biasa di kolom catatan");
            });

    assertThat(read(file).report()).isEqualTo(SEED_REPORT);
  }

  @Test
  void read_columnMovedToAnotherPosition_isReadByKey() throws Exception {
    Path file =
        edited(
            wb -> {
              swapColumns(wb.getSheet("Indikator"), 2, 3); // id <-> name
              swapColumns(wb.getSheet("Anggaran"), 10, 12); // budget <-> physicalProgress
            });

    try (XSSFWorkbook wb = wb(file)) {
      assertThat(existingCell(wb, "Anggaran", "K3").getStringCellValue())
          .isEqualTo("physicalProgress");
      assertThat(existingCell(wb, "Indikator", "C3").getStringCellValue()).isEqualTo("name");
    }
    assertThat(read(file).report()).isEqualTo(SEED_REPORT);
  }

  @Test
  void read_headerLabelsReworded_isReadByKey() throws Exception {
    Path file =
        edited(
            wb -> {
              for (Sheet sheet : Sheet.values()) {
                XSSFRow header = wb.getSheet(sheet.sheetName()).getRow(1);
                for (int c = 0; c < header.getLastCellNum(); c++) {
                  cell(wb, sheet.sheetName(), new CellReference(1, c).formatAsString())
                      .setCellValue("Kolom ke-" + (c + 1));
                }
              }
            });

    assertThat(read(file).report()).isEqualTo(SEED_REPORT);
  }

  /** Swaps two columns of every row (value and style), as cutting and pasting does in Excel. */
  private static void swapColumns(XSSFSheet s, int a, int b) {
    int spare = 60;
    CellCopyPolicy policy = new CellCopyPolicy();
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      XSSFRow row = s.getRow(r);
      if (row == null) {
        continue;
      }
      XSSFCell tmp = row.createCell(spare);
      tmp.copyCellFrom(row.getCell(a), policy);
      row.createCell(a).copyCellFrom(row.getCell(b), policy);
      row.createCell(b).copyCellFrom(tmp, policy);
      row.removeCell(tmp);
    }
  }

  // --- located errors ------------------------------------------------------------------------

  @Test
  void read_unknownKeyInKeyRow_isErrorAtThatCell() throws Exception {
    Path file =
        edited(
            wb -> {
              cell(wb, "Indikator", "K3").setCellValue("warna");
              cell(wb, "Indikator", "K4").setCellValue("merah");
            });

    assertThat(problems(file).lines())
        .containsExactly(
            file
                + ": Indikator!K3: unknown column key 'warna': the keys of this sheet are"
                + " objective, plan, id, name, unit, polarity, formula, formulaText, dataSource"
                + " (a notes column's key starts with 'catatan')");
  }

  @Test
  void read_valueInColumnWithoutKey_isErrorAtThatCell() throws Exception {
    Path file = edited(wb -> cell(wb, "Indikator", "L5").setCellValue("x"));

    assertThat(problems(file).lines())
        .containsExactly(
            file
                + ": Indikator!L5: a value in a column without a key: give the column a key in"
                + " the key row (or 'catatan' for notes), or clear it");
  }

  @Test
  void read_problemsInSeveralSheets_allListedInOneException() throws Exception {
    Path file =
        edited(
            wb -> {
              cell(wb, "Skala", "B4").setCellValue("delapan puluh");
              cell(wb, "Data Dukung", "D4").setCellErrorValue(FormulaError.DIV0.getCode());
              cell(wb, "Anggaran", "K6").setCellValue("12,5,0");
              freshCell(wb, "Triwulan", "D7").setCellFormula("SUM(D1:D4)");
            });

    WorkbookInputException e = problems(file);

    assertThat(e.lines()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(e.lines())
        .anySatisfy(l -> assertThat(l).startsWith(file + ": Skala!B4: expected a number"))
        .anySatisfy(l -> assertThat(l).startsWith(file + ": 'Data Dukung'!D4: the cell holds"))
        .anySatisfy(l -> assertThat(l).startsWith(file + ": Anggaran!K6: expected a number"))
        .anySatisfy(l -> assertThat(l).startsWith(file + ": Triwulan!D7: the formula =SUM"));
    assertThat(e.truncated()).isFalse();
  }

  @Test
  void read_moreProblemsThanLimitWhileReadingSheets_truncated() throws Exception {
    int rows = ReportWorkbookReader.MAX_PROBLEMS + 50;
    Path file =
        edited(
            wb -> {
              for (int r = 3; r < 3 + rows; r++) {
                cell(wb, "Angka Terbit", "Z" + (r + 1)).setCellValue("x");
              }
            });

    WorkbookInputException e = problems(file);

    assertThat(e.truncated()).isTrue();
    assertThat(e.problems()).hasSize(ReportWorkbookReader.MAX_PROBLEMS);
    assertThat(e.lines())
        .hasSize(ReportWorkbookReader.MAX_PROBLEMS + 1)
        .last()
        .isEqualTo(
            file
                + ": more problems not shown (the first "
                + ReportWorkbookReader.MAX_PROBLEMS
                + " are listed)");
  }

  @Test
  void read_moreProblemsThanLimitInValues_truncated() throws Exception {
    Path file =
        edited(
            wb -> {
              XSSFSheet s = wb.getSheet("Isi Data");
              for (int r = 3; r <= s.getLastRowNum(); r++) {
                cell(wb, "Isi Data", "D" + (r + 1)).setCellValue("banyak");
              }
            });

    WorkbookInputException e = problems(file);

    try (XSSFWorkbook wb = wb(file)) {
      assertThat(wb.getSheet("Isi Data").getLastRowNum() - 2)
          .isGreaterThan(ReportWorkbookReader.MAX_PROBLEMS);
    }
    assertThat(e.truncated()).isTrue();
    assertThat(e.problems()).hasSize(ReportWorkbookReader.MAX_PROBLEMS);
    assertThat(e.getMessage())
        .startsWith(file + ": 'Isi Data'!D4: expected a number or N/A, Nihil, -, found \"banyak\"");
  }

  private static XSSFWorkbook wb(Path file) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  @Test
  void read_danglingReference_isErrorAtItsCell() throws Exception {
    Path file = edited(wb -> cell(wb, "Target", "A4").setCellValue("IKU99"));

    assertThat(problems(file).lines())
        .containsExactly(
            file + ": Target!A4: unknown indicator 'IKU99': not an id of sheet Indikator");
  }

  @Test
  void read_duplicateId_isErrorAtTheSecondCell() throws Exception {
    Path file = edited(wb -> cell(wb, "Rencana", "A5").setCellValue("rpjmd-2017-2022"));

    assertThat(problems(file).getMessage())
        .isEqualTo(file + ": Rencana!A5: the id 'rpjmd-2017-2022' is already used at Rencana!A4");
  }

  @Test
  void read_otherFormatVersion_isErrorAtTheFormatCell() throws Exception {
    Path file = edited(wb -> cell(wb, "Identitas", "C4").setCellValue("lkjip-workbook/2"));

    assertThat(problems(file).lines())
        .containsExactly(
            file + ": Identitas!C4: expected format 'lkjip-workbook/1', found 'lkjip-workbook/2'");
  }

  @Test
  void read_withoutIdentitySheet_isRefused() throws Exception {
    Path file = edited(wb -> wb.removeSheetAt(wb.getSheetIndex("Identitas")));

    assertThat(problems(file).lines())
        .containsExactly(
            file
                + ": no sheet 'Identitas': this is not an lkjip-workbook/1 workbook (start from"
                + " 'lkjip template')");
  }

  @Test
  void read_unknownSheet_isErrorNamingIt() throws Exception {
    Path file = edited(wb -> wb.createSheet("Rekap").createRow(0).createCell(0).setCellValue(1));

    assertThat(problems(file).getMessage()).startsWith(file + ": Rekap: unknown sheet: ");
  }
}
