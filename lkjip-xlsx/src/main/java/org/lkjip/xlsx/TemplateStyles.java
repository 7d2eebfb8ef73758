package org.lkjip.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The cell styles of a report workbook, made once per workbook (Excel allows about 64,000). */
final class TemplateStyles {
  final SXSSFWorkbook wb;
  final CellStyle title;
  final CellStyle header;
  final CellStyle key;
  final CellStyle bold;
  final CellStyle wrap;
  final CellStyle plain;
  final CellStyle integer;
  final Map<Integer, CellStyle> numbers = new HashMap<>();

  TemplateStyles(SXSSFWorkbook wb) {
    this.wb = wb;
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    title = wb.createCellStyle();
    title.setFont(big);
    Font boldFont = wb.createFont();
    boldFont.setBold(true);
    header = wb.createCellStyle();
    header.setFont(boldFont);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    Font small = wb.createFont();
    small.setItalic(true);
    small.setFontHeightInPoints((short) 8);
    small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    key = wb.createCellStyle();
    key.setFont(small);
    key.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    key.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    bold = wb.createCellStyle();
    bold.setFont(boldFont);
    bold.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    plain = wb.createCellStyle();
    plain.setDataFormat(wb.createDataFormat().getFormat("@"));
    integer = wb.createCellStyle();
    integer.setDataFormat(wb.createDataFormat().getFormat("0"));
  }

  /** "#,##0.00" with {@code scale} decimals; money and plain numbers alike are grouped. */
  CellStyle number(int scale) {
    return numbers.computeIfAbsent(
        scale,
        k -> {
          CellStyle s = wb.createCellStyle();
          s.setDataFormat(wb.createDataFormat().getFormat(CellValues.numberFormat(scale)));
          return s;
        });
  }
}
