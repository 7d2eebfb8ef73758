package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Fact;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ImmutableFigureReconciliation;
import org.lkjip.evaluation.audit.ImmutableFinding;
import org.lkjip.evaluation.audit.ImmutableVerification;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportReader;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

class AuditWorkbookWriterTests {
  static final Path SEED = Path.of("..", "examples", "data", "tebing-tinggi-2022.json");

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Locale EN = Locale.forLanguageTag("en");

  /** Columns of a table sheet. */
  private static final int ROW = 0;

  private static final int YEAR = 3;
  private static final int PRINTED = 5;
  private static final int VALUE = 6;
  private static final int RECOMPUTED = 7;
  private static final int DIFFERENCE = 8;
  private static final int STATUS = 9;
  private static final int CAUSE = 10;
  private static final int SOURCE = 12;

  /** Rows of a table or findings sheet before the data: the title and the header. */
  private static final int DATA = 2;

  private static @Nullable Verification seedVerification;

  static synchronized Verification seed() {
    if (seedVerification == null) {
      Report report = new ReportReader().read(SEED);
      seedVerification =
          new Auditor(FormulaRegistry.standard())
              .verify(report, RuleSets.seedTebingTinggi2022(), Optional.of("ab".repeat(32)));
    }
    return seedVerification;
  }

