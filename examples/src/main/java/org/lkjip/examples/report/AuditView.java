package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.model.Activity;
import org.lkjip.model.Dataset;
import org.lkjip.model.Goal;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Objective;
import org.lkjip.model.Program;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * What the human renderings (text, Markdown, HTML) show, worded in one language, computed once so
 * that the three say the same: the verdict and why, the counts, the largest differences, the tables
 * with every row saying what it is (table, row, indicator or budget line code and name, year,
 * column), and the findings by severity.
 *
 * <p>A figure is a <em>problem</em> unless it is a plain {@link ReconciliationStatus#MATCH}; with
 * {@link RenderOptions#onlyProblems()} the tables keep only problems (a table without any is left
 * out and named in {@link #cleanTables()}), while the verdict, counts and findings stay complete.
 */
final class AuditView {
  /** How many of the largest differences the summary lists. */
  static final int LARGEST = 5;

  /**
   * A column of a table of figures: its label key, and whether it holds a number (right-aligned).
   */
  record Column(String key, boolean number) {}

  /** The columns of a figure row, in order; the cause is last. */
  static final ImmutableList<Column> ROW_COLUMNS =
      ImmutableList.of(
          new Column("column.row", false),
          new Column("column.subject", false),
          new Column("column.year", false),
          new Column("column.column", false),
          new Column("column.printed", true),
          new Column("column.recomputed", true),
          new Column("column.status", false),
          new Column("column.cause", false));

  /** Index of the status in {@link #ROW_COLUMNS} and {@link #cells(Row)}. */
  static final int STATUS = 6;

  /** The columns of the largest differences, in order. */
  static final ImmutableList<Column> LARGEST_COLUMNS =
      ImmutableList.of(
          new Column("column.where", false),
          new Column("column.subject", false),
          new Column("column.printed", true),
          new Column("column.recomputed", true),
          new Column("column.difference", true));

  /**
   * One printed figure as a row.
   *
   * @param table table as printed
   * @param row row as printed
   * @param code id of the indicator, objective or budget line (its nomenclature code when it has
   *     one), empty for a whole-report figure
   * @param name name of that element as the report gives it, or the grand-total label
   * @param year year of the figure
   * @param column column as printed
   * @param printed the printed text as in the report
   * @param recomputed the recomputed value in the language's notation, a dash when nothing was
   *     recomputed
   * @param status the status
   * @param cause why, in full: the difference, the cause, or the rounding that reproduces it
   * @param printedInWords the printed value in the language's notation (the text when it is not a
   *     number), for sentences
   * @param difference printed − recomputed in the language's notation, empty when none
   */
  record Row(
      String table,
      String row,
      String code,
      String name,
      int year,
      String column,
      String printed,
      String recomputed,
      ReconciliationStatus status,
      String cause,
      String printedInWords,
      String difference) {
    boolean problem() {
      return status != ReconciliationStatus.MATCH;
    }

    /** Code and name, e.g. "IKU1 Persentase tenaga kerja yang ditempatkan". */
    String subject() {
      return code.isEmpty() ? name : code + " " + name;
    }
  }

  /**
   * A table with the rows shown.
   *
   * @param name as printed
   * @param anchor a fragment id for links, unique within the document
   * @param figures how many figures the table has
   * @param problems how many of them are problems
   * @param rows the rows shown (all, or only problems)
   */
  record Table(String name, String anchor, int figures, int problems, ImmutableList<Row> rows) {}

  /**
   * A finding as a person reads it.
   *
   * @param check the check id (a code, never translated)
   * @param sentence what is wrong, in the language
   * @param where table, row, column and subject, in the language; empty when the finding names no
   *     place
   */
  record Item(String check, String sentence, String where) {}

  final Labels labels;
  final Verification verification;
  final RenderOptions options;
  final ImmutableList<Table> tables;
  final ImmutableList<Row> largest;
  final int mismatches;
  final int errors;
  final Map<Severity, List<Item>> findings;
  final ImmutableList<String> cleanTables;
  final int shownFigures;

  private AuditView(Verification v, Report report, RenderOptions options) {
    this.labels = Labels.of(options.locale());
    this.verification = v;
    this.options = options;
    Map<String, Object> elements = report.elementsById();
    List<Row> all = new ArrayList<>();
    for (FigureReconciliation f : v.figures()) {
      all.add(row(f, elements, report.fiscalYear()));
    }
    Map<String, List<Row>> byTable = new LinkedHashMap<>();
    for (Row r : all) {
      byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r);
    }
    ImmutableList.Builder<Table> shown = ImmutableList.builder();
    ImmutableList.Builder<String> clean = ImmutableList.builder();
    Map<String, Integer> anchors = new LinkedHashMap<>();
    int count = 0;
    for (Map.Entry<String, List<Row>> e : byTable.entrySet()) {
      List<Row> rows = e.getValue();
      int problems = (int) rows.stream().filter(Row::problem).count();
      if (options.onlyProblems() && problems == 0) {
        clean.add(e.getKey());
        continue;
      }
      ImmutableList<Row> kept =
          rows.stream()
              .filter(r -> !options.onlyProblems() || r.problem())
              .collect(ImmutableList.toImmutableList());
      count += kept.size();
      shown.add(new Table(e.getKey(), anchor(e.getKey(), anchors), rows.size(), problems, kept));
    }
    this.tables = shown.build();
    this.cleanTables = clean.build();
    this.shownFigures = count;
    this.largest =
        v.largestDifferences(LARGEST).stream()
            .map(all::get)
            .collect(ImmutableList.toImmutableList());
    this.mismatches = v.countsByStatus().getOrDefault(ReconciliationStatus.MISMATCH, 0);
    this.errors = v.countsBySeverity().getOrDefault(Severity.ERROR, 0);
    Map<Severity, List<Item>> items = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      items.put(s, new ArrayList<>());
    }
    for (Finding f : v.findings()) {
      items
          .computeIfAbsent(f.severity(), s -> new ArrayList<>())
          .add(new Item(f.check(), sentence(f), where(f)));
    }
    this.findings = items;
  }

  /** The view of {@code v}, the verification of {@code report}. */
  static AuditView of(Verification v, Report report, RenderOptions options) {
    return new AuditView(v, report, options);
  }

  /** The title: agency, region (when named) and fiscal year. */
  String title() {
    return labels.format(
        "title", agencyAndRegion(verification), Integer.toString(verification.fiscalYear()));
  }

  /** "Dinas …, Kota …", or the agency alone when the report names no region. */
  static String agencyAndRegion(Verification v) {
    return v.agency() + v.region().map(r -> ", " + r).orElse("");
  }

  /** "TIDAK LULUS" or "LULUS". */
  String verdict() {
    return labels.get(verification.passed() ? "verdict.passed" : "verdict.failed");
  }

  /** Why the verdict is what it is, e.g. "3 angka tidak sesuai dan 12 temuan kesalahan". */
  String verdictReason() {
    return verification.passed()
        ? labels.get("verdict.passedBecause")
        : labels.format("verdict.failedBecause", labels.count(mismatches), labels.count(errors));
  }

  /** The verdict with its reason: "Kesimpulan: TIDAK LULUS — 3 angka tidak sesuai dan …". */
  String verdictLine() {
    return labels.get("verdict.label") + ": " + verdict() + " \u2014 " + verdictReason();
  }

  /** Rule set, input hash and, when asked, the time of the run. */
  ImmutableList<String> headerLines() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.add(labels.format("header.ruleSet", verification.ruleSetId(), verification.ruleSetVersion()));
    verification.inputHash().ifPresent(h -> b.add(labels.format("header.inputHash", h)));
    options.timestamp().ifPresent(t -> b.add(labels.format("header.generated", t)));
    return b.build();
  }

  /** "Angka terbit: 560 — ✓ Sesuai 506, ≈ Pembulatan lain 9, ✗ Tidak sesuai 20, ? …". */
  String figureCounts() {
    List<String> parts = new ArrayList<>();
    verification
        .countsByStatus()
        .forEach((s, n) -> parts.add(labels.statusWithIcon(s) + " " + labels.count(n)));
    return labels.format("summary.figures", labels.count(verification.figures().size()))
        + " \u2014 "
        + String.join(", ", parts);
  }

  /** "Temuan: 30 — Kesalahan 12, Peringatan 10, Informasi 8". */
  String findingCounts() {
    List<String> parts = new ArrayList<>();
    verification
        .countsBySeverity()
        .forEach((s, n) -> parts.add(labels.severity(s) + " " + labels.count(n)));
    return labels.format("summary.findings", labels.count(verification.findings().size()))
        + " \u2014 "
        + String.join(", ", parts);
  }

  /** One line of the largest differences: where, what, printed, recomputed, difference. */
  String largestLine(Row r) {
    return labels.format(
        "summary.largestItem",
        place(r) + (r.code().isEmpty() ? "" : " (" + r.subject() + ")"),
        r.printedInWords(),
        r.recomputed(),
        r.difference());
  }

  /** The labels of {@code columns}, in order. */
  ImmutableList<String> headers(List<Column> columns) {
    return columns.stream().map(c -> labels.get(c.key())).collect(ImmutableList.toImmutableList());
  }

  /** The cells of a figure row, in the order of {@link #ROW_COLUMNS}. */
  ImmutableList<String> cells(Row r) {
    return ImmutableList.of(
        r.row(),
        r.subject(),
        Integer.toString(r.year()),
        r.column(),
        r.printed(),
        r.recomputed(),
        labels.statusWithIcon(r.status()),
        r.cause());
  }

  /** The cells of a row of the largest differences, in the order of {@link #LARGEST_COLUMNS}. */
  ImmutableList<String> largestCells(Row r) {
    return ImmutableList.of(place(r), r.subject(), r.printed(), r.recomputed(), r.difference());
  }

  /** "and 15 more mismatched figures" when the summary lists fewer than all, else empty. */
  Optional<String> moreMismatches() {
    long withDifference =
        verification.figures().stream()
            .filter(f -> f.status() == ReconciliationStatus.MISMATCH && f.difference().isPresent())
            .count();
    return withDifference > largest.size()
        ? Optional.of(
            labels.format("summary.largestMore", labels.count(withDifference - largest.size())))
        : Optional.empty();
  }

  /** The line saying only problems are shown, when they are. */
  Optional<String> onlyLine() {
    return options.onlyProblems()
        ? Optional.of(
            labels.format(
                "summary.only",
                labels.count(shownFigures),
                labels.count(verification.figures().size())))
        : Optional.empty();
  }

  /** The line naming the tables left out because they have no problem, when any is. */
  Optional<String> cleanLine() {
    return cleanTables.isEmpty()
        ? Optional.empty()
        : Optional.of(labels.format("summary.cleanTables", String.join(", ", cleanTables)));
  }

  /** "14 angka terbit, 2 bermasalah" for a table. */
  String tableCount(Table t) {
    if (options.onlyProblems()) {
      return labels.format(
          "table.countShown", labels.count(t.figures()), labels.count(t.problems()));
    }
    return t.problems() == 0
        ? labels.format("table.count", labels.count(t.figures()))
        : labels.format(
            "table.countProblems", labels.count(t.figures()), labels.count(t.problems()));
  }

  /** "Tabel 12 › baris 4 › Realisasi (Rp)", the place of a row. */
  String place(Row r) {
    return r.table() + " \u203a " + labels.format("place.row", r.row()) + " \u203a " + r.column();
  }

  private Row row(FigureReconciliation f, Map<String, Object> elements, int fiscalYear) {
    String code = f.published().subject().orElse("");
    Object element = code.isEmpty() ? null : elements.get(code);
    String name = code.isEmpty() ? labels.get("subject.none") : nameOf(element);
    if (element != null) {
      code = codeOf(element, code);
    }
    return new Row(
        f.published().table(),
        f.published().row(),
        code,
        name,
        f.published().year().orElse(fiscalYear),
        f.published().column(),
        f.published().printed(),
        recomputed(f),
        f.status(),
        cause(f),
        f.published().value().map(labels::number).orElse(f.published().printed()),
        f.difference().map(labels::number).orElse(""));
  }

  static String nameOf(@org.jspecify.annotations.Nullable Object e) {
    if (e instanceof Indicator i) {
      return i.name();
    } else if (e instanceof Objective o) {
      return o.name();
    } else if (e instanceof Goal g) {
      return g.name();
    } else if (e instanceof Program p) {
      return p.name();
    } else if (e instanceof Activity a) {
      return a.name();
    } else if (e instanceof SubActivity s) {
      return s.name();
    } else if (e instanceof Dataset d) {
      return d.title();
    }
    return "";
  }

  /** The nomenclature code of a budget line when it has one, else its id. */
  static String codeOf(Object e, String id) {
    if (e instanceof Program p) {
      return p.code().orElse(id);
    } else if (e instanceof Activity a) {
      return a.code().orElse(id);
    } else if (e instanceof SubActivity s) {
      return s.code().orElse(id);
    }
    return id;
  }

  /** The recomputed value in words and numbers of the language; a dash when nothing was. */
  private String recomputed(FigureReconciliation f) {
    if (f.status() == ReconciliationStatus.NOT_RECOMPUTABLE) {
      return labels.get("recomputed.none");
    }
    if (f.recomputed().isPresent()) {
      return labels.number(f.recomputed().get());
    }
    if (f.recomputedText().isEmpty()) {
      return labels.get("recomputed.none");
    }
    String t = f.recomputedText().get();
    if (f.published().measure() == Measure.GRADE) {
      if (t.equals("UNCOVERED")) {
        return labels.get("recomputed.UNCOVERED");
      }
      if (t.startsWith("AMBIGUOUS: ")) {
        return labels.format("recomputed.AMBIGUOUS", t.substring("AMBIGUOUS: ".length()));
      }
      return t;
    }
    return t.equals("NOT_APPLICABLE") || t.equals("MISSING_INPUT")
        ? labels.get("recomputed." + t)
        : t;
  }

  /** The difference, the cause and the rounding that reproduces the figure, as they apply. */
  private String cause(FigureReconciliation f) {
    List<String> parts = new ArrayList<>();
    if (f.status() == ReconciliationStatus.MISMATCH && f.difference().isPresent()) {
      parts.add(labels.format("cause.difference", labels.number(f.difference().get())));
    }
    Optional<String> cause = AuditMessages.cause(f, options.locale());
    if (cause.isPresent()) {
      parts.add(cause.get());
    } else if (f.alternativeRounding().isPresent()) {
      parts.add(labels.format("cause.alternativeRounding", f.alternativeRounding().get()));
    }
    return String.join("; ", parts);
  }

  private String sentence(Finding f) {
    return AuditMessages.finding(f, options.locale());
  }

  /** Table › row › column [subject] of a finding, in the language; empty when it names none. */
  private String where(Finding f) {
    List<String> parts = new ArrayList<>();
    f.table().ifPresent(parts::add);
    f.row().ifPresent(r -> parts.add(labels.format("place.row", r)));
    f.column().ifPresent(parts::add);
    String place = String.join(" \u203a ", parts);
    if (f.subject().isPresent()) {
      place = place.isEmpty() ? f.subject().get() : place + " [" + f.subject().get() + "]";
    }
    return place;
  }

  /** A fragment id for {@code name}: lower-case letters, digits and dashes, made unique. */
  private static String anchor(String name, Map<String, Integer> used) {
    String base = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    base = base.replaceAll("^-+|-+$", "");
    if (base.isEmpty()) {
      base = "tabel";
    }
    int n = used.merge(base, 1, Integer::sum);
    return n == 1 ? "t-" + base : "t-" + base + "-" + n;
  }
}
