package org.lkjip.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Excel sheet names: at most {@value #MAX_SHEET_NAME} characters, none of {@code []:*?/\}, no
 * apostrophe first or last, unique ignoring case, not "History" (Excel reserves it).
 */
final class SheetNames {
  /** Longest sheet name Excel accepts. */
  static final int MAX_SHEET_NAME = 31;

  private final Set<String> used = new HashSet<>();

  SheetNames() {
    used.add(fold("History"));
  }

  /** A unique sheet name for {@code wanted}, or for {@code fallback} when nothing is left. */
  String claim(String wanted, String fallback) {
    String base = sanitise(wanted);
    if (base.isEmpty()) {
      base = sanitise(fallback);
    }
    String name = cut(base, MAX_SHEET_NAME);
    for (int n = 2; used.contains(fold(name)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    used.add(fold(name));
    return name;
  }

  private static String fold(String s) {
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static String sanitise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '/', '\\', ':' -> b.append('-');
        case '[' -> b.append('(');
        case ']' -> b.append(')');
        case '*', '?' -> b.append('_');
        default -> b.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return trim(AuditCells.clean(b.toString()));
  }

  /** {@code s} without leading or trailing spaces and apostrophes. */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '\'' || Character.isWhitespace(s.charAt(start)))) {
      start++;
    }
    while (end > start
        && (s.charAt(end - 1) == '\'' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** At most {@code max} chars of {@code s}, not splitting a surrogate pair, trimmed. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isLowSurrogate(s.charAt(end))) {
      end--;
    }
    return trim(s.substring(0, end));
  }
}
