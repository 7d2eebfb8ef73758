package org.lkjip.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.audit.Checks;
import org.lkjip.evaluation.audit.ConsistencyCheck;
import org.lkjip.evaluation.audit.Fact;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.PublishedFigure;

/**
 * The verifications of one run as JUnit XML, in the shape Maven Surefire writes and the Jenkins
 * JUnit plugin and GitLab test reports read:
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <testsuites name="lkjip" tests="N" failures="F" errors="0" skipped="S" time="0">
 *   <testsuite name="data/r.json — Tabel 5" tests=".." failures=".." errors="0" skipped=".."
 *       time="0">
 *     <properties>
 *       <property name="lkjip.file" value="data/r.json"/>
 *       <property name="lkjip.ruleSet.id" value="..."/>
 *       <property name="lkjip.ruleSet.version" value="1"/>
 *       <property name="lkjip.inputHash" value="<sha-256 hex>"/>   (when known)
 *       ...
 *     </properties>
 *     <testcase name="row 1.a.1 · % Capaian" classname="data/r.json — Tabel 5" time="0"/>
 *     <testcase name="row 2 · % Capaian" classname="data/r.json — Tabel 5" time="0">
 *       <failure message="printed 52,74%, recomputed 52.73 (difference 0.01)"
 *           type="MISMATCH">cause</failure>
 *     </testcase>
 *     <testcase ...><skipped message="why it is not recomputable"/></testcase>
 *     <testcase ...><system-out>the rounding that reproduces it</system-out></testcase>
 *   </testsuite>
 *   <testsuite name="data/r.json — consistency checks" ...>
 *     <testcase name="total-not-sum-of-lines" classname="data/r.json — consistency checks">
 *       <failure message="2 ERROR findings" type="ERROR">one message a line</failure>
 *       <system-out>WARNING and INFO findings, one a line</system-out>
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * }</pre>
 *
 * <p><b>Suites.</b> For each report, in the order given: one suite per published table, in the
 * order the tables first appear in the report, named {@code "<file> — <table>"} (the file as the
 * user named it, an em dash, the table as printed); then one suite {@code "<file> — consistency
 * checks"}. Suite names are unique in the document: a name already used (the same file given twice,
 * or a table printed as "consistency checks") gets {@code " (2)"}, {@code " (3)"}, ... appended.
 * The {@code classname} of every testcase is the name of its suite. (Jenkins splits a classname at
 * its last dot into package and class, so the file's extension shows as part of the class; GitLab
 * shows it whole.)
 *
 * <p><b>Figures.</b> One testcase per published figure, in report order, named {@code "row <row> ·
 * <column>"}, then {@code " · <subject>"} when the figure has a subject other than its row, then
 * {@code " · <year>"} when it refers to a year other than the fiscal year that the column does not
 * name; a name already used in the suite gets {@code " (2)"}, ... appended. {@code MATCH} passes;
 * {@code MATCH_WITH_OTHER_ROUNDING} passes with a {@code <system-out>} naming the rounding that
 * reproduces it; {@code MISMATCH} fails ({@code type="MISMATCH"}, message with the printed text,
 * the recomputed value and the difference as plain decimals, text the cause and the rule); {@code
 * NOT_RECOMPUTABLE} is skipped with the reason as message.
 *
 * <p><b>Checks.</b> One testcase per check of {@link Checks#builtIns()} (the checks the standard
 * auditor runs; a check with no finding passed), in registry order, then one per other check id
 * that has findings, in id order. A check with ERROR findings fails ({@code type="ERROR"}, the
 * messages as text). WARNING and INFO findings do not fail the build, as they do not fail {@code
 * verify}: they are listed in the testcase's {@code <system-out>}, the testcase passes.
 *
 * <p>Counts ({@code tests}, {@code failures}, {@code skipped}) are those of the testcases written;
 * {@code errors} is always 0 and {@code time} always "0": nothing reads the clock, and the same
 * reports give the same bytes. All report text is untrusted: it is escaped, and characters XML 1.0
 * cannot hold (control characters other than tab, line feed and carriage return, lone surrogates,
 * U+FFFE and U+FFFF) are replaced by U+FFFD; in attribute values quotes, tabs and line breaks are
 * written as character references so that they survive attribute normalisation. Lines end with
 * {@code "\n"}; the document is meant to be written as UTF-8.
 *
 * @since 0.2
 */
public final class JunitReport {
  private static final String ROOT_NAME = "lkjip";
  private static final String CHECKS_SUITE = "consistency checks";
  private static final String DASH = " — ";

  private JunitReport() {}

