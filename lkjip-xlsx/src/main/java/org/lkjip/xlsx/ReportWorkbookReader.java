package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.lkjip.io.Limits;
import org.lkjip.model.Report;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.SheetXml.RawCell;
import org.lkjip.xlsx.WorkbookFormat.Sheet;
import org.xml.sax.SAXException;

/**
 * Reads an {@code lkjip-workbook/1} workbook into the same immutable {@link Report} the JSON reader
 * gives, strictly: an unknown sheet or column (other than notes), a value of the wrong kind, a
 * formula without a saved value, an error cell, a dangling reference or a duplicate id is a problem
 * at its {@code Sheet!Cell}. Every problem of the file is listed in one pass (up to {@value
 * #MAX_PROBLEMS}) in one {@link WorkbookInputException}; nothing is returned then.
 *
 * <p>Sheets are streamed (POI's event API and a SAX parser), so memory grows with the report, not
 * with the workbook's XML. POI's limits for untrusted files are applied first ({@link
 * Workbooks#applyLimits()}); formulas are never evaluated, so external links are never followed.
 *
 * @since 0.2
 */
public final class ReportWorkbookReader {
  /** Most problems listed for one file. */
  public static final int MAX_PROBLEMS = 100;

  /** Most rows a sheet may have (blank rows count), by default. */
  public static final int MAX_ROWS_PER_SHEET = 100_000;

  /** Rows searched for the key row at the top of a sheet. */
  static final int KEY_ROW_SEARCH = 10;

  private final int maxRowsPerSheet;
  private final int maxBudgetLines;
  private final boolean locateValues;

  /** A reader with the default limits ({@link #MAX_ROWS_PER_SHEET}, {@link Limits}). */
  public ReportWorkbookReader() {
    this(MAX_ROWS_PER_SHEET, Limits.MAX_BUDGET_LINES, false);
  }

  private ReportWorkbookReader(int maxRowsPerSheet, int maxBudgetLines, boolean locateValues) {
    this.maxRowsPerSheet = maxRowsPerSheet;
    this.maxBudgetLines = maxBudgetLines;
    this.locateValues = locateValues;
  }

  /**
   * A reader with other limits, for hosts that read larger workbooks than the JSON limits allow.
   *
   * @param maxRowsPerSheet most rows of one sheet
   * @param maxBudgetLines most programs, activities and sub-activities together
   */
  public ReportWorkbookReader withLimits(int maxRowsPerSheet, int maxBudgetLines) {
    return new ReportWorkbookReader(maxRowsPerSheet, maxBudgetLines, locateValues);
  }

  /**
   * A reader that also records the cell of every value a figure can be derived from (targets,
   * formula inputs, data-set cells, budget lines), for {@link WorkbookReport#valueCell(String)}.
   * Off by default: it costs a string per value.
   *
   * @since 0.4
   */
  public ReportWorkbookReader locatingValues() {
    return new ReportWorkbookReader(maxRowsPerSheet, maxBudgetLines, true);
  }

