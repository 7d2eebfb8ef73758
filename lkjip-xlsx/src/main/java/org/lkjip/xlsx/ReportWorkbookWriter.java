package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.AtomicFiles;
import org.lkjip.io.IndonesianNumbers;
import org.lkjip.model.Absence;
import org.lkjip.model.Report;
import org.lkjip.xlsx.WorkbookFormat.Column;
import org.lkjip.xlsx.WorkbookFormat.Field;
import org.lkjip.xlsx.WorkbookFormat.Kind;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * Writes {@code lkjip-workbook/1}: the empty template a person fills in, or a report as a workbook
 * that {@link ReportWorkbookReader} reads back to an equal {@link Report}.
 *
 * <p>Each sheet has a title row, a header row, a key row and the data, with frozen headers, column
 * widths, drop-down lists for closed vocabularies (level, polarity, formula ids, measures, rule
 * sets, absence words) and number formats that show each number with its own decimals (Excel
 * displays them with the reader's separators: 3.308.936.254 and 34,28 in id-ID). Numbers are stored
 * as numbers; one with more than {@value CellValues#EXCEL_DIGITS} significant digits, which Excel
 * cannot hold, is written as text in Indonesian notation so that nothing is lost. Writing streams
 * rows ({@link SXSSFWorkbook}), so large reports take little memory.
 *
 * @since 0.2
 */
public final class ReportWorkbookWriter {
  /** Rows of a template that carry the drop-down lists. */
  static final int TEMPLATE_ROWS = 500;

  /** Row index (0-based) of the title, header and key rows; data start below. */
  static final int TITLE_ROW = 0;

  static final int HEADER_ROW = 1;
  static final int KEY_ROW = 2;

  private final ImmutableSortedSet<String> formulaIds;
  private final ResourceBundle text;

  /** A writer whose formula drop-down lists the formulas of {@link FormulaRegistry#standard()}. */
  public ReportWorkbookWriter() {
    this(FormulaRegistry.standard().ids(), Locale.forLanguageTag("id"));
  }

  /**
   * A writer with its own formula ids (for host formulas) and the language of headers and help.
   *
   * @param formulaIds the ids offered in the formula drop-down
   * @param locale Bahasa Indonesia ({@code id}, the default) or English ({@code en})
   */
  public ReportWorkbookWriter(Iterable<String> formulaIds, Locale locale) {
    this.formulaIds = ImmutableSortedSet.copyOf(formulaIds);
    this.text = WorkbookTexts.bundle(locale);
  }

  /** Writes the empty template to {@code out}. */
  public void writeTemplate(OutputStream out) throws IOException {
    writeWorkbook(null, out);
  }

  /** Writes {@code report} as a workbook to {@code out}. */
  public void write(Report report, OutputStream out) throws IOException {
    writeWorkbook(report, out);
  }

  /** Writes the template to {@code file} atomically (all of it or nothing). */
  public void writeTemplate(Path file) throws IOException {
    AtomicFiles.write(file, this::writeTemplate);
  }

  /** Writes {@code report} to {@code file} atomically (all of it or nothing). */
  public void write(Report report, Path file) throws IOException {
    AtomicFiles.write(file, o -> write(report, o));
  }

  private void writeWorkbook(@Nullable Report report, OutputStream out) throws IOException {
    // Rows stream to temporary files 200 at a time; they are not gzipped (compressing them cost a
    // quarter of the write time of a large report, for files deleted a second later). The workbook
    // itself is deflated at the fastest level: deflating is most of the write time, and the fastest
    // level saves a third of it for files about a quarter larger than Excel's (16.8 MB instead of
    // 13.6 MB for 50,000 sub-activities; see BENCHMARKS.md). Excel resaves at its own level.
    SXSSFWorkbook wb =
        new SXSSFWorkbook(null, 200, false, false) {
          @Override
          protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
          }
        };
    try {
      TemplateStyles styles = new TemplateStyles(wb);
      instructions(wb, styles);
      Map<String, String> lists = lists(wb);
      for (Sheet sheet : Sheet.values()) {
        List<ReportRows.Row> rows =
            report != null ? ReportRows.of(report, sheet) : templateRows(sheet);
        dataSheet(wb, styles, lists, sheet, rows, report == null);
      }
      wb.setActiveSheet(1);
      Workbooks.fixDates(wb.getXSSFWorkbook());
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  private static List<ReportRows.Row> templateRows(Sheet sheet) {
    if (sheet != Sheet.IDENTITY) {
      return List.of();
    }
    ImmutableList.Builder<ReportRows.Row> b = ImmutableList.builder();
    for (Field f : Field.values()) {
      b.add(
          new ReportRows.Row()
              .put("field", f.key())
              .put("value", f == Field.FORMAT ? WorkbookFormat.FORMAT : null));
    }
    return b.build();
  }

  private void instructions(SXSSFWorkbook wb, TemplateStyles styles) {
    SXSSFSheet s = wb.createSheet(WorkbookFormat.INSTRUCTIONS);
    s.setColumnWidth(0, 24 * 256);
    s.setColumnWidth(1, 110 * 256);
    int r = 0;
    text(s.createRow(r++), 0, text.getString("instructions.title"), styles.title);
    r++;
    for (int i = 1; text.containsKey("instructions." + i); i++) {
      SXSSFRow row = s.createRow(r++);
      text(row, 0, i + ".", styles.wrap);
      text(row, 1, text.getString("instructions." + i), styles.wrap);
    }
    r++;
    SXSSFRow head = s.createRow(r++);
    text(head, 0, text.getString("instructions.sheets"), styles.header);
    text(head, 1, text.getString("instructions.columns"), styles.header);
    for (Sheet sheet : Sheet.values()) {
      SXSSFRow row = s.createRow(r++);
      text(row, 0, sheet.sheetName(), styles.bold);
      text(row, 1, text.getString(sheet.name() + ".help"), styles.wrap);
      for (Column c : sheet.columns()) {
        SXSSFRow cr = s.createRow(r++);
        text(
            cr,
            1,
            c.key()
                + " ("
                + text.getString(sheet.name() + "." + c.key() + ".header")
                + "): "
                + text.getString(sheet.name() + "." + c.key() + ".help"),
            styles.wrap);
      }
    }
  }

  /** The hidden sheet of drop-down lists; returns each list's name → its range formula. */
  private Map<String, String> lists(SXSSFWorkbook wb) {
    SXSSFSheet s = wb.createSheet(WorkbookFormat.LISTS);
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    for (Sheet sheet : Sheet.values()) {
      for (Column c : sheet.columns()) {
        if (c.kind() == Kind.CHOICE || c.kind() == Kind.BOOLEAN) {
          lists.putIfAbsent(listName(sheet, c), choices(c));
        }
      }
    }
    lists.put("ruleSet", RuleSets.builtIns().stream().map(RuleSet::id).sorted().toList());
    lists.put("statedScale.id", Scales.builtIns().stream().map(g -> g.id()).sorted().toList());
    int maxLen = lists.values().stream().mapToInt(List::size).max().orElse(0);
    SXSSFRow[] rows = new SXSSFRow[maxLen + 1];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = s.createRow(i);
    }
    Map<String, String> ranges = new HashMap<>();
    int col = 0;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      rows[0].createCell(col).setCellValue(e.getKey());
      List<String> values = e.getValue();
      for (int i = 0; i < values.size(); i++) {
        rows[i + 1].createCell(col).setCellValue(values.get(i));
      }
      String letter = CellReference.convertNumToColString(col);
      ranges.put(
          e.getKey(),
          "'"
              + WorkbookFormat.LISTS
              + "'!$"
              + letter
              + "$2:$"
              + letter
              + "$"
              + Math.max(2, values.size() + 1));
      col++;
    }
    wb.setSheetHidden(wb.getSheetIndex(s), true);
    return ranges;
  }

  private static String listName(Sheet sheet, Column c) {
    return c.kind() == Kind.BOOLEAN ? "boolean" : sheet.name() + "." + c.key();
  }

  private List<String> choices(Column c) {
    if (c.key().equals("formula")) {
      return List.copyOf(formulaIds);
    }
    return c.choices();
  }

  private void dataSheet(
      SXSSFWorkbook wb,
      TemplateStyles styles,
      Map<String, String> lists,
      Sheet sheet,
      List<ReportRows.Row> rows,
      boolean template) {
    SXSSFSheet s = wb.createSheet(sheet.sheetName());
    List<Column> columns = sheet.columns();
    int last = columns.size(); // the notes column
    text(s.createRow(TITLE_ROW), 0, text.getString(sheet.name() + ".title"), styles.title);
    s.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));
    SXSSFRow header = s.createRow(HEADER_ROW);
    SXSSFRow keys = s.createRow(KEY_ROW);
    header.setHeightInPoints(30);
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      text(header, c, text.getString(sheet.name() + "." + col.key() + ".header"), styles.header);
      text(keys, c, col.key(), styles.key);
      s.setColumnWidth(c, col.width() * 256);
      // What a person types into a text column stays text: Excel would otherwise turn a code
      // such as "2.07" into a number or, in id-ID, into a date.
      if (col.kind() == Kind.TEXT || col.kind() == Kind.CHOICE) {
        s.setDefaultColumnStyle(c, styles.plain);
      } else if (col.kind() == Kind.MONEY) {
        s.setDefaultColumnStyle(c, styles.number(0));
      }
    }
    text(header, last, "Catatan", styles.header);
    text(keys, last, WorkbookFormat.NOTES_KEY, styles.key);
    s.setColumnWidth(last, 30 * 256);
    s.createFreezePane(sheet == Sheet.IDENTITY ? 0 : 1, KEY_ROW + 1);

    int r = KEY_ROW + 1;
    for (ReportRows.Row row : rows) {
      SXSSFRow xr = s.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        Column col = columns.get(c);
        Object v = row.get(col.key());
        if (v != null) {
          cell(xr, c, col, v, styles);
        }
      }
      if (sheet == Sheet.IDENTITY) {
        Object key = row.get("field");
        text(xr, 1, text.getString("IDENTITY.field." + key), styles.wrap);
      }
    }
    int lastData = Math.max(r - 1, KEY_ROW + 1);
    int validationEnd = template ? KEY_ROW + TEMPLATE_ROWS : lastData;
    s.setAutoFilter(new CellRangeAddress(KEY_ROW, lastData, 0, last));
    DataValidationHelper helper = s.getDataValidationHelper();
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      if (col.kind() == Kind.CHOICE || col.kind() == Kind.BOOLEAN) {
        validation(s, helper, lists.get(listName(sheet, col)), KEY_ROW + 1, validationEnd, c);
      }
    }
    if (sheet == Sheet.IDENTITY) {
      int first = KEY_ROW + 1;
      validation(s, helper, lists.get("ruleSet"), first + Field.RULE_SET.ordinal(), -1, 2);
      validation(s, helper, lists.get("statedScale.id"), first + Field.SCALE_ID.ordinal(), -1, 2);
    }
  }

  private static void validation(
      SXSSFSheet s,
      DataValidationHelper helper,
      @Nullable String range,
      int firstRow,
      int lastRow,
      int col) {
    if (range == null) {
      return;
    }
    int end =
        lastRow < 0 ? firstRow : Math.min(lastRow, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
    DataValidation dv =
        helper.createValidation(
            helper.createFormulaListConstraint(range),
            new CellRangeAddressList(firstRow, end, col, col));
    // A warning, not a stop: a person may paste a value the list does not have yet (a host
    // formula id); the reader decides and says what is wrong.
    dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    dv.setShowErrorBox(true);
    dv.setSuppressDropDownArrow(true);
    s.addValidationData(dv);
  }

  private static void cell(SXSSFRow row, int c, Column col, Object v, TemplateStyles styles) {
    if (v instanceof String str) {
      text(row, c, str, styles.plain);
    } else if (v instanceof Integer i) {
      SXSSFCell cell = row.createCell(c);
      cell.setCellValue(i);
      cell.setCellStyle(styles.integer);
    } else if (v instanceof Boolean b) {
      text(row, c, b ? WorkbookFormat.YES : WorkbookFormat.NO, styles.plain);
    } else if (v instanceof Absence a) {
      text(row, c, WorkbookFormat.absenceWord(a), styles.plain);
    } else if (v instanceof BigDecimal d) {
      number(row, c, d, styles);
    } else {
      throw new IllegalStateException("bug: no cell for a " + v.getClass());
    }
  }

  private static void number(SXSSFRow row, int c, BigDecimal d, TemplateStyles styles) {
    BigDecimal v = d.scale() < 0 ? d.setScale(0) : d;
    if (!CellValues.fitsExcel(v)) {
      text(
          row,
          c,
          IndonesianNumbers.format(
              v,
              v.scale(),
              java.math.RoundingMode.UNNECESSARY,
              IndonesianNumbers.Convention.INDONESIAN),
          styles.plain);
      return;
    }
    SXSSFCell cell = row.createCell(c);
    cell.setCellValue(v.doubleValue());
    cell.setCellStyle(styles.number(v.scale()));
  }

  private static void text(SXSSFRow row, int c, String s, CellStyle style) {
    SXSSFCell cell = row.createCell(c);
    cell.setCellValue(CellValues.xmlSafe(s));
    cell.setCellStyle(style);
  }
}
