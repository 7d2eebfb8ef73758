package org.lkjip.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a printed text can say as a number, to check that a figure's {@code value} is the number its
 * {@code printed} text shows ("one truth per printed figure").
 *
 * <p>A text is read as a number only when it is one beyond doubt: an optional sign, an optional
 * "Rp" before it or "%" after it, and digits grouped by one convention, Indonesian ({@code
 * 3.308.936.254}, {@code 34,28}) or English ({@code 3,308,936,254}, {@code 34.28}); a thousands
 * separator is followed by exactly three digits. A text such as {@code "1.234"}, which either
 * convention reads, has both readings. Anything else (words, units, ranges, "Nihil", "N/A", "-") is
 * not read, and then nothing is checked: the text is a quotation, the value the transcriber's
 * reading of it.
 */
final class PrintedReadings {

  private PrintedReadings() {}

  /**
   * Every number {@code printed} can be read as: none when it is not a number beyond doubt, one
   * usually, two when both conventions read it ("1.234").
   */
  static List<BigDecimal> of(String printed) {
    String t = printed.strip().replace('\u00a0', ' ').replace('\u2212', '-');
    boolean negative = t.startsWith("-");
    if (negative) {
      t = t.substring(1).strip();
    }
    t = withoutRupiah(t);
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty() || !digitsAndSeparators(t) || !Character.isDigit(t.charAt(0))) {
      return List.of();
    }
    List<BigDecimal> out = new ArrayList<>(2);
    read(t, '.', ',').ifPresent(out::add);
    read(t, ',', '.')
        .filter(v -> out.stream().noneMatch(o -> o.compareTo(v) == 0))
        .ifPresent(out::add);
    return negative ? out.stream().map(BigDecimal::negate).toList() : out;
  }

  /**
   * {@code t} without a leading "Rp", "Rp." (any case) and the spaces after it. Done by hand, not
   * by a regular expression: every published figure, target and cell of every report read passes
   * here.
   */
  private static String withoutRupiah(String t) {
    if (!t.regionMatches(true, 0, "rp", 0, 2)) {
      return t;
    }
    int i = 2;
    if (i < t.length() && t.charAt(i) == '.') {
      i++;
    }
    return t.substring(i).strip();
  }

  /** Whether {@code t} holds only ASCII digits, dots and commas. */
  private static boolean digitsAndSeparators(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c < '0' || c > '9') && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** {@code t} read with {@code thousands} grouping and {@code decimal} as the decimal mark. */
  private static Optional<BigDecimal> read(String t, char thousands, char decimal) {
    int point = t.indexOf(decimal);
    if (point >= 0 && (t.indexOf(decimal, point + 1) >= 0 || point == t.length() - 1)) {
      return Optional.empty();
    }
    String whole = point < 0 ? t : t.substring(0, point);
    String fraction = point < 0 ? "" : t.substring(point + 1);
    if (fraction.indexOf(thousands) >= 0) {
      return Optional.empty();
    }
    // groups: the first of 1 to 3 digits when there are others, every other of exactly 3
    int first = whole.indexOf(thousands);
    if (first == 0 || (first > 3)) {
      return Optional.empty();
    }
    StringBuilder plain = new StringBuilder(t.length());
    int start = 0;
    for (int sep = first; sep >= 0; sep = whole.indexOf(thousands, start)) {
      if (start > 0 && sep - start != 3) {
        return Optional.empty();
      }
      plain.append(whole, start, sep);
      start = sep + 1;
    }
    if (start > 0 && whole.length() - start != 3) {
      return Optional.empty();
    }
    plain.append(whole, start, whole.length());
    if (!fraction.isEmpty()) {
      plain.append('.').append(fraction);
    }
    return Optional.of(new BigDecimal(plain.toString()));
  }

  /**
   * Throws when {@code printed} reads as numbers and {@code value} is none of them.
   *
   * @param what the kind of element, e.g. "a published figure"
   */
  static void checkAgree(String what, Optional<String> printed, Optional<BigDecimal> value) {
    if (printed.isEmpty() || value.isEmpty()) {
      return;
    }
    List<BigDecimal> readings = of(printed.get());
    if (readings.isEmpty() || readings.stream().anyMatch(r -> r.compareTo(value.get()) == 0)) {
      return;
    }
    throw new InvalidModelException(
        what
            + " is printed '"
            + printed.get()
            + "', which reads as "
            + String.join(" or ", readings.stream().map(BigDecimal::toPlainString).toList())
            + ", but its 'value' is "
            + value.get().toPlainString()
            + "; one of them is mistyped: make 'value' the number the text shows, or correct"
            + " 'printed' to the text of the report");
  }
}
