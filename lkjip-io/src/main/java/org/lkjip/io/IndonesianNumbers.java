package org.lkjip.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.Absence;

/**
 * Reads and writes numbers as printed in Indonesian reports, for transcribing published figures.
 *
 * <p>Reports mix conventions, sometimes in one table: "3.308.936.254" (dots group thousands),
 * "34,28%" (comma is the decimal point), but also "69.20%" and "Rp 2,693,549,200.00" (English
 * style). {@link #parse(String)} decides from the text alone when it can:
 *
 * <ul>
 *   <li>several separators of one kind group thousands ("3.308.936.254", "2,602,212,755");
 *   <li>with both kinds, the last one is the decimal point ("2,693,549,200.00", "1.234,5");
 *   <li>one separator followed by 1, 2 or 4+ digits is the decimal point ("34,28", "69.20");
 *   <li>one separator followed by exactly 3 digits ("1.234", "1,234") could be either: that text is
 *       an error unless the caller passes a {@link Convention} with {@link #parse(String,
 *       Convention)}. (When the digits before it cannot be a thousands group, as in "0,125" or
 *       "1234.567", it is the decimal point.)
 * </ul>
 *
 * <p>Besides plain numbers it reads percentages ("52,74 %"), rupiah ("Rp2,602,212,755", "Rp
 * 5.000,-"), quantities with a unit ("12 bulan"), and absences: "Nihil", "-" and "Rp -" are {@link
 * Absence#NIL}, "N/A" is {@link Absence#NOT_APPLICABLE}, and blank text is {@link
 * Absence#NOT_REPORTED}. The value keeps the printed decimals ("92,630" gives {@code 92.630}).
 *
 * @since 0.1
 */
public final class IndonesianNumbers {
  /** Which separator is the decimal point when the text alone cannot tell. */
  public enum Convention {
    /** Dot groups thousands, comma is the decimal point: "1.234,56". */
    INDONESIAN('.', ','),
    /** Comma groups thousands, dot is the decimal point: "1,234.56". */
    ENGLISH(',', '.');

    private final char thousands;
    private final char decimal;

    Convention(char thousands, char decimal) {
      this.thousands = thousands;
      this.decimal = decimal;
    }

    /** The thousands separator. */
    public char thousandsSeparator() {
      return thousands;
    }

    /** The decimal separator. */
    public char decimalSeparator() {
      return decimal;
    }
  }