  /** The JUnit XML document of {@code reports}, ending with a newline. */
  public static String render(List<AuditedReport> reports) {
    List<Suite> suites = new ArrayList<>();
    Set<String> suiteNames = new HashSet<>();
    for (AuditedReport r : reports) {
      Verification v = r.verification();
      List<Property> properties = properties(r);
      for (Groups.Table t : Groups.byTable(v)) {
        String name = unique(suiteNames, r.file() + DASH + t.name());
        suites.add(figureSuite(name, properties, t, v.fiscalYear()));
      }
      String name = unique(suiteNames, r.file() + DASH + CHECKS_SUITE);
      suites.add(checkSuite(name, properties, v));
    }
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (Suite s : suites) {
      tests += s.cases().size();
      failures += s.failures();
      skipped += s.skipped();
    }
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites");
    attribute(out, "name", ROOT_NAME);
    counts(out, tests, failures, skipped);
    out.append(">\n");
    for (Suite s : suites) {
      write(out, s);
    }
    out.append("</testsuites>\n");
    return out.toString();
  }

  /** A testcase: its outcome element (failure or skipped), if any, and its system-out, if any. */
  private record Case(
      String name, String classname, Optional<Outcome> outcome, Optional<String> systemOut) {}

  /** A {@code <failure>} or {@code <skipped>}. */
  private record Outcome(String element, String message, @Nullable String type, String text) {}

  private record Property(String name, String value) {}

  private record Suite(String name, List<Property> properties, List<Case> cases) {
    int failures() {
      return (int)
          cases.stream()
              .filter(c -> c.outcome().map(o -> o.element().equals("failure")).orElse(false))
              .count();
    }

    int skipped() {
      return (int)
          cases.stream()
              .filter(c -> c.outcome().map(o -> o.element().equals("skipped")).orElse(false))
              .count();
    }
  }

  private static List<Property> properties(AuditedReport r) {
    Verification v = r.verification();
    List<Property> p = new ArrayList<>();
    p.add(new Property("lkjip.file", r.file()));
    p.add(new Property("lkjip.agency", v.agency()));
    v.region().ifPresent(region -> p.add(new Property("lkjip.region", region)));
    p.add(new Property("lkjip.fiscalYear", Integer.toString(v.fiscalYear())));
    p.add(new Property("lkjip.ruleSet.id", v.ruleSetId()));
    p.add(new Property("lkjip.ruleSet.version", v.ruleSetVersion()));
    v.inputHash().ifPresent(h -> p.add(new Property("lkjip.inputHash", h)));
    p.add(new Property("lkjip.passed", Boolean.toString(v.passed())));
    return p;
  }

  private static Suite figureSuite(
      String name, List<Property> properties, Groups.Table table, int fiscalYear) {
    List<Case> cases = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (FigureReconciliation f : table.figures()) {
      String caseName = unique(names, caseName(f.published(), fiscalYear));
      cases.add(new Case(caseName, name, outcome(f), systemOut(f)));
    }
    return new Suite(name, properties, cases);
  }

  private static String caseName(PublishedFigure p, int fiscalYear) {
    StringBuilder b = new StringBuilder("row ").append(p.row()).append(" · ").append(p.column());
    p.subject().filter(s -> !s.equals(p.row())).ifPresent(s -> b.append(" · ").append(s));
    p.year()
        .filter(y -> y != fiscalYear && !p.column().contains(Integer.toString(y)))
        .ifPresent(y -> b.append(" · ").append(y));
    return b.toString();
  }

  private static Optional<Outcome> outcome(FigureReconciliation f) {
    PublishedFigure p = f.published();
    return switch (f.status()) {
      case MATCH, MATCH_WITH_OTHER_ROUNDING -> Optional.empty();
      case MISMATCH -> {
        StringBuilder message = new StringBuilder("printed ").append(p.printed());
        String recomputed = Cells.recomputedPlain(f);
        message.append(recomputed == null ? ", not recomputed" : ", recomputed " + recomputed);
        f.difference()
            .ifPresent(d -> message.append(" (difference ").append(d.toPlainString()).append(')'));
        String text =
            f.cause().orElse("no check explains the difference") + "\nrule: " + f.rule() + "\n";
        yield Optional.of(
            new Outcome("failure", message.toString(), ReconciliationStatus.MISMATCH.name(), text));
      }
      case NOT_RECOMPUTABLE ->
          Optional.of(
              new Outcome(
                  "skipped",
                  f.cause().orElse("not recomputable (rule " + f.rule() + ")"),
                  null,
                  ""));
    };
  }

  private static Optional<String> systemOut(FigureReconciliation f) {
    if (f.status() != ReconciliationStatus.MATCH_WITH_OTHER_ROUNDING) {
      return Optional.empty();
    }
    String rounding = f.alternativeRounding().or(f::cause).orElse("another rounding");
    return Optional.of(
        "printed "
            + f.published().printed()
            + " is reproduced by another rounding than the rule set's: "
            + rounding
            + " (rule "
            + f.rule()
            + ")\n");
  }