  static byte[] bytes(Verification v, Locale locale, Function<Integer, Optional<String>> source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      AuditWorkbookWriter.write(v, out, locale, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static XSSFWorkbook read(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XSSFWorkbook write(Verification v) {
    return read(v.equals(seed()) ? seedBytes() : bytes(v, ID, i -> Optional.empty()));
  }

  private static byte @Nullable [] seedBytes;

  /** The seed's workbook in Indonesian without sources, written once (the output is the same). */
  static synchronized byte[] seedBytes() {
    if (seedBytes == null) {
      seedBytes = bytes(seed(), ID, i -> Optional.empty());
    }
    return seedBytes.clone();
  }

  private static Map<String, List<FigureReconciliation>> byTable(Verification v) {
    Map<String, List<FigureReconciliation>> out = new LinkedHashMap<>();
    for (FigureReconciliation f : v.figures()) {
      out.computeIfAbsent(f.published().table(), t -> new ArrayList<>()).add(f);
    }
    return out;
  }

  private static int count(Verification v, ReconciliationStatus s) {
    return Objects.requireNonNull(v.countsByStatus().get(s));
  }

  private static Properties labels(String file) {
    Properties p = new Properties();
    try (InputStream in = AuditWorkbookWriter.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String label(String key) {
    return labels("AuditWorkbook.properties").getProperty(key);
  }

  private static String labelEn(String key) {
    return labels("AuditWorkbook_en.properties").getProperty(key);
  }

  /** The text of a cell, "" for a missing or blank cell. */
  private static String text(Row row, int col) {
    Cell c = row.getCell(col);
    if (c == null || c.getCellType() == CellType.BLANK) {
      return "";
    }
    return c.getStringCellValue();
  }

  private static boolean blank(Row row, int col) {
    Cell c = row.getCell(col);
    return c == null || c.getCellType() == CellType.BLANK;
  }

  /** The numeric cell right of the first cell in column A with text {@code label}. */
  private static Cell valueOf(XSSFSheet sheet, String label) {
    for (Row row : sheet) {
      if (text(row, 0).equals(label)) {
        return row.getCell(1);
      }
    }
    throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
  }

  private static String fill(Cell c) {
    XSSFColor color = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor();
    return color == null ? "" : color.getARGBHex();
  }

  // ---- the seed

  @Test
  void write_seed_summaryFirstTablesThenFindings() {
    Verification v = seed();
    try (XSSFWorkbook wb = write(v)) {
      List<String> tables = new ArrayList<>(byTable(v).keySet());
      assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size() + 2);
      assertThat(wb.getSheetName(0)).isEqualTo("Ringkasan");
      for (int i = 0; i < tables.size(); i++) {
        // The seed's table names are valid sheet names: kept as they are, in report order.
        assertThat(wb.getSheetName(i + 1)).isEqualTo(tables.get(i));
      }
      assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("Temuan");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void write_seed_summaryCountsAreTheVerificationsCounts() throws IOException {
    Verification v = seed();
    try (XSSFWorkbook wb = write(v)) {
      XSSFSheet summary = wb.getSheetAt(0);
      for (Map.Entry<ReconciliationStatus, Integer> e : v.countsByStatus().entrySet()) {
        Cell c = valueOf(summary, label("status." + e.getKey().name()));
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(c.getNumericCellValue())
            .as(e.getKey().name())
            .isEqualTo(e.getValue().intValue());
      }
      for (Map.Entry<Severity, Integer> e : v.countsBySeverity().entrySet()) {
        Cell c = valueOf(summary, label("severity." + e.getKey().name()));
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(c.getNumericCellValue())
            .as(e.getKey().name())
            .isEqualTo(e.getValue().intValue());
      }
      assertThat(valueOf(summary, label("summary.figuresTotal")).getNumericCellValue())
          .isEqualTo(v.figures().size());
      assertThat(valueOf(summary, label("summary.findingsTotal")).getNumericCellValue())
          .isEqualTo(v.findings().size());
      assertThat(valueOf(summary, label("summary.fiscalYear")).getNumericCellValue())
          .isEqualTo(v.fiscalYear());
      assertThat(valueOf(summary, label("summary.agency")).getStringCellValue())
          .isEqualTo(v.agency());
      assertThat(valueOf(summary, label("summary.region")).getStringCellValue())
          .isEqualTo(v.region().orElseThrow());
      assertThat(valueOf(summary, label("summary.ruleSet")).getStringCellValue())
          .isEqualTo(v.ruleSetId());
      assertThat(valueOf(summary, label("summary.ruleSetVersion")).getStringCellValue())
          .isEqualTo(v.ruleSetVersion());
      assertThat(valueOf(summary, label("summary.inputHash")).getStringCellValue())
          .isEqualTo(v.inputHash().orElseThrow());
      Cell verdict = valueOf(summary, label("summary.verdict"));
      assertThat(verdict.getStringCellValue())
          .isEqualTo(label(v.passed() ? "verdict.passed" : "verdict.failed"));
      assertThat(fill(verdict)).isEqualTo("FF" + AuditStyles.fillOfVerdict(v.passed()));
      // Statuses with their fill on the summary too.
      Cell mismatch =
          summary.getRow(valueOf(summary, label("status.MISMATCH")).getRowIndex()).getCell(0);
      assertThat(fill(mismatch))
          .isEqualTo("FF" + AuditStyles.fillOf(ReconciliationStatus.MISMATCH));
    }
  }

  @Test
  void write_seed_largestDifferencesOnTheSummary() throws IOException {
    Verification v = seed();
    List<FigureReconciliation> expected =
        v.figures().stream()
            .filter(f -> f.status() == ReconciliationStatus.MISMATCH && f.difference().isPresent())
            .sorted(
                Comparator.comparing(
                    (FigureReconciliation f) -> f.difference().orElseThrow().abs(),
                    Comparator.reverseOrder()))
            .limit(AuditSummarySheet.LARGEST)
            .toList();
    assertThat(expected).isNotEmpty();
    try (XSSFWorkbook wb = write(v)) {
      XSSFSheet summary = wb.getSheetAt(0);
      int header = -1;
      for (Row row : summary) {
        if (text(row, 0).equals(label("column.table"))
            && text(row, 1).equals(label("column.row"))) {
          header = row.getRowNum();
          break;
        }
      }
      assertThat(header).isPositive();
      for (int i = 0; i < expected.size(); i++) {
        FigureReconciliation f = expected.get(i);
        Row row = summary.getRow(header + 1 + i);
        assertThat(text(row, 0)).isEqualTo(f.published().table());
        assertThat(text(row, 1)).isEqualTo(f.published().row());
        assertThat(text(row, 2)).isEqualTo(f.published().column());
        assertThat(text(row, 3)).isEqualTo(f.published().printed());
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(5).getNumericCellValue())
            .isEqualTo(f.difference().orElseThrow().doubleValue());
      }
    }
  }

  @Test
  void write_seed_oneRowPerFigureInReportOrder() throws IOException {
    Verification v = seed();
    try (XSSFWorkbook wb = write(v)) {
      int sheet = 1;
      for (Map.Entry<String, List<FigureReconciliation>> t : byTable(v).entrySet()) {
        XSSFSheet s = wb.getSheetAt(sheet++);
        assertThat(text(s.getRow(0), 0)).startsWith(t.getKey());
        assertThat(s.getLastRowNum() + 1 - DATA).as(t.getKey()).isEqualTo(t.getValue().size());
        for (int i = 0; i < t.getValue().size(); i++) {
          PublishedFigure p = t.getValue().get(i).published();
          Row row = s.getRow(DATA + i);
          assertThat(text(row, ROW)).isEqualTo(p.row());
          assertThat(text(row, 1)).isEqualTo(p.column());
          assertThat(text(row, PRINTED)).isEqualTo(p.printed());
        }
      }
    }
  }

  @Test
  void write_onlyProblems_tableSheetsListJustTheProblemsAndTheSummaryStillCountsAll()
      throws IOException {
    Verification v = seed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AuditWorkbookWriter.write(v, out, ID, i -> Optional.empty(), true);
    try (XSSFWorkbook only = read(out.toByteArray());
        XSSFWorkbook all = write(v)) {
      assertThat(only.getNumberOfSheets()).isEqualTo(all.getNumberOfSheets());
      int sheet = 1;
      int listed = 0;
      for (Map.Entry<String, List<FigureReconciliation>> t : byTable(v).entrySet()) {
        XSSFSheet s = only.getSheetAt(sheet);
        List<FigureReconciliation> problems =
            t.getValue().stream().filter(f -> f.status() != ReconciliationStatus.MATCH).toList();
        assertThat(s.getLastRowNum() + 1 - DATA).as(t.getKey()).isEqualTo(problems.size());
        for (int i = 0; i < problems.size(); i++) {
          PublishedFigure p = problems.get(i).published();
          assertThat(text(s.getRow(DATA + i), ROW)).isEqualTo(p.row());
          assertThat(text(s.getRow(DATA + i), PRINTED)).isEqualTo(p.printed());
        }
        // the title still counts every figure of the table
        assertThat(text(s.getRow(0), 0)).isEqualTo(text(all.getSheetAt(sheet).getRow(0), 0));
        listed += problems.size();
        sheet++;
      }
      assertThat(listed).isPositive().isLessThan(v.figures().size());
      // the summary is the same sheet as without the option
      XSSFSheet a = only.getSheetAt(0);
      XSSFSheet b = all.getSheetAt(0);
      assertThat(a.getLastRowNum()).isEqualTo(b.getLastRowNum());
      org.apache.poi.ss.usermodel.DataFormatter shown =
          new org.apache.poi.ss.usermodel.DataFormatter();
      for (int r = 0; r <= a.getLastRowNum(); r++) {
        if (a.getRow(r) != null) {
          for (int c = 0; c < 4; c++) {
            assertThat(shown.formatCellValue(a.getRow(r).getCell(c)))
                .isEqualTo(shown.formatCellValue(b.getRow(r).getCell(c)));
          }
        }
      }
    }
  }

  @Test
  void write_seed_numbersAreNumberCellsWithTheirDecimals() throws IOException {
    Verification v = seed();
    int numbers = 0;
    try (XSSFWorkbook wb = write(v)) {
      int sheet = 1;
      for (List<FigureReconciliation> figures : byTable(v).values()) {
        XSSFSheet s = wb.getSheetAt(sheet++);
        for (int i = 0; i < figures.size(); i++) {
          FigureReconciliation f = figures.get(i);
          Row row = s.getRow(DATA + i);
          assertThat(row.getCell(YEAR).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(row.getCell(PRINTED).getCellType()).isEqualTo(CellType.STRING);
          if (f.published().value().isPresent()) {
            BigDecimal value = f.published().value().get();
            XSSFCell c = (XSSFCell) row.getCell(VALUE);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c.getNumericCellValue()).isEqualTo(value.doubleValue());
            assertThat(c.getCellStyle().getDataFormatString())
                .isEqualTo(AuditStyles.numberFormat(value.scale()));
            numbers++;
          } else {
            assertThat(blank(row, VALUE)).isTrue();
          }
          if (f.status() != ReconciliationStatus.NOT_RECOMPUTABLE && f.recomputed().isPresent()) {
            assertThat(row.getCell(RECOMPUTED).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(RECOMPUTED).getNumericCellValue())
                .isEqualTo(f.recomputed().get().doubleValue());
            numbers++;
          }
          if (f.difference().isPresent()) {
            assertThat(row.getCell(DIFFERENCE).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(DIFFERENCE).getNumericCellValue())
                .isEqualTo(f.difference().get().doubleValue());
            numbers++;
          } else {
            assertThat(blank(row, DIFFERENCE)).isTrue();
          }
        }
      }
    }
    assertThat(numbers).isGreaterThan(v.figures().size());
  }

  @Test
  void write_seed_noNumberColumnHoldsText() throws IOException {
    try (XSSFWorkbook wb = write(seed())) {
      for (int s = 1; s < wb.getNumberOfSheets() - 1; s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        for (int r = DATA; r <= sheet.getLastRowNum(); r++) {
          for (int col : new int[] {YEAR, VALUE, DIFFERENCE}) {
            Cell c = sheet.getRow(r).getCell(col);
            if (c != null) {
              assertThat(c.getCellType()).isIn(CellType.NUMERIC, CellType.BLANK);
            }
          }
        }
      }
    }
  }

  @Test
  void write_seed_statusAsTextAndFill() throws IOException {
    Verification v = seed();
    Set<ReconciliationStatus> seen = new HashSet<>();
    try (XSSFWorkbook wb = write(v)) {
      int sheet = 1;
      for (List<FigureReconciliation> figures : byTable(v).values()) {
        XSSFSheet s = wb.getSheetAt(sheet++);
        for (int i = 0; i < figures.size(); i++) {
          ReconciliationStatus status = figures.get(i).status();
          Cell c = s.getRow(DATA + i).getCell(STATUS);
          assertThat(c.getStringCellValue()).isEqualTo(label("status." + status.name()));
          assertThat(fill(c)).isEqualTo("FF" + AuditStyles.fillOf(status));
          seen.add(status);
        }
      }
    }
    assertThat(seen).contains(ReconciliationStatus.MISMATCH, ReconciliationStatus.MATCH);
    assertThat(AuditStyles.fillOf(ReconciliationStatus.MISMATCH)).isEqualTo("FFC7CE");
    assertThat(AuditStyles.fillOf(ReconciliationStatus.MATCH)).isEqualTo("C6EFCE");
  }

  @Test
  void write_seed_mismatchRowsRedWithLabelAndCause() throws IOException {
    Verification v = seed();
    int mismatches = 0;
    try (XSSFWorkbook wb = write(v)) {
      int sheet = 1;
      for (List<FigureReconciliation> figures : byTable(v).values()) {
        XSSFSheet s = wb.getSheetAt(sheet++);
        for (int i = 0; i < figures.size(); i++) {
          FigureReconciliation f = figures.get(i);
          if (f.status() != ReconciliationStatus.MISMATCH) {
            continue;
          }
          Row row = s.getRow(DATA + i);
          assertThat(text(row, STATUS)).isEqualTo("Tidak sesuai");
          assertThat(fill(row.getCell(STATUS))).isEqualTo("FFFFC7CE");
          AuditMessages.cause(f, ID)
              .ifPresent(cause -> assertThat(text(row, CAUSE)).isEqualTo(cause));
          assertThat(row.getCell(CAUSE).getCellStyle().getWrapText()).isTrue();
          mismatches++;
        }
      }
    }
    assertThat(mismatches).isEqualTo(count(v, ReconciliationStatus.MISMATCH));
  }

  @Test
  void write_seed_notRecomputableRowsHaveBlankRecomputed() throws IOException {
    Verification v = seed();
    int n = 0;
    try (XSSFWorkbook wb = write(v)) {
      int sheet = 1;
      for (List<FigureReconciliation> figures : byTable(v).values()) {
        XSSFSheet s = wb.getSheetAt(sheet++);
        for (int i = 0; i < figures.size(); i++) {
          if (figures.get(i).status() == ReconciliationStatus.NOT_RECOMPUTABLE) {
            assertThat(blank(s.getRow(DATA + i), RECOMPUTED)).isTrue();
            n++;
          }
        }
      }
    }
    assertThat(n).isEqualTo(count(v, ReconciliationStatus.NOT_RECOMPUTABLE));
  }

  @Test
  void write_seed_recomputedTextsAsTextCodesInWords() throws IOException {
    Verification v = seed();
    int grades = 0;
    int absences = 0;
    try (XSSFWorkbook wb = write(v)) {
      int sheet = 1;
      for (List<FigureReconciliation> figures : byTable(v).values()) {
        XSSFSheet s = wb.getSheetAt(sheet++);
        for (int i = 0; i < figures.size(); i++) {
          FigureReconciliation f = figures.get(i);
          if (f.status() == ReconciliationStatus.NOT_RECOMPUTABLE
              || f.recomputed().isPresent()
              || f.recomputedText().isEmpty()) {
            continue;
          }
          Cell c = s.getRow(DATA + i).getCell(RECOMPUTED);
          assertThat(c.getCellType()).isEqualTo(CellType.STRING);
          if (f.published().measure() == Measure.GRADE) {
            assertThat(c.getStringCellValue()).isEqualTo(f.recomputedText().get());
            grades++;
          } else {
            assertThat(f.recomputedText().get()).isEqualTo("NOT_APPLICABLE");
            assertThat(c.getStringCellValue()).isEqualTo("Tidak berlaku (N/A)");
            absences++;
          }
        }
      }
    }
    assertThat(grades).isPositive();
    assertThat(absences).isPositive();
  }

  @Test
  void write_gradeCodes_inWords() throws IOException {
    PublishedFigure grade =
        ImmutablePublishedFigure.builder()
            .table("Tabel 5")
            .row("1")
            .column("Kategori")
            .printed("Sangat Baik")
            .measure(Measure.GRADE)
            .subject("IKU1")
            .build();
    Function<String, FigureReconciliation> recomputed =
        t ->
            ImmutableFigureReconciliation.builder()
                .published(grade)
                .status(ReconciliationStatus.MISMATCH)
                .recomputedText(t)
                .rule("grade")
                .build();
    Verification v =
        verification()
            .addFigures(
                recomputed.apply("UNCOVERED"),
                recomputed.apply("AMBIGUOUS: Baik|Sangat Baik"),
                recomputed.apply("NOT_APPLICABLE"))
            .build();
    try (XSSFWorkbook wb = read(bytes(v, EN, i -> Optional.empty()))) {
      XSSFSheet s = wb.getSheetAt(1);
      assertThat(text(s.getRow(DATA), RECOMPUTED)).isEqualTo("Outside the grading scale");
      assertThat(text(s.getRow(DATA + 1), RECOMPUTED))
          .isEqualTo("More than one grade: Baik|Sangat Baik");
      // A grade label is the scale's text, whatever it says.
      assertThat(text(s.getRow(DATA + 2), RECOMPUTED)).isEqualTo("NOT_APPLICABLE");
    }
  }

  @Test
  void write_seed_everySheetFrozenBelowItsHeaderWithAnAutofilter() throws IOException {
    Verification v = seed();
    try (XSSFWorkbook wb = write(v)) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (s == 0 ? 1 : DATA));
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
        if (s > 0) {
          CellRangeAddress range =
              CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
          assertThat(range.getFirstRow()).isEqualTo(DATA - 1);
          assertThat(range.getLastRow()).isEqualTo(Math.max(DATA - 1, sheet.getLastRowNum()));
          assertThat(range.getFirstColumn()).isZero();
          assertThat(range.getLastColumn()).isEqualTo(sheet.getRow(DATA - 1).getLastCellNum() - 1);
        }
        Row header = sheet.getRow(s == 0 ? 1 : DATA - 1);
        assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
            .isTrue();
        assertThat(sheet.getColumnWidth(0)).isGreaterThan(8 * 256);
      }
    }
  }

  @Test
  void write_seed_findingsSheet() throws IOException {
    Verification v = seed();
    assertThat(v.findings()).isNotEmpty();
    try (XSSFWorkbook wb = write(v)) {
      XSSFSheet s = wb.getSheet("Temuan");
      assertThat(s.getLastRowNum() + 1 - DATA).isEqualTo(v.findings().size());
      assertThat(text(s.getRow(DATA - 1), 0)).isEqualTo("Tingkat");
      for (int i = 0; i < v.findings().size(); i++) {
        Finding f = v.findings().get(i);
        Row row = s.getRow(DATA + i);
        assertThat(text(row, 0)).isEqualTo(label("severity." + f.severity().name()));
        assertThat(fill(row.getCell(0))).isEqualTo("FF" + AuditStyles.fillOf(f.severity()));
        assertThat(text(row, 1)).isEqualTo(f.check());
        assertThat(text(row, 2)).isEqualTo(f.table().orElse(""));
        assertThat(text(row, 3)).isEqualTo(f.row().orElse(""));
        assertThat(text(row, 4)).isEqualTo(f.column().orElse(""));
        assertThat(text(row, 5)).isEqualTo(f.subject().orElse(""));
        // the sentence in the workbook's language, not the English message
        assertThat(text(row, 6)).isEqualTo(AuditMessages.finding(f, ID)).isNotEqualTo(f.message());
        assertThat(row.getCell(6).getCellStyle().getWrapText()).isTrue();
        // printed, expected and difference as numbers a spreadsheet can sort and sum
        int col = 7;
        for (String key : List.of(Fact.PRINTED, Fact.EXPECTED, Fact.DIFFERENCE)) {
          Optional<Fact> fact = f.fact(key);
          Cell c = row.getCell(col++);
          if (fact.isEmpty()) {
            assertThat(c).isNull();
          } else if (fact.get().number().isPresent()) {
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new BigDecimal(Double.toString(c.getNumericCellValue())))
                .isEqualByComparingTo(fact.get().number().get());
          } else {
            assertThat(c.getStringCellValue()).isEqualTo(fact.get().value());
          }
        }
        for (Fact x : f.facts()) {
          assertThat(text(row, 10)).contains(x.key() + ": " + x.value());
        }
      }
      assertThat(text(s.getRow(DATA - 1), 8)).isEqualTo(label("column.expected"));
    }
  }

  @Test
  void write_seed_fewStyles() throws IOException {
    try (XSSFWorkbook wb = write(seed())) {
      assertThat(wb.getNumCellStyles()).isLessThan(40);
    }
  }

  @Test
  void write_twiceSecondsApart_sameBytesAndNoCreationDate(@TempDir Path dir)
      throws IOException, InterruptedException {
    Verification v = seed();
    byte[] first = bytes(v, ID, i -> Optional.empty());
    // Zip entry times have a resolution of 2 seconds.
    Thread.sleep(2_100);
    byte[] second = bytes(v, ID, i -> Optional.empty());
    assertThat(second).isEqualTo(first);
    // POI writes Zip64-style data descriptors, which java.util.zip.ZipInputStream misreads: read
    // the central directory, as Excel does.
    Path file = Files.write(dir.resolve("audit.xlsx"), first);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry core = zip.getEntry("docProps/core.xml");
      assertThat(core).isNotNull();
      try (InputStream in = zip.getInputStream(core)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .doesNotContain("created")
            .contains("<dc:creator>lkjip</dc:creator>");
      }
      assertThat(zip.size()).isGreaterThan(byTable(v).size());
    }
  }

