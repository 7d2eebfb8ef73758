package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.lkjip.io.IndonesianNumbers;
import org.lkjip.io.PrintedNumber;
import org.lkjip.io.PrintedNumberException;
import org.lkjip.model.Absence;
import org.lkjip.xlsx.SheetXml.RawCell;
import org.lkjip.xlsx.WorkbookFormat.Column;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The records of a workbook's sheets and the typed reading of their cells. Every value that cannot
 * be read becomes a {@link WorkbookProblem} at its {@code Sheet!Cell} and a {@code null} result, so
 * that one pass lists every problem; callers skip what depends on a missing value.
 */
final class Records {
  /** One record: a data row of a sheet, its non-blank cells by column key. */
  static final class Rec {
    private final Sheet sheet;
    private final int row;
    private final @Nullable RawCell[] byColumn;
    private final Map<String, Integer> columns;

    /**
     * A record.
     *
     * @param sheet its sheet
     * @param row 1-based row number
     * @param byColumn its keyed non-blank cells at their 0-based column, null elsewhere (an array,
     *     not a map: a workbook of 50,000 rows holds one per row)
     * @param columns the sheet's column index by key, shared by its records
     */
    Rec(Sheet sheet, int row, @Nullable RawCell[] byColumn, Map<String, Integer> columns) {
      this.sheet = sheet;
      this.row = row;
      this.byColumn = byColumn;
      this.columns = columns;
    }

    Sheet sheet() {
      return sheet;
    }

    int row() {
      return row;
    }

    /** The cell of {@code key}, or null when blank. */
    @Nullable RawCell cell(String key) {
      Integer c = columns.get(key);
      return c == null || c >= byColumn.length ? null : byColumn[c];
    }

    /** {@code Indikator!F12}, or {@code 'Angka Terbit'!D12}: the address of {@code key}'s cell. */
    String where(String key) {
      Integer c = columns.get(key);
      return address(sheet.sheetName(), c == null ? 0 : c, row);
    }

    /** The address of the row's first cell. */
    String where() {
      return address(sheet.sheetName(), 0, row);
    }

    boolean has(String key) {
      return cell(key) != null;
    }
  }

  private final int maxProblems;
  private final List<WorkbookProblem> problems = new ArrayList<>();
  private boolean truncated;

  Records(int maxProblems) {
    this.maxProblems = maxProblems;
  }

  /** An Excel address with the sheet name quoted when it needs it. */
  static String address(String sheet, int column, int row) {
    return sheetRef(sheet) + "!" + CellReference.convertNumToColString(column) + row;
  }

