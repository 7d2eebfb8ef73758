package org.lkjip.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the cells of one worksheet's XML ({@code xl/worksheets/sheetN.xml}) row by row, without
 * building POI's user model, so memory does not grow with the number of rows. It reports raw cells:
 * the stored text of the value, its type, and the number format of its style; {@link
 * ReportWorkbookReader} decides what they mean. The XML parser is POI's hardened one (no DTDs, no
 * external entities).
 */
final class SheetXml {
  /** What a cell holds. */
  enum Type {
    /** A number; {@link RawCell#text} is its stored decimal text. */
    NUMBER,
    /** Text (shared, inline, or a formula's text result). */
    TEXT,
    /** TRUE or FALSE; text is "1" or "0". */
    BOOLEAN,
    /** An error value such as {@code #DIV/0!}. */
    ERROR,
    /** A formula without a saved value; text is the formula. */
    FORMULA_WITHOUT_VALUE,
    /** Text longer than the limit; text is its start. */
    TOO_LONG
  }

  /**
   * One cell.
   *
   * @param column 0-based column
   * @param row 1-based row
   * @param type what it holds
   * @param text the stored text of the value
   * @param format the number format of its style ("General" when none); one instance per style
   */
  record RawCell(int column, int row, Type type, String text, String format) {
    /** Its address, e.g. "F12" (computed: a sheet of 50,000 rows holds no address strings). */
    String ref() {
      return CellReference.convertNumToColString(column) + row;
    }
  }

  /** Receives rows in file order; only rows with at least one cell. */
  interface RowHandler {
    /**
     * One row.
     *
     * @param row 1-based row number as Excel shows it
     * @param cells its cells by 0-based column
     * @return false to stop reading the sheet
     */
    boolean row(int row, TreeMap<Integer, RawCell> cells);
  }