  private static Suite checkSuite(String name, List<Property> properties, Verification v) {
    Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
    for (ConsistencyCheck c : Checks.builtIns()) {
      byCheck.put(c.id(), new ArrayList<>());
    }
    Map<String, List<Finding>> others = new HashMap<>();
    for (Finding f : v.findings()) {
      List<Finding> list = byCheck.get(f.check());
      if (list == null) {
        list = others.computeIfAbsent(f.check(), k -> new ArrayList<>());
      }
      list.add(f);
    }
    for (String id : new TreeSet<>(others.keySet())) {
      byCheck.put(id, others.get(id));
    }
    List<Case> cases = new ArrayList<>();
    byCheck.forEach(
        (id, findings) -> {
          List<Finding> errors = new ArrayList<>();
          StringBuilder out = new StringBuilder();
          for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
              errors.add(f);
            } else {
              out.append(findingLine(f)).append('\n');
            }
          }
          Optional<Outcome> outcome = Optional.empty();
          if (!errors.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (Finding f : errors) {
              text.append(findingLine(f)).append('\n');
            }
            String message =
                errors.size() == 1
                    ? errors.get(0).message()
                    : errors.size() + " ERROR findings: " + errors.get(0).message() + "; ...";
            outcome =
                Optional.of(
                    new Outcome("failure", message, Severity.ERROR.name(), text.toString()));
          }
          cases.add(
              new Case(
                  id,
                  name,
                  outcome,
                  out.length() == 0 ? Optional.empty() : Optional.of(out.toString())));
        });
    return new Suite(name, properties, cases);
  }

  /**
   * "SEVERITY: message (where)" with the location added when the message does not name it, then the
   * finding's facts on an indented line (" facts: printed=245594404; expected=…").
   */
  private static String findingLine(Finding f) {
    String where = Groups.where(f);
    boolean named = f.table().map(t -> f.message().contains(t)).orElse(true);
    String line = f.severity().name() + ": " + f.message();
    line = where.isEmpty() || named ? line : line + " (" + where + ")";
    if (f.facts().isEmpty()) {
      return line;
    }
    StringBuilder facts = new StringBuilder(line).append("\n  facts: ");
    for (int i = 0; i < f.facts().size(); i++) {
      Fact x = f.facts().get(i);
      facts.append(i == 0 ? "" : "; ").append(x.key()).append('=').append(x.value());
    }
    return facts.toString();
  }

  /** {@code name}, or {@code name (2)}, {@code name (3)}, ... the first not in {@code used}. */
  private static String unique(Set<String> used, String name) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + " (" + n + ")";
    }
    return candidate;
  }

  private static void write(StringBuilder out, Suite s) {
    out.append("  <testsuite");
    attribute(out, "name", s.name());
    counts(out, s.cases().size(), s.failures(), s.skipped());
    out.append(">\n");
    out.append("    <properties>\n");
    for (Property p : s.properties()) {
      out.append("      <property");
      attribute(out, "name", p.name());
      attribute(out, "value", p.value());
      out.append("/>\n");
    }
    out.append("    </properties>\n");
    for (Case c : s.cases()) {
      out.append("    <testcase");
      attribute(out, "name", c.name());
      attribute(out, "classname", c.classname());
      attribute(out, "time", "0");
      if (c.outcome().isEmpty() && c.systemOut().isEmpty()) {
        out.append("/>\n");
        continue;
      }
      out.append(">\n");
      if (c.outcome().isPresent()) {
        Outcome o = c.outcome().get();
        out.append("      <").append(o.element());
        attribute(out, "message", o.message());
        if (o.type() != null) {
          attribute(out, "type", o.type());
        }
        if (o.text().isEmpty()) {
          out.append("/>\n");
        } else {
          out.append('>');
          text(out, o.text());
          out.append("</").append(o.element()).append(">\n");
        }
      }
      if (c.systemOut().isPresent()) {
        out.append("      <system-out>");
        text(out, c.systemOut().get());
        out.append("</system-out>\n");
      }
      out.append("    </testcase>\n");
    }
    out.append("  </testsuite>\n");
  }

  private static void counts(StringBuilder out, int tests, int failures, int skipped) {
    attribute(out, "tests", Integer.toString(tests));
    attribute(out, "failures", Integer.toString(failures));
    attribute(out, "errors", "0");
    attribute(out, "skipped", Integer.toString(skipped));
    attribute(out, "time", "0");
  }

  private static void attribute(StringBuilder out, String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(out, value, true);
    out.append('"');
  }

  private static void text(StringBuilder out, String value) {
    escape(out, value, false);
  }

  /** Whether XML 1.0 can hold {@code c} (production Char). */
  private static boolean xmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static void escape(StringBuilder out, String s, boolean attribute) {
    s.codePoints()
        .forEach(
            c -> {
              if (!xmlChar(c)) {
                out.append('\uFFFD');
                return;
              }
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&apos;" : "'");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.appendCodePoint(c);
              }
            });
  }
}
