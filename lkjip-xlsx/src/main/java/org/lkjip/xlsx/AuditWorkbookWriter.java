package org.lkjip.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/**
 * The audit of a report as an Excel workbook ({@code lkjip verify … --format xlsx}), for people who
 * read, sort and filter it in Excel or LibreOffice.
 *
 * <p>Sheets, in this order:
 *
 * <ol>
 *   <li>the summary: agency, region, fiscal year, rule set, input SHA-256, the verdict in one line
 *       ({@link Verification#passed()}), the number of figures per {@link ReconciliationStatus} and
 *       of findings per {@link Severity} (every one listed, zero included), the 10 largest
 *       differences of the mismatched figures, and the tables with their counts and a link to their
 *       sheets;
 *   <li>one sheet per published table, in the order the tables first appear in the report, one row
 *       per figure: row, column, subject, year (the report's fiscal year when the figure names
 *       none), measure, the printed text, the printed value, the recomputed value (a number, or a
 *       text for grades and absent values; blank when the figure is not recomputable), the
 *       difference, the status (as text and as fill colour), the cause, the rule and, when the
 *       caller knows where each figure came from, its source;
 *   <li>the findings of the consistency checks: severity (text and fill), check, table, row,
 *       column, subject, message.
 * </ol>
 *
 * <p>Every sheet has a title row, a bold header row below it, the panes frozen below the header and
 * an autofilter over the header and the data (on the summary: over the list of tables). Excel sheet
 * names are at most 31 characters and may not hold {@code []:*?/\}: table names are shortened and
 * cleaned, and made unique (ignoring case) with a suffix " (2)", " (3)", …; the title row of each
 * table sheet has the table's full name.
 *
 * <p>Numbers are number cells, never text: POI stores a number as an IEEE 754 binary64 value, so
 * the workbook shows about 15 significant digits. It is meant for reading; the exact decimals are
 * in the JSON output. Each number has a display format with its own number of decimals ({@code
 * #,##0}, {@code #,##0.00}, …), which Excel shows with the reader's separators (1.234,56 in id-ID).
 * The printed text of a figure is kept as text, exactly as printed. Characters that XML cannot hold
 * (control characters other than tab and line breaks, lone surrogates) are replaced by U+FFFD;
 * texts longer than Excel's 32,767 characters are cut with "…"; a text such as "_x0041_" is escaped
 * so that it is not read as an escaped character. Text cells are always string cells, so a report
 * text starting with "=" is shown, not evaluated (a CSV export of the workbook is another matter).
 *
 * <p>Labels (sheet names, headers, status, severity and measure names, the verdict) are in the
 * {@code AuditWorkbook} properties files next to this class: Bahasa Indonesia is the default and
 * serves every locale without a file of its own, so the default locale of the JVM never matters.
 * Causes and finding messages are the evaluator's texts and stay in English.
 *
 * <p>The output is deterministic: the same verification, locale and sources give the same bytes,
 * whatever the time, time zone or default locale (the document properties carry no creation date,
 * and POI 5.5.1 writes no time into the zip entries). The workbook is written with POI's streaming
 * {@link SXSSFWorkbook}, so a verification of 100,000 figures needs little memory; its temporary
 * files are deleted before {@code write} returns.
 *
 * @since 0.2
 */
public final class AuditWorkbookWriter {
  /** The locale of the default labels: Bahasa Indonesia. */
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** At most this many mismatched figures are listed on the summary. */
  static final int LARGEST = 10;

  /** Longest text Excel holds in a cell. */
  static final int MAX_CELL_TEXT = 32_767;

  /** Longest sheet name Excel accepts. */
  static final int MAX_SHEET_NAME = 31;

  /** Most decimals a display format shows; an Excel number has no more to show. */
  static final int MAX_DECIMALS = 10;