  /** Thrown to stop parsing early (a limit or the handler's wish); not an error in itself. */
  static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stopped");
    }
  }

  /** The text of an {@link Type#ERROR} cell whose shared string is not in the file. */
  static final String MISSING_SHARED_STRING = "#SHARED-STRING-";

  private SheetXml() {}

  /**
   * Reads {@code sheet} and calls {@code handler} once per row.
   *
   * @param maxStringLength texts longer than this become {@link Type#TOO_LONG}
   * @throws IOException if the stream fails
   * @throws SAXException if the XML is not well-formed
   */
  static void read(
      InputStream sheet,
      SharedStrings strings,
      @Nullable StylesTable styles,
      int maxStringLength,
      RowHandler handler)
      throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML parser: " + e.getMessage(), e);
    }
    Handler h = new Handler(strings, styles, maxStringLength, handler);
    xml.setContentHandler(h);
    // Its fatalError throws, as POI's handler does, but without logging the error to stderr: the
    // caller reports it once, at the file.
    xml.setErrorHandler(h);
    try {
      xml.parse(new InputSource(sheet));
    } catch (Stop stop) {
      // the handler or a limit ended the sheet early
    }
  }

  /**
   * The 0-based column of a cell reference such as "AB12": its letters read directly (POI's {@link
   * CellReference} parses with a regular expression, a tenth of the time of a large sheet);
   * anything else (a "$", lower case, a sheet name) goes to {@code CellReference}.
   */
  static int columnOf(String ref) {
    int column = 0;
    int i = 0;
    while (i < ref.length() && i < 3) {
      char ch = ref.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      column = column * 26 + (ch - 'A' + 1);
      i++;
    }
    boolean digitsFollow = i > 0 && i < ref.length();
    for (int j = i; j < ref.length() && digitsFollow; j++) {
      char ch = ref.charAt(j);
      digitsFollow = ch >= '0' && ch <= '9';
    }
    return digitsFollow ? column - 1 : new CellReference(ref).getCol();
  }

  private static final class Handler extends DefaultHandler {
    private final SharedStrings strings;
    private final @Nullable StylesTable styles;
    private final int maxStringLength;
    private final RowHandler handler;

    private static final String GENERAL = "General";
    private static final int MAX_SHARED = 4096;
    private static final int MAX_SHARED_LENGTH = 48;

    private TreeMap<Integer, RawCell> cells = new TreeMap<>();
    private @Nullable String[] formats = new String[0];
    private final Map<String, String> texts = new HashMap<>();
    private int row;
    private int nextRow = 1;
    private int nextColumn;
    private @Nullable String ref;
    private @Nullable String type;
    private @Nullable String style;
    private boolean inValue;

    /** Whether the cell has a {@code <v>}: a formula's saved result, possibly empty text. */
    private boolean valueSeen;

    /** Whether the cell has an {@code <f>}, also an empty one (a shared formula's later cells). */
    private boolean formulaSeen;

    private boolean inFormula;
    private boolean inInlineText;
    private boolean tooLong;
    private boolean inlineSeen;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();

    Handler(
        SharedStrings strings,
        @Nullable StylesTable styles,
        int maxStringLength,
        RowHandler handler) {
      this.strings = strings;
      this.styles = styles;
      this.maxStringLength = maxStringLength;
      this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "row" -> {
          String r = atts.getValue("r");
          row = r == null ? nextRow : parsePositive(r, nextRow);
          nextRow = row + 1;
          nextColumn = 0;
          cells = new TreeMap<>();
        }
        case "c" -> {
          ref = atts.getValue("r");
          type = atts.getValue("t");
          style = atts.getValue("s");
          value.setLength(0);
          formula.setLength(0);
          tooLong = false;
          inlineSeen = false;
          valueSeen = false;
          formulaSeen = false;
        }
        // An inline string's text is in <is><t>; a <v> before it (POI writes one when a value is
        // set on an inline-string cell) is not what Excel shows: as POI does, the <is> text wins,
        // and a <v> is read only when there is no <is>.
        case "is" -> {
          if ("inlineStr".equals(type)) {
            inlineSeen = true;
            value.setLength(0);
            tooLong = false;
          }
        }
        case "v" -> {
          inValue = !inlineSeen;
          valueSeen = true;
        }
        case "f" -> {
          inFormula = true;
          formulaSeen = true;
        }
        case "t" -> inInlineText = "inlineStr".equals(type);
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inInlineText) {
        if (value.length() + length > maxStringLength) {
          tooLong = true;
          value.append(ch, start, Math.max(0, Math.min(length, 40 - value.length())));
        } else if (!tooLong) {
          value.append(ch, start, length);
        }
      } else if (inFormula && formula.length() < 1000) {
        formula.append(ch, start, Math.min(length, 1000 - formula.length()));
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (localName) {
        case "v" -> inValue = false;
        case "f" -> inFormula = false;
        case "t" -> inInlineText = false;
        case "c" -> endCell();
        case "row" -> {
          if (!cells.isEmpty() && !handler.row(row, cells)) {
            throw new Stop();
          }
        }
        default -> {}
      }
    }

    private void endCell() {
      int column = nextColumn;
      String r = ref;
      if (r != null) {
        column = columnOf(r);
      }
      nextColumn = column + 1;
      int address = row;
      String format = format();
      RawCell cell;
      String t = type == null ? "n" : type;
      if (tooLong) {
        cell = new RawCell(column, address, Type.TOO_LONG, value.toString(), format);
      } else if (formulaSeen && !valueSeen && !inlineSeen) {
        // A formula never calculated and saved (e.g. written by a program): there is no value
        // to read. A saved empty text result (=IF(...,"",...)) has a <v> and is a blank cell.
        cell = new RawCell(column, address, Type.FORMULA_WITHOUT_VALUE, formula.toString(), format);
      } else {
        String v = value.toString();
        cell =
            switch (t) {
              case "s" -> sharedString(address, column, v, format);
              case "inlineStr", "str", "d" ->
                  new RawCell(column, address, Type.TEXT, shared(v), format);
              case "b" -> new RawCell(column, address, Type.BOOLEAN, v.strip(), format);
              case "e" -> new RawCell(column, address, Type.ERROR, v, format);
              default -> new RawCell(column, address, Type.NUMBER, v, format);
            };
      }
      if (!cell.text().isEmpty() || cell.type() == Type.FORMULA_WITHOUT_VALUE) {
        cells.put(column, cell);
      }
    }

    private RawCell sharedString(int address, int column, String index, String format) {
      int i = parsePositive(index.strip(), -1);
      if (i < 0 || i >= strings.getCount()) {
        return new RawCell(column, address, Type.ERROR, MISSING_SHARED_STRING + index, format);
      }
      String s = strings.getItemAt(i).getString();
      if (s.length() > maxStringLength) {
        return new RawCell(column, address, Type.TOO_LONG, s.substring(0, 40), format);
      }
      return new RawCell(column, address, Type.TEXT, shared(s), format);
    }

    private String format() {
      StylesTable st = styles;
      String s = style;
      if (st == null || s == null) {
        return GENERAL;
      }
      int i = parsePositive(s, -1);
      if (i < 0 || i >= st.getNumCellStyles()) {
        return GENERAL;
      }
      // POI builds a new style object and format string on every call: look each style up once
      if (formats.length <= i) {
        formats = Arrays.copyOf(formats, Math.max(i + 1, st.getNumCellStyles()));
      }
      String known = formats[i];
      if (known == null) {
        XSSFCellStyle cs = st.getStyleAt(i);
        String f = cs == null ? null : cs.getDataFormatString();
        known = f == null ? GENERAL : f;
        formats[i] = known;
      }
      return known;
    }

    /**
     * {@code text}, or an equal string met before: a sheet repeats its short texts (table and
     * column names, units, polarities) on every row, and a large workbook would otherwise hold one
     * copy per cell. At most {@link #MAX_SHARED} texts are remembered.
     */
    private String shared(String text) {
      if (text.length() > MAX_SHARED_LENGTH) {
        return text;
      }
      String known = texts.get(text);
      if (known != null) {
        return known;
      }
      if (texts.size() < MAX_SHARED) {
        texts.put(text, text);
      }
      return text;
    }

    private static int parsePositive(String s, int otherwise) {
      try {
        int v = Integer.parseInt(s);
        return v >= 0 ? v : otherwise;
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
  }
}
