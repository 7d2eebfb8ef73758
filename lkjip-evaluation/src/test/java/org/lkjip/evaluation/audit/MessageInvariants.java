package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every finding's and cause's wording must satisfy in both locales: no missing key or unfilled
 * placeholder, and no common English word in the Indonesian text once the quoted report text and
 * codes are taken out. Checked on the seed and on every report with a planted defect.
 */
final class MessageInvariants {
  static final Locale ID = Locale.forLanguageTag("id");

  /** Common English words that Indonesian sentences never contain. */
  static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|and|but|is|are|not|printed|sum|of|to|for|from|which|gives|missing|rounding"
              + "|difference)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9.,=\\-]*}");

  private MessageInvariants() {}

  static Verification check(Verification v) {
    for (Finding f : v.findings()) {
      String id = AuditMessages.finding(f, ID);
      String en = AuditMessages.finding(f, Locale.ENGLISH);
      assertFilled(id, f);
      assertFilled(en, f);
      assertThat(f.messageKey()).as("message key of %s", f).isPresent();
      assertIndonesian(id, quoted(f), f);
    }
    for (FigureReconciliation r : v.figures()) {
      for (Candidate c : r.candidates()) {
        String id = AuditMessages.message(c.message(), ID);
        assertFilled(id, c);
        assertFilled(AuditMessages.message(c.message(), Locale.ENGLISH), c);
        List<String> quoted = new ArrayList<>();
        for (Fact x : c.message().args()) {
          if (isQuoted(x.key())) {
            quoted.add(x.value());
          }
        }
        assertIndonesian(id, quoted, c);
      }
      assertThat(AuditMessages.cause(r, ID).isPresent()).isEqualTo(r.cause().isPresent());
      assertThat(AuditMessages.cause(r, Locale.ENGLISH).isPresent())
          .isEqualTo(r.cause().isPresent());
      if (r.cause().isEmpty()) {
        continue;
      }
      String id = AuditMessages.cause(r, ID).orElseThrow();
      assertFilled(id, r);
      assertFilled(AuditMessages.cause(r, Locale.ENGLISH).orElseThrow(), r);
      List<String> quoted = new ArrayList<>();
      for (Message m : r.causeMessages()) {
        for (Fact x : m.args()) {
          if (isQuoted(x.key())) {
            quoted.add(x.value());
          }
        }
      }
      r.alternativeRounding().ifPresent(quoted::add);
      quoted.add(r.published().table());
      quoted.add(r.published().row());
      quoted.add(r.published().column());
      quoted.add(r.published().printed());
      assertIndonesian(id, quoted, r);
    }
    return v;
  }

  /**
   * The report's own text and the codes a finding quotes: every text fact except the few that the
   * bundles word (kinds, outcomes, the grade facts are enum codes and are worded, never quoted).
   */
  private static List<String> quoted(Finding f) {
    List<String> out = new ArrayList<>();
    for (Fact x : AuditMessages.args(f).values()) {
      if (!x.numeric() && isQuoted(x.key())) {
        out.add(x.value());
      }
    }
    return out;
  }

  /** Whether a value is quoted as it is (report text, ids, codes) rather than worded. */
  private static boolean isQuoted(String key) {
    return !key.equals("messageKey") && !key.equals("reasonKey");
  }

  private static void assertFilled(String text, Object of) {
    assertThat(text).as("wording of %s", of).doesNotContainPattern(UNFILLED);
  }

  private static void assertIndonesian(String text, List<String> quoted, Object of) {
    String rest = text;
    // the parts of every quote, longest first, so that a part containing another (an id
    // "unrounded-printed-actual" and an id "printed-actual") is taken out whole
    List<String> sorted = new ArrayList<>();
    for (String q : quoted) {
      sorted.add(q);
      for (String part : q.split(" › |; ")) {
        sorted.add(part);
      }
    }
    sorted.sort((a, b) -> b.length() - a.length());
    for (String part : sorted) {
      if (part.length() > 1) {
        rest = rest.replace(part, " ");
      }
    }
    assertThat(ENGLISH.matcher(rest).find())
        .as("English word in the Indonesian wording of %s: %s (after quotes: %s)", of, text, rest)
        .isFalse();
  }
}