  private static final String BUNDLE = "AuditWorkbook";
  private static final String UNCOVERED = "UNCOVERED";
  private static final String AMBIGUOUS = "AMBIGUOUS: ";
  private static final String NOT_APPLICABLE = "NOT_APPLICABLE";
  private static final String MISSING_INPUT = "MISSING_INPUT";
  private static final int ROW_WINDOW = 200;
  private static final BigDecimal LARGEST_NUMBER = new BigDecimal("1.7976931348623157E308");
  private static final Pattern ESCAPE_LIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

  private AuditWorkbookWriter() {}

  /**
   * Writes the workbook with Indonesian labels and no sources. Does not close {@code out}.
   *
   * @throws IOException if {@code out} or a temporary file cannot be written
   */
  public static void write(Verification v, OutputStream out) throws IOException {
    write(v, out, INDONESIAN, i -> Optional.empty());
  }

  /**
   * Writes the workbook. Does not close {@code out}.
   *
   * @param locale the language of the labels; Bahasa Indonesia unless there are labels for the
   *     locale's language (English: {@code en})
   * @param figureSource where the figure at an index of {@link Verification#figures()} was read in
   *     the input, e.g. {@code "Angka Terbit!E12"}, or empty; a column "Sumber" is shown only when
   *     at least one figure has a source
   * @throws IOException if {@code out} or a temporary file cannot be written
   */
  public static void write(
      Verification v,
      OutputStream out,
      Locale locale,
      Function<Integer, Optional<String>> figureSource)
      throws IOException {
    requireNonNull(v, "v");
    requireNonNull(out, "out");
    requireNonNull(locale, "locale");
    requireNonNull(figureSource, "figureSource");
    Labels labels = Labels.of(locale);
    String[] sources = sources(v, figureSource);
    // close() deletes SXSSF's temporary files, also when writing fails.
    try (SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW)) {
      new Layout(v, wb, labels, sources).write();
      OutputStream buffered = new BufferedOutputStream(new NotClosing(out), 1 << 16);
      wb.write(buffered);
      buffered.flush();
    }
  }

  /** The source of each figure ("" for none), or no element at all when no figure has one. */
  private static String[] sources(
      Verification v, Function<Integer, Optional<String>> figureSource) {
    int n = v.figures().size();
    String[] out = new String[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Optional<String> s = requireNonNull(figureSource.apply(i), "figureSource gave null");
      out[i] = s.orElse("");
      any |= !out[i].isEmpty();
    }
    return any ? out : new String[0];
  }

  /** Fill colour (RGB hex) of the status cell of a figure. */
  static String fillOf(ReconciliationStatus s) {
    return Fill.of(s).rgb;
  }

  /** Fill colour (RGB hex) of the severity cell of a finding. */
  static String fillOf(Severity s) {
    return Fill.of(s).rgb;
  }

  /** Fill colour (RGB hex) of the verdict cell. */
  static String fillOfVerdict(boolean passed) {
    return (passed ? Fill.GOOD : Fill.BAD).rgb;
  }

  /**
   * {@code s} with the characters XML cannot hold (controls other than tab, line feed and carriage
   * return; U+FFFE, U+FFFF; lone surrogates) replaced by U+FFFD, cut with "…" to fit a cell.
   */
  static String clean(String s) {
    @Nullable StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!bad) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        bad =
            Character.isLowSurrogate(c)
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == '\uFFFE'
                || c == '\uFFFF';
      }
      if (bad && b == null) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      if (b != null) {
        b.append(bad ? '\uFFFD' : c);
      }
    }
    String out = b == null ? s : b.toString();
    if (out.length() > MAX_CELL_TEXT) {
      int end = MAX_CELL_TEXT - 1;
      if (Character.isLowSurrogate(out.charAt(end))) {
        end--;
      }
      out = out.substring(0, end) + "…";
    }
    return out;
  }

  /**
   * {@code s} as the text of a cell: {@link #clean cleaned}, and with every "_x" that starts an
   * escape such as "_x000D_" written as "_x005F_x", because Excel and POI read "_xHHHH_" in a
   * cell's XML as the character HHHH (POI's streaming writer does not escape it).
   */
  static String cellText(String s) {
    String c = clean(s);
    return c.contains("_x") ? ESCAPE_LIKE.matcher(c).replaceAll("_x005F$0") : c;
  }

  /** Display format of a number with {@code scale} decimals: {@code #,##0} or {@code #,##0.00}. */
  static String numberFormat(int scale) {
    int decimals = Math.max(0, Math.min(MAX_DECIMALS, scale));
    return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }

  /** Whether {@code bd} is in the range of an Excel number (every number a report prints is). */
  private static boolean representable(BigDecimal bd) {
    return bd.abs().compareTo(LARGEST_NUMBER) <= 0;
  }

  /** The labels of one language: its properties file over the Indonesian default. */
  static final class Labels {
    private final Locale locale;
    private final Map<String, String> texts;

    private Labels(Locale locale, Map<String, String> texts) {
      this.locale = locale;
      this.texts = texts;
    }

    /**
     * The labels for {@code locale}: the default (Indonesian) file, overlaid by {@code
     * AuditWorkbook_lang} and then {@code AuditWorkbook_lang_COUNTRY} where they exist. This is
     * {@code ResourceBundle.getBundle} with a no-fallback control done by hand: that method does
     * not accept a control in a named module, and without one it would fall back to the JVM's
     * default locale before the default file.
     */
    static Labels of(Locale locale) {
      Map<String, String> texts = new HashMap<>();
      load(BUNDLE, texts, true);
      if (!locale.getLanguage().isEmpty()) {
        load(BUNDLE + "_" + locale.getLanguage(), texts, false);
        if (!locale.getCountry().isEmpty()) {
          load(BUNDLE + "_" + locale.getLanguage() + "_" + locale.getCountry(), texts, false);
        }
      }
      return new Labels(locale, texts);
    }

    private static void load(String name, Map<String, String> into, boolean required) {
      try (InputStream in = AuditWorkbookWriter.class.getResourceAsStream(name + ".properties")) {
        if (in == null) {
          if (required) {
            throw new IllegalStateException("missing resource " + name + ".properties");
          }
          return;
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        for (String key : p.stringPropertyNames()) {
          into.put(key, p.getProperty(key));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String get(String key) {
      String s = texts.get(key);
      if (s == null) {
        throw new IllegalStateException("no label " + key + " in " + BUNDLE);
      }
      return s;
    }

    String format(String key, Object... args) {
      return new MessageFormat(get(key), locale).format(args);
    }

    String status(ReconciliationStatus s) {
      return get("status." + s.name());
    }

    String severity(Severity s) {
      return get("severity." + s.name());
    }

    String measure(Measure m) {
      String s = texts.get("measure." + m.name());
      return s == null ? m.name() : s;
    }
  }

  /** Fills of the status, severity and verdict cells: light backgrounds with dark text. */
  private enum Fill {
    GOOD("C6EFCE", "006100"),
    OTHER_ROUNDING("DDEBF7", "1F4E78"),
    BAD("FFC7CE", "9C0006"),
    NEUTRAL("EDEDED", "3A3A3A"),
    CAUTION("FFEB9C", "7A4500");

    final String rgb;
    final String fontRgb;

    Fill(String rgb, String fontRgb) {
      this.rgb = rgb;
      this.fontRgb = fontRgb;
    }

    static Fill of(ReconciliationStatus s) {
      return switch (s) {
        case MATCH -> GOOD;
        case MATCH_WITH_OTHER_ROUNDING -> OTHER_ROUNDING;
        case MISMATCH -> BAD;
        case NOT_RECOMPUTABLE -> NEUTRAL;
      };
    }

    static Fill of(Severity s) {
      return switch (s) {
        case ERROR -> BAD;
        case WARNING -> CAUTION;
        case INFO -> OTHER_ROUNDING;
      };
    }
  }

  /** One style per kind of cell, created on first use (Excel allows about 64,000 styles). */
  private static final class Styles {
    private final SXSSFWorkbook wb;
    private final DataFormat formats;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Map<Fill, CellStyle> fills = new EnumMap<>(Fill.class);

    Styles(SXSSFWorkbook wb) {
      this.wb = wb;
      this.formats = wb.createDataFormat();
    }

    private CellStyle cached(String key, Function<CellStyle, CellStyle> setUp) {
      CellStyle s = cache.get(key);
      if (s == null) {
        CellStyle fresh = wb.createCellStyle();
        fresh.setVerticalAlignment(VerticalAlignment.TOP);
        s = setUp.apply(fresh);
        cache.put(key, s);
      }
      return s;
    }

    private XSSFFont font(boolean bold, short points, @Nullable String rgb) {
      XSSFFont f = (XSSFFont) wb.createFont();
      f.setBold(bold);
      f.setFontHeightInPoints(points);
      if (rgb != null) {
        f.setColor(color(rgb));
      }
      return f;
    }

    private static XSSFColor color(String rgb) {
      byte[] bytes = new byte[3];
      for (int i = 0; i < 3; i++) {
        bytes[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
      }
      return new XSSFColor(bytes, new DefaultIndexedColorMap());
    }

    CellStyle title() {
      return cached(
          "title",
          s -> {
            s.setFont(font(true, (short) 13, null));
            return s;
          });
    }

    CellStyle header() {
      return cached(
          "header",
          s -> {
            s.setFont(font(true, (short) 11, null));
            s.setWrapText(true);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
          });
    }

    /** Text kept as text if edited (format "@"). */
    CellStyle text() {
      return cached(
          "text",
          s -> {
            s.setDataFormat(formats.getFormat("@"));
            return s;
          });
    }

    CellStyle wrapped() {
      return cached(
          "wrapped",
          s -> {
            s.setDataFormat(formats.getFormat("@"));
            s.setWrapText(true);
            return s;
          });
    }

    CellStyle link() {
      return cached(
          "link",
          s -> {
            XSSFFont f = font(false, (short) 11, "0563C1");
            f.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
            s.setFont(f);
            return s;
          });
    }

    CellStyle number(int scale) {
      String format = numberFormat(scale);
      return cached(
          "number " + format,
          s -> {
            s.setDataFormat(formats.getFormat(format));
            return s;
          });
    }

    /** A year: digits without grouping. */
    CellStyle year() {
      return cached(
          "year",
          s -> {
            s.setDataFormat(formats.getFormat("0"));
            return s;
          });
    }

    CellStyle fill(Fill fill) {
      CellStyle s = fills.get(fill);
      if (s == null) {
        XSSFCellStyle x = (XSSFCellStyle) wb.createCellStyle();
        x.setVerticalAlignment(VerticalAlignment.TOP);
        x.setFillForegroundColor(color(fill.rgb));
        x.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        x.setFont(font(false, (short) 11, fill.fontRgb));
        x.setDataFormat(formats.getFormat("@"));
        fills.put(fill, x);
        s = x;
      }
      return s;
    }

    CellStyle boldFill(boolean passed) {
      Fill fill = passed ? Fill.GOOD : Fill.BAD;
      return cached(
          "verdict " + fill,
          s -> {
            XSSFCellStyle x = (XSSFCellStyle) s;
            x.setFillForegroundColor(color(fill.rgb));
            x.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            x.setFont(font(true, (short) 11, fill.fontRgb));
            return x;
          });
    }
  }

  /** A published table: its name, its sheet and the indexes of its figures in report order. */
  private static final class Table {
    final String name;
    final String sheet;
    final List<Integer> figures = new ArrayList<>();
    final Map<ReconciliationStatus, Integer> counts = new EnumMap<>(ReconciliationStatus.class);

    Table(String name, String sheet) {
      this.name = name;
      this.sheet = sheet;
      for (ReconciliationStatus s : ReconciliationStatus.values()) {
        counts.put(s, 0);
      }
    }
  }

  /**
   * Excel sheet names: at most {@value #MAX_SHEET_NAME} characters, none of {@code []:*?/\}, no
   * apostrophe first or last, unique ignoring case, not "History" (Excel reserves it).
   */
  static final class SheetNames {
    private final Set<String> used = new HashSet<>();

    SheetNames() {
      used.add(fold("History"));
    }

    /** A unique sheet name for {@code wanted}, or for {@code fallback} when nothing is left. */
    String claim(String wanted, String fallback) {
      String base = sanitise(wanted);
      if (base.isEmpty()) {
        base = sanitise(fallback);
      }
      String name = cut(base, MAX_SHEET_NAME);
      for (int n = 2; used.contains(fold(name)); n++) {
        String suffix = " (" + n + ")";
        name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
      }
      used.add(fold(name));
      return name;
    }

    private static String fold(String s) {
      return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String sanitise(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '/', '\\', ':' -> b.append('-');
          case '[' -> b.append('(');
          case ']' -> b.append(')');
          case '*', '?' -> b.append('_');
          default -> b.append(Character.isISOControl(c) ? ' ' : c);
        }
      }
      return trim(clean(b.toString()));
    }

    /** {@code s} without leading or trailing spaces and apostrophes. */
    private static String trim(String s) {
      int start = 0;
      int end = s.length();
      while (start < end && (s.charAt(start) == '\'' || Character.isWhitespace(s.charAt(start)))) {
        start++;
      }
      while (end > start
          && (s.charAt(end - 1) == '\'' || Character.isWhitespace(s.charAt(end - 1)))) {
        end--;
      }
      return s.substring(start, end);
    }

    /** At most {@code max} chars of {@code s}, not splitting a surrogate pair, trimmed. */
    private static String cut(String s, int max) {
      if (s.length() <= max) {
        return s;
      }
      int end = max;
      if (Character.isLowSurrogate(s.charAt(end))) {
        end--;
      }
      return trim(s.substring(0, end));
    }
  }

  /** The writing of one workbook. */
  private static final class Layout {
    private final Verification v;
    private final SXSSFWorkbook wb;
    private final Labels labels;

    /** Source of each figure ("" for none); empty when no figure has one (no column). */
    private final String[] sources;

    private final boolean hasSources;
    private final Styles styles;
    private final String summarySheet;
    private final String findingsSheet;
    private final List<Table> tables = new ArrayList<>();

    Layout(Verification v, SXSSFWorkbook wb, Labels labels, String[] sources) {
      this.v = v;
      this.wb = wb;
      this.labels = labels;
      this.sources = sources;
      this.hasSources = sources.length > 0;
      this.styles = new Styles(wb);
      SheetNames names = new SheetNames();
      String fallback = labels.get("sheet.tableFallback");
      this.summarySheet = names.claim(labels.get("sheet.summary"), fallback);
      this.findingsSheet = names.claim(labels.get("sheet.findings"), fallback);
      Map<String, Table> byName = new LinkedHashMap<>();
      for (int i = 0; i < v.figures().size(); i++) {
        FigureReconciliation f = v.figures().get(i);
        String name = f.published().table();
        Table t = byName.get(name);
        if (t == null) {
          t = new Table(name, names.claim(name, fallback));
          byName.put(name, t);
          tables.add(t);
        }
        t.figures.add(i);
        t.counts.merge(f.status(), 1, Integer::sum);
      }
    }

    void write() {
      POIXMLProperties.CoreProperties core =
          wb.getXSSFWorkbook().getProperties().getCoreProperties();
      core.setCreated(Optional.empty());
      core.setCreator("lkjip");
      core.setTitle(clean(title()));
      summary();
      for (Table t : tables) {
        table(t);
      }
      findings();
    }

    private String title() {
      return labels.format("summary.title", v.agency(), v.region(), v.fiscalYear());
    }

    // ---- cells

    private void text(Row row, int col, @Nullable String s, CellStyle style) {
      if (s == null || s.isEmpty()) {
        return;
      }
      Cell c = row.createCell(col);
      c.setCellValue(cellText(s));
      c.setCellStyle(style);
    }

    private void text(Row row, int col, @Nullable String s) {
      text(row, col, s, styles.text());
    }

    private void number(Row row, int col, BigDecimal bd) {
      Cell c = row.createCell(col);
      if (representable(bd)) {
        c.setCellValue(bd.doubleValue());
        c.setCellStyle(styles.number(bd.scale()));
      } else {
        // Beyond the range of an Excel number (no report prints one): the digits, as text.
        c.setCellValue(bd.toString());
        c.setCellStyle(styles.text());
      }
    }

    private void count(Row row, int col, int n) {
      Cell c = row.createCell(col);
      c.setCellValue(n);
      c.setCellStyle(styles.number(0));
    }

    private void headers(Sheet sheet, int rowIndex, List<String> keys) {
      Row row = sheet.createRow(rowIndex);
      for (int i = 0; i < keys.size(); i++) {
        text(row, i, labels.get(keys.get(i)), styles.header());
      }
    }

    private static void widths(Sheet sheet, int... chars) {
      for (int i = 0; i < chars.length; i++) {
        sheet.setColumnWidth(i, chars[i] * 256);
      }
    }

    // ---- summary

    private void summary() {
      Sheet sh = wb.createSheet(summarySheet);
      widths(sh, 38, 22, 24, 20, 20, 18, 50, 16);
      int r = 0;
      text(sh.createRow(r++), 0, title(), styles.title());
      headers(sh, r++, List.of("summary.item", "summary.value"));
      r = item(sh, r, "summary.agency", v.agency());
      r = item(sh, r, "summary.region", v.region());
      Row year = sh.createRow(r++);
      text(year, 0, labels.get("summary.fiscalYear"));
      Cell y = year.createCell(1);
      y.setCellValue(v.fiscalYear());
      y.setCellStyle(styles.year());
      r = item(sh, r, "summary.ruleSet", v.ruleSetId());
      r = item(sh, r, "summary.ruleSetVersion", v.ruleSetVersion());
      r =
          item(
              sh,
              r,
              "summary.inputHash",
              v.inputHash().orElse(labels.get("summary.inputHashAbsent")));
      Row verdict = sh.createRow(r++);
      text(verdict, 0, labels.get("summary.verdict"));
      text(
          verdict,
          1,
          labels.get(v.passed() ? "verdict.passed" : "verdict.failed"),
          styles.boldFill(v.passed()));
      r = item(sh, r, "summary.verdictRule", labels.get("summary.verdictRuleText"));
      r = item(sh, r, "summary.note", labels.get("summary.noteText"));

      r++;
      headers(sh, r++, List.of("summary.statuses", "summary.count"));
      for (Map.Entry<ReconciliationStatus, Integer> e : v.countsByStatus().entrySet()) {
        Row row = sh.createRow(r++);
        text(row, 0, labels.status(e.getKey()), styles.fill(Fill.of(e.getKey())));
        count(row, 1, e.getValue());
      }
      Row figures = sh.createRow(r++);
      text(figures, 0, labels.get("summary.figuresTotal"), styles.header());
      count(figures, 1, v.figures().size());

      r++;
      headers(sh, r++, List.of("summary.severities", "summary.count"));
      for (Map.Entry<Severity, Integer> e : v.countsBySeverity().entrySet()) {
        Row row = sh.createRow(r++);
        text(row, 0, labels.severity(e.getKey()), styles.fill(Fill.of(e.getKey())));
        count(row, 1, e.getValue());
      }
      Row findings = sh.createRow(r++);
      text(findings, 0, labels.get("summary.findingsTotal"), styles.header());
      count(findings, 1, v.findings().size());

      r++;
      r = largest(sh, r);

      r++;
      text(sh.createRow(r++), 0, labels.get("summary.tables"), styles.title());
      int header = r;
      List<String> keys =
          new ArrayList<>(List.of("column.table", "summary.sheet", "summary.figures"));
      Row h = sh.createRow(r++);
      for (int i = 0; i < keys.size(); i++) {
        text(h, i, labels.get(keys.get(i)), styles.header());
      }
      int col = keys.size();
      for (ReconciliationStatus s : ReconciliationStatus.values()) {
        text(h, col++, labels.status(s), styles.header());
      }
      for (Table t : tables) {
        Row row = sh.createRow(r++);
        text(row, 0, t.name);
        Cell link = row.createCell(1);
        link.setCellValue(cellText(t.sheet));
        Hyperlink target = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        target.setAddress("'" + t.sheet.replace("'", "''") + "'!A1");
        link.setHyperlink(target);
        link.setCellStyle(styles.link());
        count(row, 2, t.figures.size());
        int c = 3;
        for (ReconciliationStatus s : ReconciliationStatus.values()) {
          count(row, c++, t.counts.getOrDefault(s, 0));
        }
      }
      sh.createFreezePane(0, 1);
      sh.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, col - 1));
    }

    private int item(Sheet sh, int r, String key, String value) {
      Row row = sh.createRow(r);
      text(row, 0, labels.get(key));
      text(row, 1, value);
      return r + 1;
    }

    /** The mismatches with the largest differences; returns the next free row. */
    private int largest(Sheet sh, int r) {
      List<Integer> mismatches = new ArrayList<>();
      for (int i = 0; i < v.figures().size(); i++) {
        FigureReconciliation f = v.figures().get(i);
        if (f.status() == ReconciliationStatus.MISMATCH && f.difference().isPresent()) {
          mismatches.add(i);
        }
      }
      // Largest |difference| first; report order among equals (the sort is stable).
      mismatches.sort(
          Comparator.comparing(
              (Integer i) -> v.figures().get(i).difference().orElseThrow().abs(),
              Comparator.reverseOrder()));
      int next = r;
      text(sh.createRow(next++), 0, labels.format("summary.largest", LARGEST), styles.title());
      if (mismatches.isEmpty()) {
        text(sh.createRow(next++), 0, labels.get("summary.largestNone"));
        return next;
      }
      List<String> keys =
          new ArrayList<>(
              List.of(
                  "column.table",
                  "column.row",
                  "column.column",
                  "column.printed",
                  "column.recomputed",
                  "column.difference",
                  "column.cause"));
      if (hasSources) {
        keys.add("column.source");
      }
      headers(sh, next++, keys);
      for (int i : mismatches.subList(0, Math.min(LARGEST, mismatches.size()))) {
        FigureReconciliation f = v.figures().get(i);
        PublishedFigure p = f.published();
        Row row = sh.createRow(next++);
        text(row, 0, p.table());
        text(row, 1, p.row());
        text(row, 2, p.column());
        text(row, 3, p.printed());
        recomputed(row, 4, f);
        number(row, 5, f.difference().orElseThrow());
        text(row, 6, cause(f), styles.wrapped());
        if (hasSources) {
          text(row, 7, sources[i]);
        }
      }
      return next;
    }

    // ---- one sheet per table

    private void table(Table t) {
      Sheet sh = wb.createSheet(t.sheet);
      List<String> keys =
          new ArrayList<>(
              List.of(
                  "column.row",
                  "column.column",
                  "column.subject",
                  "column.year",
                  "column.measure",
                  "column.printed",
                  "column.publishedValue",
                  "column.recomputed",
                  "column.difference",
                  "column.status",
                  "column.cause",
                  "column.rule"));
      if (hasSources) {
        keys.add("column.source");
      }
      widths(sh, 14, 24, 16, 7, 22, 22, 17, 17, 14, 24, 60, 24, 16);
      text(
          sh.createRow(0),
          0,
          labels.format("table.title", t.name, t.figures.size()),
          styles.title());
      headers(sh, 1, keys);
      int r = 2;
      for (int i : t.figures) {
        FigureReconciliation f = v.figures().get(i);
        PublishedFigure p = f.published();
        Row row = sh.createRow(r++);
        text(row, 0, p.row());
        text(row, 1, p.column());
        text(row, 2, p.subject().orElse(null));
        Cell year = row.createCell(3);
        year.setCellValue(p.year().orElse(v.fiscalYear()));
        year.setCellStyle(styles.year());
        text(row, 4, measure(p));
        text(row, 5, p.printed());
        p.value().ifPresent(x -> number(row, 6, x));
        recomputed(row, 7, f);
        f.difference().ifPresent(x -> number(row, 8, x));
        text(row, 9, labels.status(f.status()), styles.fill(Fill.of(f.status())));
        text(row, 10, cause(f), styles.wrapped());
        text(row, 11, f.rule());
        if (hasSources) {
          text(row, 12, sources[i]);
        }
      }
      sh.createFreezePane(0, 2);
      sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, keys.size() - 1));
    }

    private String measure(PublishedFigure p) {
      String m = labels.measure(p.measure());
      if (p.fromQuarter().isPresent() && p.toQuarter().isPresent()) {
        return labels.format("measure.quarters", m, p.fromQuarter().get(), p.toQuarter().get());
      }
      return m;
    }

    /** The recomputed number, else the recomputed text; nothing when not recomputable. */
    private void recomputed(Row row, int col, FigureReconciliation f) {
      if (f.status() == ReconciliationStatus.NOT_RECOMPUTABLE) {
        return;
      }
      if (f.recomputed().isPresent()) {
        number(row, col, f.recomputed().get());
      } else {
        text(row, col, f.recomputedText().map(t -> recomputedText(f, t)).orElse(null));
      }
    }

    /**
     * The recomputed text in words: the codes {@link FigureReconciliation#recomputedText()}
     * documents (no value: "NOT_APPLICABLE", "MISSING_INPUT"; grades: "UNCOVERED", "AMBIGUOUS:
     * a|b") get their labels; a grade label is shown as it is.
     */
    private String recomputedText(FigureReconciliation f, String t) {
      if (f.published().measure() == Measure.GRADE) {
        if (t.equals(UNCOVERED)) {
          return labels.get("recomputed.UNCOVERED");
        }
        if (t.startsWith(AMBIGUOUS)) {
          return labels.format("recomputed.AMBIGUOUS", t.substring(AMBIGUOUS.length()));
        }
        return t;
      }
      return t.equals(NOT_APPLICABLE) || t.equals(MISSING_INPUT)
          ? labels.get("recomputed." + t)
          : t;
    }

    /** The cause, else the rounding that reproduces the printed value, else empty. */
    private String cause(FigureReconciliation f) {
      if (f.cause().isPresent()) {
        return f.cause().get();
      }
      return f.alternativeRounding()
          .map(a -> labels.format("cause.alternativeRounding", a))
          .orElse("");
    }

    // ---- findings

    private void findings() {
      Sheet sh = wb.createSheet(findingsSheet);
      widths(sh, 14, 30, 16, 14, 24, 16, 100);
      text(
          sh.createRow(0), 0, labels.format("findings.title", v.findings().size()), styles.title());
      List<String> keys =
          List.of(
              "column.severity",
              "column.check",
              "column.table",
              "column.row",
              "column.column",
              "column.subject",
              "column.message");
      headers(sh, 1, keys);
      int r = 2;
      for (Finding f : v.findings()) {
        Row row = sh.createRow(r++);
        text(row, 0, labels.severity(f.severity()), styles.fill(Fill.of(f.severity())));
        text(row, 1, f.check());
        text(row, 2, f.table().orElse(null));
        text(row, 3, f.row().orElse(null));
        text(row, 4, f.column().orElse(null));
        text(row, 5, f.subject().orElse(null));
        text(row, 6, f.message(), styles.wrapped());
      }
      sh.createFreezePane(0, 2);
      sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, keys.size() - 1));
    }
  }

  /** An output stream whose close only flushes: the caller owns {@code out}. */
  private static final class NotClosing extends FilterOutputStream {
    NotClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