  /** The sheet name as Excel writes it in a reference: quoted when it has blanks or punctuation. */
  static String sheetRef(String sheet) {
    return sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  void problem(String where, String message) {
    if (problems.size() < maxProblems) {
      problems.add(new WorkbookProblem(where, message));
    } else {
      truncated = true;
    }
  }

  /**
   * Whether reading can stop: more problems were found than are listed. (Reading goes on past the
   * last listed problem until one more is found, so that {@link #truncated()} tells the truth.)
   */
  boolean full() {
    return truncated;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  ImmutableList<WorkbookProblem> problems() {
    return ImmutableList.copyOf(problems);
  }

  boolean truncated() {
    return truncated;
  }

  /**
   * The text of {@code key}, or null when blank or unreadable. Numbers read as a person sees them.
   */
  @Nullable String text(Rec r, String key) {
    RawCell c = r.cell(key);
    if (c == null || !readable(r, key, c)) {
      return null;
    }
    String s =
        switch (c.type()) {
          case NUMBER -> {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(-1, c.format())) {
              problem(
                  r.where(key),
                  "Excel stored a date here (format "
                      + clip(c.format())
                      + "), not the text typed: format the column as Text and type it again");
              yield null;
            }
            BigDecimal d = number(r, key, c);
            yield d == null ? null : d.toPlainString();
          }
          case BOOLEAN -> "1".equals(c.text()) ? "TRUE" : "FALSE";
          default -> c.text();
        };
    return s == null || s.isBlank() ? null : s;
  }

  /** The text of a required column; a blank cell is a problem. */
  @Nullable String requiredText(Rec r, String key) {
    String s = text(r, key);
    if (s == null && !r.has(key)) {
      problem(r.where(key), "expected " + describe(r.sheet(), key) + ", found a blank cell");
    }
    return s;
  }

  /** A whole number, or null. */
  @Nullable Integer integer(Rec r, String key) {
    BigDecimal d = decimal(r, key, "a whole number");
    if (d == null) {
      return null;
    }
    try {
      return d.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      problem(r.where(key), "expected a whole number, found " + quote(r, key, d));
      return null;
    }
  }

  /** A number, or null when blank or unreadable. */
  @Nullable BigDecimal number(Rec r, String key) {
    return decimal(r, key, "a number");
  }

  /** A number or an absence word; null when blank. */
  @Nullable Object numberOrAbsence(Rec r, String key) {
    RawCell c = r.cell(key);
    if (c == null || !readable(r, key, c)) {
      return null;
    }
    if (c.type() == SheetXml.Type.TEXT) {
      if (c.text().strip().equalsIgnoreCase(WorkbookFormat.NOT_REPORTED_WORD)) {
        return Absence.NOT_REPORTED;
      }
      PrintedNumber p = printed(r, key, c.text(), "a number or N/A, Nihil, -");
      if (p == null) {
        return null;
      }
      String wrongKind = p.value().isPresent() ? wrongKind(r.sheet(), key, p) : null;
      if (wrongKind != null) {
        problem(
            r.where(key),
            "expected a number or N/A, Nihil, -, found \""
                + clip(c.text())
                + "\" ("
                + wrongKind
                + ")");
        return null;
      }
      return p.value().isPresent() ? p.value().get() : p.absence().orElseThrow();
    }
    return number(r, key, c);
  }

  /** Ya/Tidak (or TRUE/FALSE); null when blank. */
  @Nullable Boolean bool(Rec r, String key) {
    RawCell c = r.cell(key);
    if (c == null || !readable(r, key, c)) {
      return null;
    }
    String s =
        c.type() == SheetXml.Type.BOOLEAN
            ? ("1".equals(c.text()) ? "TRUE" : "FALSE")
            : c.text().strip();
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "ya", "true", "yes", "benar" -> Boolean.TRUE;
      case "tidak", "false", "no", "salah" -> Boolean.FALSE;
      default -> {
        problem(r.where(key), "expected Ya or Tidak, found \"" + clip(s) + "\"");
        yield null;
      }
    };
  }

  /**
   * One word of {@code choices} (matched ignoring case and surrounding blanks, returned as listed);
   * null when blank or not in the list. An empty list accepts any text.
   */
  @Nullable String choice(Rec r, String key, List<String> choices, boolean required) {
    String s = required ? requiredText(r, key) : text(r, key);
    if (s == null || choices.isEmpty()) {
      return s == null ? null : s.strip();
    }
    for (String c : choices) {
      if (c.equalsIgnoreCase(s.strip())) {
        return c;
      }
    }
    problem(
        r.where(key),
        "expected one of " + String.join(", ", choices) + ", found \"" + clip(s) + "\"");
    return null;
  }

  /** Parses printed text; null (and a problem) when it is not a number. */
  @Nullable PrintedNumber printed(Rec r, String key, String text, String expected) {
    try {
      return IndonesianNumbers.parse(text);
    } catch (PrintedNumberException e) {
      problem(
          r.where(key),
          "expected " + expected + ", found \"" + clip(text) + "\" (" + e.reason() + ")");
      return null;
    }
  }