  private static final Pattern MONEY_PREFIX =
      Pattern.compile("^rp\\.?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT_SUFFIX = Pattern.compile("\\s*%$");
  private static final Pattern QUANTITY =
      Pattern.compile("^([-+\u2212]?[0-9][0-9.,]*)\\s+(\\p{L}[\\p{L}\\p{N} ./()-]*)$");
  private static final Pattern NUMBER = Pattern.compile("^[0-9][0-9.,]*$");

  private IndonesianNumbers() {}

  /**
   * Reads a printed number whose separators the text itself makes clear.
   *
   * @throws PrintedNumberException if the text is not a number, or is ambiguous ("1.234")
   */
  public static PrintedNumber parse(String text) {
    return parse(text, null);
  }

  /**
   * Reads a printed number, using the convention only where the text alone is ambiguous (one
   * separator followed by exactly three digits).
   *
   * @throws PrintedNumberException if the text is not a number
   */
  public static PrintedNumber parse(String text, @Nullable Convention convention) {
    String s = text.replace('\u00A0', ' ').strip();
    if (s.isEmpty()) {
      return absent(text, PrintedNumber.Kind.PLAIN, Absence.NOT_REPORTED);
    }
    Optional<Absence> word = absenceWord(s);
    if (word.isPresent()) {
      return absent(text, PrintedNumber.Kind.PLAIN, word.get());
    }
    PrintedNumber.Kind kind = PrintedNumber.Kind.PLAIN;
    Matcher money = MONEY_PREFIX.matcher(s);
    if (money.find()) {
      kind = PrintedNumber.Kind.MONEY;
      s = s.substring(money.end());
      if (s.endsWith(",-") || s.endsWith(".-")) {
        s = s.substring(0, s.length() - 2);
      }
      if (s.isEmpty()) {
        throw new PrintedNumberException(text, "no amount after 'Rp'");
      }
    } else {
      Matcher percent = PERCENT_SUFFIX.matcher(s);
      if (percent.find()) {
        kind = PrintedNumber.Kind.PERCENT;
        s = s.substring(0, percent.start());
        if (s.isEmpty()) {
          throw new PrintedNumberException(text, "no number before '%'");
        }
      }
    }
    if (kind != PrintedNumber.Kind.PLAIN) {
      Optional<Absence> absent = absenceWord(s);
      if (absent.isPresent()) {
        return absent(text, kind, absent.get());
      }
      return new PrintedNumber(
          text, kind, Optional.of(number(text, s, convention)), Optional.empty(), Optional.empty());
    }
    Matcher quantity = QUANTITY.matcher(s);
    if (quantity.matches()) {
      return new PrintedNumber(
          text,
          PrintedNumber.Kind.QUANTITY,
          Optional.of(number(text, quantity.group(1), convention)),
          Optional.empty(),
          Optional.of(quantity.group(2).strip()));
    }
    return new PrintedNumber(
        text, kind, Optional.of(number(text, s, convention)), Optional.empty(), Optional.empty());
  }

  /**
   * Formats a number the Indonesian way: dots group thousands, comma before the decimals
   * ("3.308.936.254", "52,73", "-33,53"). The value must already have at most {@code scale}
   * decimals; it is padded with zeros to exactly {@code scale}.
   *
   * @throws ArithmeticException if the value has more than {@code scale} decimals (round it first,
   *     or use {@link #format(BigDecimal, int, RoundingMode, Convention)})
   */
  public static String formatIndonesian(BigDecimal value, int scale) {
    return format(value, scale, RoundingMode.UNNECESSARY, Convention.INDONESIAN);
  }

  /**
   * Formats a number with exactly {@code scale} decimals, rounded with {@code mode}, grouping
   * thousands by the convention.
   *
   * @param scale decimals to print, 0 or more
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed
   */
  public static String format(
      BigDecimal value, int scale, RoundingMode mode, Convention convention) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale must not be negative, was " + scale);
    }
    BigDecimal v = value.setScale(scale, mode);
    String digits = v.abs().toPlainString();
    int point = digits.indexOf('.');
    String integer = point < 0 ? digits : digits.substring(0, point);
    StringBuilder b = new StringBuilder();
    if (v.signum() < 0) {
      b.append('-');
    }
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        b.append(convention.thousandsSeparator());
      }
      b.append(integer.charAt(i));
    }
    if (point >= 0) {
      b.append(convention.decimalSeparator()).append(digits, point + 1, digits.length());
    }
    return b.toString();
  }

  private static PrintedNumber absent(String text, PrintedNumber.Kind kind, Absence absence) {
    return new PrintedNumber(text, kind, Optional.empty(), Optional.of(absence), Optional.empty());
  }

  private static Optional<Absence> absenceWord(String s) {
    String w = s.strip().toLowerCase(Locale.ROOT);
    return switch (w) {
      case "-", "\u2013", "\u2014", "nihil" -> Optional.of(Absence.NIL);
      case "n/a", "n.a.", "na" -> Optional.of(Absence.NOT_APPLICABLE);
      default -> Optional.empty();
    };
  }

  /** Reads a signed number with separators; {@code text} is the whole input, for messages. */
  private static BigDecimal number(String text, String s, @Nullable Convention convention) {
    boolean negative = false;
    String body = s;
    if (!body.isEmpty()) {
      char first = body.charAt(0);
      if (first == '-' || first == '\u2212' || first == '+') {
        negative = first != '+';
        body = body.substring(1).stripLeading();
      }
    }
    if (!NUMBER.matcher(body).matches()) {
      throw new PrintedNumberException(text, "expected digits with '.' or ',' separators");
    }
    if (body.endsWith(".") || body.endsWith(",")) {
      throw new PrintedNumberException(text, "a separator must be followed by digits");
    }
    char decimal = decimalSeparator(text, body, convention);
    StringBuilder plain = new StringBuilder(negative ? "-" : "");
    int decimalAt = decimal == 0 ? -1 : body.lastIndexOf(decimal);
    String integerPart = decimalAt < 0 ? body : body.substring(0, decimalAt);
    checkGroups(text, integerPart);
    plain.append(integerPart.replace(".", "").replace(",", ""));
    if (decimalAt >= 0) {
      plain.append('.').append(body, decimalAt + 1, body.length());
    }
    return new BigDecimal(plain.toString());
  }

  /** The decimal separator of a number, or 0 when it has none. */
  private static char decimalSeparator(String text, String body, @Nullable Convention convention) {
    int dots = count(body, '.');
    int commas = count(body, ',');
    if (dots == 0 && commas == 0) {
      return 0;
    }
    if (dots > 0 && commas > 0) {
      char last = body.charAt(Math.max(body.lastIndexOf('.'), body.lastIndexOf(',')));
      if (count(body, last) > 1) {
        throw new PrintedNumberException(
            text, "'" + last + "' is the decimal point here and may appear only once");
      }
      char other = last == '.' ? ',' : '.';
      if (body.lastIndexOf(other) > body.lastIndexOf(last)) {
        throw new PrintedNumberException(text, "thousands separators after the decimal point");
      }
      return last;
    }
    char sep = dots > 0 ? '.' : ',';
    if (count(body, sep) > 1) {
      return 0; // several of one kind: all group thousands
    }
    int at = body.indexOf(sep);
    int after = body.length() - at - 1;
    String before = body.substring(0, at);
    boolean couldGroup = after == 3 && before.length() <= 3 && before.charAt(0) != '0';
    if (!couldGroup) {
      return sep;
    }
    if (convention == null) {
      throw new PrintedNumberException(
          text,
          "'"
              + sep
              + "' followed by three digits may group thousands or be the decimal point;"
              + " pass a Convention (INDONESIAN: '.' groups thousands, ENGLISH: ',' does)");
    }
    return convention.decimalSeparator() == sep ? sep : 0;
  }

  /** Checks thousands grouping: 1-3 digits first, then groups of exactly 3, no leading zero. */
  private static void checkGroups(String text, String integerPart) {
    String[] groups = integerPart.split("[.,]", -1);
    if (groups.length == 1) {
      return;
    }
    if (groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
      throw new PrintedNumberException(
          text, "the first group of thousands must have 1 to 3 digits and no leading zero");
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        throw new PrintedNumberException(
            text, "groups of thousands must have 3 digits, found " + groups[i]);
      }
    }
    char first = integerPart.charAt(groups[0].length());
    if (integerPart.indexOf(first == '.' ? ',' : '.') >= 0) {
      throw new PrintedNumberException(text, "thousands grouped with both '.' and ','");
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
