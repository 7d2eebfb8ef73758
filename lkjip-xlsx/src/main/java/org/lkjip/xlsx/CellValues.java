package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers move between {@link BigDecimal} and a spreadsheet cell.
 *
 * <p>Reading: a numeric cell holds a binary floating-point number, written in the file as its
 * shortest decimal text ({@code 0.30000000000000004} for 0.1+0.2). lkjip takes the value a person
 * sees in Excel: that text rounded half-even to {@value #EXCEL_DIGITS} significant digits (Excel's
 * own precision), trailing zeros dropped, so 0.1+0.2 is 0.3 and 2693549200 stays 2693549200. A cell
 * displayed as a percentage (its format has {@code %}) holds 0.3428 for "34,28%": it is read as
 * 34.28, on the 0–100 scale of the model. When the cell's format shows a fixed number of decimals
 * ({@code #,##0.00}), the value is given that scale ({@code 14620000.00}); the format never rounds
 * a value away: 34.285 shown as "34,29" is read as 34.285, the number Excel computes with.
 *
 * <p>Writing: a number of at most {@value #EXCEL_DIGITS} significant digits is stored as a number
 * with a format of its own decimals, so that it reads back with the same value and scale.
 */
final class CellValues {
  /** Significant decimal digits a spreadsheet number keeps. */
  static final int EXCEL_DIGITS = 15;

  private static final MathContext EXCEL = new MathContext(EXCEL_DIGITS, RoundingMode.HALF_EVEN);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Decimals beyond which a number is written as text (a format cannot show more). */
  private static final int MAX_FORMAT_DECIMALS = 15;

  private CellValues() {}

  /** Whether {@code v} survives a round trip through an Excel number with its scale. */
  static boolean fitsExcel(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.precision() <= EXCEL_DIGITS
        && v.scale() <= MAX_FORMAT_DECIMALS
        && stripped.compareTo(BigDecimal.ZERO) == 0 == (v.signum() == 0)
        && v.abs().compareTo(new BigDecimal("1E+300")) < 0
        && (v.signum() == 0 || v.abs().compareTo(new BigDecimal("1E-300")) > 0);
  }

  /**
   * The display format of a number with {@code scale} decimals: {@code #,##0} or {@code #,##0.00}.
   */
  static String numberFormat(int scale) {
    return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
  }

  /**
   * The number a person sees in a numeric cell whose stored text is {@code raw} and whose format is
   * {@code format}.
   *
   * @throws NumberFormatException if {@code raw} is not a number (a corrupt file)
   */
  static BigDecimal fromCell(String raw, String format) {
    BigDecimal v = new BigDecimal(raw.strip()).round(EXCEL);
    Format f = Format.of(format);
    if (f.percent) {
      v = v.multiply(HUNDRED);
    }
    v = v.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    if (f.decimals > v.scale()) {
      v = v.setScale(f.decimals);
    }
    return v;
  }

  /** Text with the characters XML 1.0 cannot hold replaced by U+FFFD. */
  static String xmlSafe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
      if (bad) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
        b.append('\uFFFD');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** What a number format says about the value: percent, and fixed decimals. */
  private record Format(boolean percent, int decimals) {
    static Format of(String format) {
      if (format.isEmpty() || format.equalsIgnoreCase("General")) {
        return new Format(false, 0);
      }
      boolean percent = false;
      int decimals = 0;
      boolean afterPoint = false;
      boolean quoted = false;
      boolean bracket = false;
      for (int i = 0; i < format.length(); i++) {
        char c = format.charAt(i);
        if (quoted) {
          quoted = c != '"';
          continue;
        }
        if (bracket) {
          bracket = c != ']';
          continue;
        }
        switch (c) {
          case '"' -> quoted = true;
          case '[' -> bracket = true;
          case '\\', '_', '*' -> i++; // the next character is literal, a space or a fill
          case ';' -> i = format.length(); // only the first section (positive numbers)
          case '%' -> percent = true;
          case '.' -> afterPoint = true;
          case '0' -> decimals += afterPoint ? 1 : 0;
          default -> {}
        }
      }
      return new Format(percent, decimals);
    }
  }
}