  /**
   * Reads the report of {@code file}.
   *
   * @throws WorkbookInputException listing every problem, each at its {@code Sheet!Cell}
   */
  public WorkbookReport read(Path file) {
    String source = file.toString();
    check(file, source);
    Workbooks.applyLimits();
    Records records = new Records(MAX_PROBLEMS);
    Map<Sheet, List<Rec>> sheets = new EnumMap<>(Sheet.class);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      checkMainPart(pkg, source);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext() && !records.full()) {
        try (InputStream in = it.next()) {
          String name = it.getSheetName();
          if (name.equals(WorkbookFormat.INSTRUCTIONS) || name.equals(WorkbookFormat.LISTS)) {
            continue;
          }
          Sheet sheet = Sheet.named(name).orElse(null);
          if (sheet == null) {
            records.problem(
                Records.sheetRef(name),
                "unknown sheet: the sheets of "
                    + WorkbookFormat.FORMAT
                    + " are "
                    + sheetNames()
                    + " (and "
                    + WorkbookFormat.INSTRUCTIONS
                    + ")");
            continue;
          }
          if (sheets.containsKey(sheet)) {
            continue; // Excel does not allow two sheets of one name
          }
          sheets.put(sheet, readSheet(sheet, in, strings, styles, records));
        }
      }
    } catch (InvalidFormatException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      throw unreadable(source, e, true);
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      if (e instanceof WorkbookInputException w) {
        throw w;
      }
      throw unreadable(source, e, false);
    }
    if (!sheets.containsKey(Sheet.IDENTITY)) {
      records.problem(
          "",
          "no sheet '"
              + Sheet.IDENTITY.sheetName()
              + "': this is not an "
              + WorkbookFormat.FORMAT
              + " workbook (start from 'lkjip template')");
    }
    Report report = null;
    ImmutableList<String> figureCells = ImmutableList.of();
    ImmutableMap<String, String> valueCells = ImmutableMap.of();
    if (!records.hasProblems()) {
      ReportAssembler assembler =
          new ReportAssembler(records, sheets, maxBudgetLines, locateValues);
      report = assembler.assemble();
      figureCells = assembler.figureCells();
      valueCells = assembler.valueCells();
    }
    if (records.hasProblems() || report == null) {
      throw new WorkbookInputException(source, records.problems(), records.truncated(), null);
    }
    return new WorkbookReport(report, figureCells, valueCells);
  }

  /** Reads {@code file} and returns the report only. */
  public Report readReport(Path file) {
    return read(file).report();
  }

  private static void check(Path file, String source) {
    try {
      if (Files.isDirectory(file)) {
        throw WorkbookInputException.ofFile(source, "is a directory, not a workbook", null);
      }
      long size = Files.size(file);
      if (size == 0) {
        throw WorkbookInputException.ofFile(source, "the file is empty, not a workbook", null);
      }
      if (size > Workbooks.MAX_FILE_BYTES) {
        throw WorkbookInputException.ofFile(
            source, "the file is larger than " + Workbooks.MAX_FILE_BYTES + " bytes", null);
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(8);
      }
      switch (Workbooks.contentOf(head)) {
        case ZIP -> {}
        case OLE2 -> throw WorkbookInputException.ofFile(source, Workbooks.whyNotOle2(file), null);
        case OTHER ->
            throw WorkbookInputException.ofFile(
                source, "not an Excel workbook (.xlsx): it does not start like one", null);
      }
    } catch (NoSuchFileException e) {
      throw WorkbookInputException.ofFile(source, "no such file", e);
    } catch (IOException e) {
      throw WorkbookInputException.ofFile(
          source, "cannot read the file: " + Workbooks.oneLine(e), e);
    }
  }

  /**
   * The one-line error for a file POI cannot open or read: a zip bomb, a damaged zip or XML part,
   * or (when {@code notOffice}, POI's verdict at opening) a zip that is no Office package.
   */
  private static WorkbookInputException unreadable(String source, Exception e, boolean notOffice) {
    IOException io = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.startsWith("Zip bomb detected")) {
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("Entry: (\\S+)").matcher(m);
        return WorkbookInputException.ofFile(
            source,
            "refused as a possible zip bomb: the part "
                + (part.find() ? part.group(1) : "of the workbook")
                + " expands more than "
                + 100 / Workbooks.MIN_INFLATE_RATIO_PERCENT
                + " times its compressed size or beyond "
                + Workbooks.MAX_ENTRY_BYTES / (1024 * 1024)
                + " MB",
            e);
      }
      if (io == null && t instanceof IOException i) {
        io = i;
      }
    }
    if (notOffice && io == null) {
      return WorkbookInputException.ofFile(
          source,
          "not an Excel workbook (.xlsx): a zip file without a workbook in it ("
              + Workbooks.oneLine(e)
              + ")",
          e);
    }
    // POI wraps a broken zip ("Truncated ZIP file") in its own exceptions: say what broke
    return WorkbookInputException.ofFile(
        source,
        "the workbook is damaged or truncated and cannot be read: "
            + Workbooks.oneLine(io != null ? io : e),
        e);
  }

  /** Content types of a workbook's main part that are read (as data: macros never run). */
  private static final java.util.Set<String> WORKBOOK_TYPES =
      java.util.Set.of(
          XSSFRelation.WORKBOOK.getContentType(),
          XSSFRelation.MACROS_WORKBOOK.getContentType(),
          XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
          XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

  /** Refuses an Office package whose main part is not a workbook (a .docx named .xlsx). */
  private static void checkMainPart(OPCPackage pkg, String source) throws InvalidFormatException {
    PackageRelationship rel =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    PackagePart part = rel == null ? null : pkg.getPart(rel);
    String type = part == null ? "" : part.getContentType();
    if (WORKBOOK_TYPES.contains(type)) {
      return;
    }
    String what =
        type.contains("wordprocessingml")
            ? "a Word document"
            : type.contains("presentationml")
                ? "a PowerPoint presentation"
                : type.contains("sheet.binary")
                    ? "a binary Excel workbook (.xlsb)"
                    : "an Office file whose main part is '" + Records.clip(type) + "'";
    throw WorkbookInputException.ofFile(
        source,
        "not an Excel workbook (.xlsx): the file is "
            + what
            + "; save the workbook as an Excel Workbook (.xlsx)",
        null);
  }

  private static String sheetNames() {
    List<String> names = new ArrayList<>();
    for (Sheet s : Sheet.values()) {
      names.add(s.sheetName());
    }
    return String.join(", ", names);
  }

  /** The records of one sheet: its key row found, its columns checked, its blank rows skipped. */
  private List<Rec> readSheet(
      Sheet sheet,
      InputStream in,
      ReadOnlySharedStringsTable strings,
      StylesTable styles,
      Records records)
      throws IOException, SAXException {
    List<Rec> recs = new ArrayList<>();
    Map<Integer, String> keyOf = new HashMap<>();
    Map<String, Integer> columnOf = new LinkedHashMap<>();
    int[] rows = {0};
    boolean[] keyRowFound = {false};
    SheetXml.read(
        in,
        strings,
        styles,
        Limits.MAX_STRING_LENGTH,
        (row, cells) -> {
          if (++rows[0] > maxRowsPerSheet || row > maxRowsPerSheet + KEY_ROW_SEARCH) {
            records.problem(
                Records.sheetRef(sheet.sheetName()),
                "more than " + maxRowsPerSheet + " rows (ReportWorkbookReader.MAX_ROWS_PER_SHEET)");
            return false;
          }
          if (!keyRowFound[0]) {
            if (row > KEY_ROW_SEARCH) {
              records.problem(
                  Records.sheetRef(sheet.sheetName()),
                  "no key row in the first "
                      + KEY_ROW_SEARCH
                      + " rows: the row of machine keys (such as '"
                      + sheet.columns().get(0).key()
                      + "') below the headers is missing");
              return false;
            }
            if (isKeyRow(sheet, cells)) {
              keyRowFound[0] = true;
              keys(sheet, cells, keyOf, columnOf, records);
            }
            return !records.full();
          }
          @Nullable RawCell[] byColumn = null;
          for (RawCell c : cells.values()) {
            String key = keyOf.get(c.column());
            if (key == null) {
              records.problem(
                  Records.sheetRef(sheet.sheetName()) + "!" + c.ref(),
                  "a value in a column without a key: give the column a key in the key row (or"
                      + " '"
                      + WorkbookFormat.NOTES_KEY
                      + "' for notes), or clear it");
            } else if (!key.startsWith(WorkbookFormat.NOTES_KEY)
                && !(c.type() == SheetXml.Type.TEXT && c.text().isBlank())) {
              if (byColumn == null) {
                byColumn = new RawCell[cells.lastKey() + 1];
              }
              byColumn[c.column()] = c;
            }
          }
          if (byColumn != null) {
            recs.add(new Rec(sheet, row, byColumn, columnOf));
          }
          return !records.full();
        });
    if (!keyRowFound[0] && !records.full() && rows[0] <= maxRowsPerSheet) {
      records.problem(
          Records.sheetRef(sheet.sheetName()),
          "no key row: the row of machine keys (such as '"
              + sheet.columns().get(0).key()
              + "') below the headers is missing");
    }
    if (keyRowFound[0]) {
      for (WorkbookFormat.Column c : sheet.columns()) {
        if (c.required() && !columnOf.containsKey(c.key())) {
          records.problem(
              Records.sheetRef(sheet.sheetName()),
              "no column with the key '" + c.key() + "', which the sheet needs");
        }
      }
    }
    return recs;
  }

  private static boolean isKeyRow(Sheet sheet, TreeMap<Integer, RawCell> cells) {
    for (RawCell c : cells.values()) {
      if (c.type() == SheetXml.Type.TEXT && sheet.column(c.text().strip()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static void keys(
      Sheet sheet,
      TreeMap<Integer, RawCell> cells,
      Map<Integer, String> keyOf,
      Map<String, Integer> columnOf,
      Records records) {
    for (RawCell c : cells.values()) {
      String key = c.type() == SheetXml.Type.TEXT ? c.text().strip() : "";
      String where = Records.sheetRef(sheet.sheetName()) + "!" + c.ref();
      if (key.startsWith(WorkbookFormat.NOTES_KEY)) {
        keyOf.put(c.column(), key);
      } else if (sheet.column(key).isEmpty()) {
        records.problem(
            where,
            "unknown column key '"
                + Records.clip(key)
                + "': the keys of this sheet are "
                + String.join(
                    ", ", sheet.columns().stream().map(WorkbookFormat.Column::key).toList())
                + " (a notes column's key starts with '"
                + WorkbookFormat.NOTES_KEY
                + "')");
        keyOf.put(c.column(), WorkbookFormat.NOTES_KEY); // reported once, not at each value
      } else if (columnOf.containsKey(key)) {
        records.problem(where, "the key '" + key + "' is given to two columns");
        keyOf.put(c.column(), WorkbookFormat.NOTES_KEY); // reported once, not at each value
      } else {
        keyOf.put(c.column(), key);
        columnOf.put(key, c.column());
      }
    }
  }
}
