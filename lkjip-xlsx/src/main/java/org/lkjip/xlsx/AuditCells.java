package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The cells of the audit sheets: texts cleaned for XML and Excel and always string cells, numbers
 * as number cells with the display format of their decimals.
 */
final class AuditCells {
  /** Longest text Excel holds in a cell. */
  static final int MAX_CELL_TEXT = 32_767;

  private static final BigDecimal LARGEST_NUMBER = new BigDecimal("1.7976931348623157E308");
  private static final Pattern ESCAPE_LIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

  private final AuditLabels labels;
  private final AuditStyles styles;

  AuditCells(AuditLabels labels, AuditStyles styles) {
    this.labels = labels;
    this.styles = styles;
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

  /** Whether {@code bd} is in the range of an Excel number (every number a report prints is). */
  private static boolean representable(BigDecimal bd) {
    return bd.abs().compareTo(LARGEST_NUMBER) <= 0;
  }

  /** A string cell holding {@link #cellText the cell text} of {@code s}; none when it is empty. */
  void text(Row row, int col, @Nullable String s, CellStyle style) {
    if (s == null || s.isEmpty()) {
      return;
    }
    Cell c = row.createCell(col);
    c.setCellValue(cellText(s));
    c.setCellStyle(style);
  }

  /** A plain text cell. */
  void text(Row row, int col, @Nullable String s) {
    text(row, col, s, styles.text());
  }

  /** A number cell showing the decimals of {@code bd}. */
  void number(Row row, int col, BigDecimal bd) {
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

  /** A number cell of a count. */
  void count(Row row, int col, int n) {
    Cell c = row.createCell(col);
    c.setCellValue(n);
    c.setCellStyle(styles.number(0));
  }

  /** A header row: the labels of {@code keys}. */
  void headers(Sheet sheet, int rowIndex, List<String> keys) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < keys.size(); i++) {
      text(row, i, labels.get(keys.get(i)), styles.header());
    }
  }

  /** The widths of the first columns, in characters. */
  static void widths(Sheet sheet, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      sheet.setColumnWidth(i, chars[i] * 256);
    }
  }
}
