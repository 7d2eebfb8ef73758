package org.lkjip.xlsx;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;

/**
 * The cell styles of one audit workbook, its fills and its number formats. One style per kind of
 * cell, created on first use (Excel allows about 64,000 styles).
 */
final class AuditStyles {
  /** Most decimals a display format shows; an Excel number has no more to show. */
  static final int MAX_DECIMALS = 10;

  private final SXSSFWorkbook wb;
  private final DataFormat formats;
  private final Map<String, CellStyle> cache = new HashMap<>();
  private final Map<Fill, CellStyle> fills = new EnumMap<>(Fill.class);

  AuditStyles(SXSSFWorkbook wb) {
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

  /** Display format of a number with {@code scale} decimals: {@code #,##0} or {@code #,##0.00}. */
  static String numberFormat(int scale) {
    int decimals = Math.max(0, Math.min(MAX_DECIMALS, scale));
    return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }

  /** Fills of the status, severity and verdict cells: light backgrounds with dark text. */
  enum Fill {
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
}
