package org.lkjip.examples.report;

import java.util.ArrayList;
import java.util.List;

/** Plain-text helpers: widths in code points, truncation with "…", word wrapping, sanitizing. */
final class Texts {
  /** Marks text cut short. */
  static final String ELLIPSIS = "…";

  private Texts() {}

  /** Width of {@code s} in code points (every character of the reports is one column wide). */
  static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * {@code s} with control characters (which could drive a terminal) replaced by U+FFFD and line
   * breaks and tabs by spaces. Report text is untrusted input.
   */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
              } else if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT && c != 0x200D) {
                b.append('\uFFFD');
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }

  /** {@code s} cut to at most {@code max} code points, the last one "…" when cut. */
  static String fit(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    if (max <= 0) {
      return "";
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end) + ELLIPSIS;
  }

  /** {@code s} padded with spaces on the right to {@code w} code points. */
  static String pad(String s, int w) {
    int n = w - width(s);
    return n <= 0 ? s : s + " ".repeat(n);
  }

  /**
   * {@code s} wrapped into lines of at most {@code w} code points at spaces (a word longer than a
   * line is cut), at most {@code maxLines} lines; the last line ends with "…" when text is left
   * over. Never returns an empty list.
   */
  static List<String> wrap(String s, int w, int maxLines) {
    List<String> lines = new ArrayList<>();
    String rest = s.strip();
    while (!rest.isEmpty()) {
      if (lines.size() == maxLines - 1 || width(rest) <= w) {
        lines.add(fit(rest, w));
        return lines;
      }
      int cut = rest.offsetByCodePoints(0, w);
      int space = rest.lastIndexOf(' ', cut);
      int end = space > 0 ? space : cut;
      lines.add(rest.substring(0, end).stripTrailing());
      rest = rest.substring(end).strip();
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }
}