  private @Nullable BigDecimal decimal(Rec r, String key, String expected) {
    RawCell c = r.cell(key);
    if (c == null || !readable(r, key, c)) {
      return null;
    }
    return switch (c.type()) {
      case NUMBER -> number(r, key, c);
      case TEXT -> {
        PrintedNumber p = printed(r, key, c.text(), expected);
        if (p == null) {
          yield null;
        }
        if (p.value().isEmpty()) {
          problem(r.where(key), "expected " + expected + ", found \"" + clip(c.text()) + "\"");
          yield null;
        }
        String wrongKind = wrongKind(r.sheet(), key, p);
        if (wrongKind != null) {
          problem(
              r.where(key),
              "expected " + expected + ", found \"" + clip(c.text()) + "\" (" + wrongKind + ")");
          yield null;
        }
        yield p.value().get();
      }
      default -> {
        problem(r.where(key), "expected " + expected + ", found a TRUE/FALSE value");
        yield null;
      }
    };
  }

  /**
   * Why a printed number does not belong in {@code key}'s column, or null: a quantity's unit has
   * its own column ("12 orang" is not a number), and rupiah belong in money columns only.
   */
  private static @Nullable String wrongKind(Sheet sheet, String key, PrintedNumber p) {
    boolean money = sheet.column(key).map(c -> c.kind() == WorkbookFormat.Kind.MONEY).orElse(false);
    return switch (p.kind()) {
      case QUANTITY ->
          "a quantity with the unit '" + p.unit().orElse("") + "': type the number only";
      case MONEY -> money ? null : "rupiah, in a column that is not money";
      case PERCENT -> money ? "a percentage, in a column of rupiah" : null;
      case PLAIN -> null;
    };
  }

  private @Nullable BigDecimal number(Rec r, String key, RawCell c) {
    try {
      return CellValues.fromCell(c.text(), c.format());
    } catch (NumberFormatException e) {
      problem(
          r.where(key),
          "the file stores \"" + clip(c.text()) + "\" as a number: the workbook is damaged");
      return null;
    }
  }

  private boolean readable(Rec r, String key, RawCell c) {
    switch (c.type()) {
      case ERROR -> {
        problem(
            r.where(key),
            c.text().startsWith(SheetXml.MISSING_SHARED_STRING)
                ? "the cell's text is shared string number "
                    + clip(c.text().substring(SheetXml.MISSING_SHARED_STRING.length()))
                    + ", which the file does not have: the workbook is damaged"
                : "the cell holds the error "
                    + clip(c.text())
                    + ": correct its formula or type the value");
        return false;
      }
      case FORMULA_WITHOUT_VALUE -> {
        problem(
            r.where(key),
            "the formula ="
                + clip(c.text())
                + " has no saved value: open the workbook in Excel or LibreOffice and save it once");
        return false;
      }
      case TOO_LONG -> {
        problem(
            r.where(key),
            "text longer than "
                + org.lkjip.io.Limits.MAX_STRING_LENGTH
                + " characters (Limits.MAX_STRING_LENGTH)");
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  private String quote(Rec r, String key, BigDecimal d) {
    RawCell c = r.cell(key);
    return c != null && c.type() == SheetXml.Type.TEXT
        ? "\"" + clip(c.text()) + "\""
        : d.toPlainString();
  }

  /** What a column expects, for messages: its header key and kind. */
  static String describe(Sheet sheet, String key) {
    Column c = sheet.column(key).orElse(null);
    if (c == null) {
      return "'" + key + "'";
    }
    String kind =
        switch (c.kind()) {
          case INTEGER -> "a whole number";
          case NUMBER, MONEY -> "a number";
          case NUMBER_OR_ABSENCE -> "a number or N/A, Nihil, -";
          case BOOLEAN -> "Ya or Tidak";
          case CHOICE ->
              c.choices().isEmpty() ? "a value" : "one of " + String.join(", ", c.choices());
          case TEXT -> "a value";
        };
    return kind + " in column '" + key + "'";
  }

  /** At most 60 characters of {@code s}, for messages. */
  static String clip(String s) {
    String one = s.replace('\n', ' ').replace('\r', ' ');
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
