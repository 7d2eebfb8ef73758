package org.lkjip.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
  private static final Pattern RUPIAH = Pattern.compile("^rp\\.?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("[0-9.,]+");

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
    t = RUPIAH.matcher(t).replaceFirst("");
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty() || !DIGITS.matcher(t).matches() || !Character.isDigit(t.charAt(0))) {
      return List.of();
    }
    List<BigDecimal> out = new ArrayList<>(2);
    read(t, '.', ',').ifPresent(out::add);
    read(t, ',', '.')
        .filter(v -> out.stream().noneMatch(o -> o.compareTo(v) == 0))
        .ifPresent(out::add);
    return negative ? out.stream().map(BigDecimal::negate).toList() : out;
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
    String[] groups = whole.split(Pattern.quote(String.valueOf(thousands)), -1);
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return Optional.empty();
      }
    }
    if (groups[0].isEmpty() || (groups.length > 1 && groups[0].length() > 3)) {
      return Optional.empty();
    }
    String plain = String.join("", groups) + (fraction.isEmpty() ? "" : "." + fraction);
    return Optional.of(new BigDecimal(plain));
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