  private static long poiTempFiles() throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void write_outputStream_notClosedAndNoTemporaryFileLeft() throws IOException {
    long before = poiTempFiles();
    boolean[] closed = {false};
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    AuditWorkbookWriter.write(seed(), bytes);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toByteArray()).isEqualTo(seedBytes());
    assertThat(poiTempFiles()).isEqualTo(before);

    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> AuditWorkbookWriter.write(seed(), failing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("disk full");
    assertThat(poiTempFiles()).isEqualTo(before);
  }

  @Test
  void write_otherTimeZoneAndDefaultLocale_sameBytes() {
    Verification v = seed();
    byte[] here = seedBytes();
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Jakarta"));
      Locale.setDefault(Locale.US);
      byte[] jakarta = bytes(v, ID, i -> Optional.empty());
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Locale.setDefault(Locale.GERMANY);
      assertThat(bytes(v, ID, i -> Optional.empty())).isEqualTo(jakarta).isEqualTo(here);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void write_twoArgumentOverload_indonesianWithoutSources() throws IOException {
    Verification v = seed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AuditWorkbookWriter.write(v, out);
    assertThat(out.toByteArray()).isEqualTo(bytes(v, ID, i -> Optional.empty()));
  }

  // ---- sources

  @Test
  void write_withSources_sourceColumn() throws IOException {
    Verification v = seed();
    byte[] bytes = bytes(v, ID, i -> i % 7 == 3 ? Optional.empty() : Optional.of("Terbit!E" + i));
    try (XSSFWorkbook wb = read(bytes)) {
      int sheet = 1;
      int index = 0;
      for (List<FigureReconciliation> figures : byTable(v).values()) {
        XSSFSheet s = wb.getSheetAt(sheet++);
        assertThat(text(s.getRow(DATA - 1), SOURCE)).isEqualTo("Sumber");
        for (int i = 0; i < figures.size(); i++) {
          // The seed's figures are grouped by table in report order.
          int n = v.figures().indexOf(figures.get(i));
          assertThat(text(s.getRow(DATA + i), SOURCE)).isEqualTo(n % 7 == 3 ? "" : "Terbit!E" + n);
          index++;
        }
      }
      assertThat(index).isEqualTo(v.figures().size());
    }
  }

  @Test
  void write_withoutSources_noSourceColumn() throws IOException {
    try (XSSFWorkbook wb = write(seed())) {
      Row header = wb.getSheetAt(1).getRow(DATA - 1);
      assertThat(header.getLastCellNum()).isEqualTo((short) SOURCE);
      assertThat(text(header, SOURCE - 1)).isEqualTo("Aturan");
    }
  }

  // ---- labels

  @Test
  void write_english_englishLabels() throws IOException {
    Verification v = seed();
    try (XSSFWorkbook wb = read(bytes(v, EN, i -> Optional.empty()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("Findings");
      Row header = wb.getSheetAt(1).getRow(DATA - 1);
      List<String> headers = new ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .containsExactly(
              "Row",
              "Column",
              "Subject",
              "Year",
              "Measure",
              "Printed",
              "Printed value",
              "Recomputed",
              "Difference",
              "Status",
              "Cause",
              "Rule");
      XSSFSheet summary = wb.getSheetAt(0);
      assertThat(valueOf(summary, "Mismatch").getNumericCellValue())
          .isEqualTo(count(v, ReconciliationStatus.MISMATCH));
      assertThat(valueOf(summary, "Verdict").getStringCellValue())
          .isEqualTo(v.passed() ? "PASSED" : "FAILED");
    }
  }

  @Test
  void labels_indonesian_isTheDefaultFileWhateverTheJvmLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(AuditLabels.of(ID).get("column.row")).isEqualTo("Baris");
      assertThat(AuditLabels.of(Locale.forLanguageTag("id-ID")).get("column.row"))
          .isEqualTo("Baris");
      assertThat(AuditLabels.of(Locale.FRENCH).get("column.row")).isEqualTo("Baris");
      assertThat(AuditLabels.of(Locale.ROOT).get("column.row")).isEqualTo("Baris");
      Locale.setDefault(ID);
      assertThat(AuditLabels.of(EN).get("column.row")).isEqualTo("Row");
      assertThat(AuditLabels.of(Locale.UK).get("column.row")).isEqualTo("Row");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void labels_bothFiles_sameKeysAndEveryEnumConstantLabelled() {
    Properties id = labels("AuditWorkbook.properties");
    Properties en = labels("AuditWorkbook_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
    for (Properties p : List.of(id, en)) {
      for (ReconciliationStatus s : ReconciliationStatus.values()) {
        assertThat(p.getProperty("status." + s.name())).isNotBlank();
      }
      for (Severity s : Severity.values()) {
        assertThat(p.getProperty("severity." + s.name())).isNotBlank();
      }
      for (Measure m : Measure.values()) {
        assertThat(p.getProperty("measure." + m.name())).isNotBlank();
      }
    }
    assertThat(id.getProperty("status.MATCH")).isEqualTo("Sesuai");
    assertThat(id.getProperty("status.MATCH_WITH_OTHER_ROUNDING"))
        .isEqualTo("Sesuai dengan pembulatan lain");
    assertThat(id.getProperty("status.MISMATCH")).isEqualTo("Tidak sesuai");
    assertThat(id.getProperty("status.NOT_RECOMPUTABLE")).isEqualTo("Tidak dapat dihitung ulang");
    assertThat(labelEn("status.MISMATCH")).isEqualTo("Mismatch");
  }

  // ---- synthetic verifications

  private static PublishedFigure figure(
      String table, String row, String printed, @Nullable BigDecimal v) {
    ImmutablePublishedFigure.Builder b =
        ImmutablePublishedFigure.builder()
            .table(table)
            .row(row)
            .column("% Capaian")
            .printed(printed)
            .measure(Measure.ACHIEVEMENT)
            .subject("1.a.1");
    if (v != null) {
      b.value(v);
    }
    return b.build();
  }

  private static ImmutableVerification.Builder verification() {
    return ImmutableVerification.builder()
        .agency("Dinas Uji")
        .region("Kota Uji")
        .fiscalYear(2022)
        .ruleSetId("seed")
        .ruleSetVersion("1");
  }

  private static FigureReconciliation reconciliation(
      PublishedFigure p, ReconciliationStatus status, String cause) {
    ImmutableFigureReconciliation.Builder b =
        ImmutableFigureReconciliation.builder().published(p).status(status).rule("achievement");
    if (status != ReconciliationStatus.NOT_RECOMPUTABLE && p.value().isPresent()) {
      b.recomputed(p.value().get().add(BigDecimal.ONE));
    }
    if (status == ReconciliationStatus.MISMATCH) {
      b.difference(BigDecimal.ONE.negate());
    }
    return b.cause(cause).build();
  }

  /** Table names that are not valid sheet names, or clash ignoring case. */
  static List<String> hostileTables() {
    String long1 = "Tabel 1/2: [x]*?".repeat(3).substring(0, 40);
    String long2 = "tabel 1/2: [X]*?".repeat(3).substring(0, 40);
    return List.of(
        long1,
        long2,
        long1 + " lagi",
        "Ringkasan",
        "TEMUAN",
        "History",
        "'kutip'",
        "''",
        "   ",
        "a\u0000b",
        "\uD83D\uDE00".repeat(20),
        "x".repeat(31),
        "X".repeat(32));
  }

  /**
   * One figure in each of the {@link #hostileTables()}, texts that look like formulas or escapes.
   */
  static Verification hostile() {
    ImmutableVerification.Builder b = verification();
    for (String t : hostileTables()) {
      b.addFigures(
          reconciliation(
              figure(t, "1", "=1+1", new BigDecimal("1234.50")),
              ReconciliationStatus.MISMATCH,
              "_x0041_ \u0001"));
    }
    return b.build();
  }

  @Test
  void write_hostileTableNames_uniqueValidSheetNamesAndFullNamesInTitles() throws IOException {
    List<String> tables = hostileTables();
    Verification v = hostile();
    try (XSSFWorkbook wb = write(v)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size() + 2);
      Set<String> folded = new HashSet<>();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        String name = wb.getSheetName(s);
        assertThat(name.length()).as(name).isBetween(1, 31);
        assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\\\x00-\\x1F]");
        assertThat(name).doesNotStartWith("'").doesNotEndWith("'");
        assertThat(name).isNotEqualToIgnoringCase("History");
        assertThat(folded.add(name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)))
            .as("unique: " + name)
            .isTrue();
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).isFalse();
      }
      assertThat(wb.getSheetName(0)).isEqualTo("Ringkasan");
      assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("Temuan");
      for (int i = 0; i < tables.size(); i++) {
        String title = text(wb.getSheetAt(i + 1).getRow(0), 0);
        assertThat(title).startsWith(AuditCells.clean(tables.get(i)));
      }
      // Deterministic de-duplication.
      assertThat(wb.getSheetName(1)).isEqualTo("Tabel 1-2- (x)__Tabel 1-2- (x)_");
      assertThat(wb.getSheetName(2)).isEqualTo("tabel 1-2- (X)__tabel 1-2- (2)");
      assertThat(wb.getSheetName(4)).isEqualTo("Ringkasan (2)");
      assertThat(wb.getSheetName(5)).isEqualTo("TEMUAN (2)");
    }
  }

  @Test
  void write_controlCharactersAndHugeTexts_replacedNotFatal() throws IOException {
    String cause = "a\u0000b\u0001c\u001Fd\te\nf\uD800g\uFFFEh\uD83D\uDE00";
    String huge = "y".repeat(40_000);
    Verification v =
        verification()
            .addFigures(
                reconciliation(
                    figure("Tabel\u0007 1", "1\u0002", "=1+1", new BigDecimal("34.28")),
                    ReconciliationStatus.MISMATCH,
                    cause))
            .addFigures(
                reconciliation(
                    figure("Tabel 2", "2", "_x0041_", null),
                    ReconciliationStatus.NOT_RECOMPUTABLE,
                    huge))
            .addFindings(
                ImmutableFinding.builder()
                    .check("c\u0003")
                    .severity(Severity.WARNING)
                    .message("m\u0000" + huge)
                    .build())
            .build();
    try (XSSFWorkbook wb = write(v)) {
      Row row = wb.getSheetAt(1).getRow(DATA);
      assertThat(text(row, CAUSE))
          .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\te\nf\uFFFDg\uFFFDh\uD83D\uDE00");
      assertThat(text(row, ROW)).isEqualTo("1\uFFFD");
      // A text that looks like a formula stays text.
      assertThat(row.getCell(PRINTED).getCellType()).isEqualTo(CellType.STRING);
      assertThat(text(row, PRINTED)).isEqualTo("=1+1");
      Row second = wb.getSheetAt(2).getRow(DATA);
      assertThat(text(second, PRINTED)).isEqualTo("_x0041_");
      assertThat(text(second, CAUSE)).hasSize(AuditCells.MAX_CELL_TEXT).endsWith("…");
      Row finding = wb.getSheetAt(3).getRow(DATA);
      assertThat(text(finding, 1)).isEqualTo("c\uFFFD");
      assertThat(text(finding, 6)).startsWith("m\uFFFDy").hasSize(AuditCells.MAX_CELL_TEXT);
    }
  }

  @Test
  void write_empty_summaryAndFindingsOnly() throws IOException {
    Verification v = verification().build();
    try (XSSFWorkbook wb = write(v)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet summary = wb.getSheetAt(0);
      assertThat(valueOf(summary, "Kesimpulan").getStringCellValue()).isEqualTo("LULUS");
      assertThat(valueOf(summary, "Sesuai").getNumericCellValue()).isZero();
      assertThat(valueOf(summary, "Tidak sesuai").getNumericCellValue()).isZero();
      assertThat(valueOf(summary, "Kesalahan").getNumericCellValue()).isZero();
      assertThat(valueOf(summary, "SHA-256 berkas masukan").getStringCellValue())
          .isEqualTo("(tidak diberikan)");
      assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(DATA - 1);
      assertThat(wb.getSheetAt(1).getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }

  @Test
  void numberFormat_decimalsOfTheFigure() {
    assertThat(AuditStyles.numberFormat(0)).isEqualTo("#,##0");
    assertThat(AuditStyles.numberFormat(-3)).isEqualTo("#,##0");
    assertThat(AuditStyles.numberFormat(2)).isEqualTo("#,##0.00");
    assertThat(AuditStyles.numberFormat(40)).isEqualTo("#,##0." + "0".repeat(10));
  }

  /** A random verification: tables with clashing names, every status, numbers of any scale. */
  private static Verification random(long seed) {
    Random r = new Random(seed);
    String[] names = {"Tabel 1", "tabel 1", "TABEL 1", "Tabel [2]", "Lampiran RFK", "x/y", ""};
    ReconciliationStatus[] statuses = ReconciliationStatus.values();
    Severity[] severities = Severity.values();
    ImmutableVerification.Builder b = verification();
    int n = r.nextInt(60);
    for (int i = 0; i < n; i++) {
      String table = names[r.nextInt(names.length)];
      BigDecimal value =
          r.nextInt(5) == 0
              ? null
              : BigDecimal.valueOf(r.nextLong() % 10_000_000_000L, r.nextInt(6));
      b.addFigures(
          reconciliation(
              figure(
                  table,
                  Integer.toString(i),
                  value == null ? "Nihil" : value.toPlainString(),
                  value),
              statuses[r.nextInt(statuses.length)],
              "cause " + i));
    }
    int findings = r.nextInt(5);
    for (int i = 0; i < findings; i++) {
      b.addFindings(
          ImmutableFinding.builder()
              .check("check-" + i)
              .severity(severities[r.nextInt(severities.length)])
              .table(names[r.nextInt(names.length)])
              .message("finding " + i)
              .build());
    }
    return b.build();
  }

  @Test
  void write_randomVerifications_countsRowsAndNumberCellsAgree() {
    qt().withExamples(12)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Verification v = random(seed);
              Map<String, List<FigureReconciliation>> tables = byTable(v);
              try (XSSFWorkbook wb = write(v)) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size() + 2);
                XSSFSheet summary = wb.getSheetAt(0);
                v.countsByStatus()
                    .forEach(
                        (s, n) ->
                            assertThat(
                                    valueOf(summary, label("status." + s.name()))
                                        .getNumericCellValue())
                                .isEqualTo(n.intValue()));
                int sheet = 1;
                for (List<FigureReconciliation> figures : tables.values()) {
                  XSSFSheet s = wb.getSheetAt(sheet++);
                  assertThat(s.getLastRowNum() + 1 - DATA).isEqualTo(figures.size());
                  for (int i = 0; i < figures.size(); i++) {
                    FigureReconciliation f = figures.get(i);
                    Row row = s.getRow(DATA + i);
                    assertThat(text(row, ROW)).isEqualTo(f.published().row());
                    if (f.published().value().isPresent()) {
                      assertThat(row.getCell(VALUE).getNumericCellValue())
                          .isEqualTo(f.published().value().get().doubleValue());
                    }
                    assertThat(blank(row, RECOMPUTED))
                        .isEqualTo(
                            f.status() == ReconciliationStatus.NOT_RECOMPUTABLE
                                || f.recomputed().isEmpty());
                    assertThat(text(row, STATUS)).isEqualTo(label("status." + f.status().name()));
                  }
                }
                assertThat(wb.getSheetAt(sheet).getLastRowNum() + 1 - DATA)
                    .isEqualTo(v.findings().size());
                assertThat(wb.getNumCellStyles()).isLessThan(40);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void write_manyFigures_streamsWithFewStyles() throws IOException {
    ImmutableVerification.Builder b = verification();
    ReconciliationStatus[] statuses = ReconciliationStatus.values();
    for (int i = 0; i < 5_000; i++) {
      BigDecimal value = BigDecimal.valueOf(i * 37L, i % 5);
      b.addFigures(
          reconciliation(
              figure("Tabel " + (i % 13), Integer.toString(i), value.toPlainString(), value),
              statuses[i % statuses.length],
              "cause"));
    }
    Verification v = b.build();
    try (XSSFWorkbook wb = write(v)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(15);
      assertThat(wb.getSheetAt(1).getLastRowNum() + 1 - DATA).isEqualTo(5_000 / 13 + 1);
      assertThat(wb.getNumCellStyles()).isLessThan(40);
    }
  }
}
