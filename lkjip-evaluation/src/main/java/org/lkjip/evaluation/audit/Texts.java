package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/** Small text helpers shared by the reconciler and the checks: printed precision, quoting. */
final class Texts {
  /** What {@code String.replaceAll("\\s+", …)} matches, compiled once. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Texts() {}

  /**
   * The number of decimals the figure is printed with: read from its printed text (the digits after
   * the last separator, unless they are a group of three, which is a thousands group), and never
   * fewer than its parsed value needs. "97,50%" → 2, "100" → 0, "Rp 2,693,549,200.00" → 2.
   */
  static int printedScale(PublishedFigure p) {
    // stripping trailing zeros never raises the scale: a scale of 0 or less gives 0 as it is
    int fromValue =
        p.value()
            .map(v -> v.scale() <= 0 ? 0 : Math.max(0, v.stripTrailingZeros().scale()))
            .orElse(0);
    String digits = digitsAndSeparators(p.printed());
    int last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
    int fromText = 0;
    if (last >= 0) {
      int after = digits.length() - last - 1;
      boolean thousands = after == 3 && fromValue == 0;
      fromText = thousands ? 0 : after;
    }
    return Math.max(fromText, fromValue);
  }

  /** {@code text} with every character but ASCII digits, '.' and ',' removed. */
  private static String digitsAndSeparators(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = (c >= '0' && c <= '9') || c == '.' || c == ',';
      if (!keep && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      } else if (keep && b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * A number as an Indonesian reader expects it: thousands grouped with '.', decimals after ','
   * (245594044 → "245.594.044", 52.73 → "52,73", -18.29 → "-18,29").
   */
  static String id(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    return (value.signum() < 0 ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
  }

  /**
   * An amount of money: like {@link #id} without trailing zero decimals (205264593.00 →
   * "205.264.593").
   */
  static String amount(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return id(v.scale() < 0 ? v.setScale(0) : v);
  }

  /** Where a figure is printed: "Tabel 12 row 4 Realisasi (Rp)". */
  static String where(PublishedFigure p) {
    return p.table() + " row " + p.row() + " " + p.column();
  }

  /** What a figure states: "SPENDING of 4", "ACHIEVEMENT of IKU1 2021", "BUDGET of the report". */
  static String what(PublishedFigure p, int fiscalYear) {
    String subject = p.subject().map(s -> " of " + s).orElse(" of the report");
    int year = p.year().orElse(fiscalYear);
    String span =
        p.fromQuarter().isPresent()
            ? " (quarters " + p.fromQuarter().get() + "–" + p.toQuarter().orElseThrow() + ")"
            : "";
    return measure(p.measure()) + subject + (year == fiscalYear ? "" : " " + year) + span;
  }

  /** A measure in words, e.g. "indicator value". */
  static String measure(Measure m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A label compared case- and whitespace-insensitively. */
  static String normalizedLabel(String label) {
    return WHITESPACE.matcher(label.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
