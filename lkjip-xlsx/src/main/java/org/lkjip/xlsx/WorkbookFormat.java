package org.lkjip.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lkjip.model.Absence;
import org.lkjip.model.Measure;
import org.lkjip.model.Polarity;

/**
 * The {@code lkjip-workbook/1} format, declared once: every sheet a person fills in, and every
 * column of it with its machine key, its header in the words of the reports, its width and the kind
 * of value it holds. The template, the export and the reader are all driven by this declaration,
 * and {@code docs/format-lkjip-workbook-1.md} is checked against it by a test.
 *
 * <p>Every data sheet is laid out the same way: a title row, a header row (Indonesian, for people),
 * a key row (the machine keys, which the reader matches; labels can be reworded freely) and then
 * one row per record. Columns may be moved or left out (unless required); a column whose key starts
 * with {@value #NOTES_KEY} is a notes column and is ignored.
 *
 * @since 0.2
 */
public final class WorkbookFormat {
  /** The format name written in the identity sheet, {@code format} row. */
  public static final String FORMAT = "lkjip-workbook/1";

  /** Keys starting with this mark a notes column, never read. */
  public static final String NOTES_KEY = "catatan";

  /** The text a workbook uses for {@link Absence#NOT_REPORTED} (a blank cell means the same). */
  public static final String NOT_REPORTED_WORD = "Tidak dilaporkan";

  /** The instructions sheet; not read. */
  public static final String INSTRUCTIONS = "Petunjuk";

  /** The hidden sheet of the drop-down lists; not read. */
  public static final String LISTS = "Daftar";

  /** Level names of the {@link Sheet#GOALS} sheet. */
  public static final String GOAL = "Tujuan";

  /** Level name of an objective in the {@link Sheet#GOALS} sheet. */
  public static final String OBJECTIVE = "Sasaran";

  /** Level name of a program in the {@link Sheet#BUDGET} sheet. */
  public static final String PROGRAM = "Program";

  /** Level name of an activity in the {@link Sheet#BUDGET} sheet. */
  public static final String ACTIVITY = "Kegiatan";

  /** Level name of a sub-activity in the {@link Sheet#BUDGET} sheet. */
  public static final String SUB_ACTIVITY = "Sub Kegiatan";

  /** Kind of a row of the {@link Sheet#TARGETS} sheet: a yearly target. */
  public static final String YEARLY = "Tahunan";

  /** Kind of a row of the {@link Sheet#TARGETS} sheet: the target at the end of the plan. */
  public static final String PLAN_END = "Akhir Renstra";

  /** Kind of a row of the {@link Sheet#TARGETS} sheet: the national standard. */
  public static final String NATIONAL_STANDARD = "Standar Nasional";

  /** "Ya": a true boolean. */
  public static final String YES = "Ya";

  /** "Tidak": a false boolean. */
  public static final String NO = "Tidak";

  /** Separator of the column names in the data-set sheet. */
  public static final String COLUMN_SEPARATOR = " | ";

  private WorkbookFormat() {}

  /** What a column holds, which decides how a cell is read, written and displayed. */
  public enum Kind {
    /** Text; a number typed there is read as the text a person sees. */
    TEXT,
    /** A whole number (years, quarters), shown without grouping. */
    INTEGER,
    /** A decimal number, shown grouped with its own decimals ("1.234,5" in id-ID). */
    NUMBER,
    /** Rupiah, shown grouped ("3.308.936.254" in id-ID). */
    MONEY,
    /** A number, or an absence word ("N/A", "Nihil", "-", {@value #NOT_REPORTED_WORD}). */
    NUMBER_OR_ABSENCE,
    /** "Ya" or "Tidak" (or a TRUE/FALSE cell). */
    BOOLEAN,
    /** One word of a closed list (a drop-down in the template). */
    CHOICE
  }

  /**
   * One column: its machine key and what it holds. Its header and help text, in Bahasa Indonesia
   * and English, are in the {@code WorkbookText} resource bundles under {@code SHEET.key.header}
   * and {@code SHEET.key.help}.
   *
   * @param key the machine key in the key row
   * @param kind how the cell is read
   * @param width the column width in characters
   * @param required whether every record needs a value here
   * @param choices the closed list of a {@link Kind#CHOICE} column, else empty
   */
  public record Column(
      String key, Kind kind, int width, boolean required, ImmutableList<String> choices) {}

  /** The sheets of the format, in workbook order after {@value #INSTRUCTIONS}. */
  public enum Sheet {
    /** Identity of the report, as key/value rows ({@code field}, {@code label}, {@code value}). */
    IDENTITY(
        "Identitas", text("field", 22, true), text("label", 36, false), text("value", 60, false)),
    /** Strategic plans (RPJMD, Renstra). */
    PLANS(
        "Rencana",
        text("id", 22, true),
        text("name", 50, true),
        integer("startYear", true),
        integer("endYear", true),
        text("decree", 50, false)),
    /** The bands of the grading scale the report states. */
    SCALE(
        "Skala",
        text("label", 24, true),
        number("lower"),
        bool("lowerInclusive"),
        number("upper"),
        bool("upperInclusive")),
    /** Goals and the strategic objectives under them. */
    GOALS(
        "Sasaran",
        choice("level", 12, true, ImmutableList.of(GOAL, OBJECTIVE)),
        text("id", 14, true),
        text("name", 70, true)),
    /** Indicators of the objectives, and of the plans. */
    INDICATORS(
        "Indikator",
        text("objective", 16, false),
        text("plan", 16, false),
        text("id", 14, true),
        text("name", 60, true),
        text("unit", 10, true),
        choice("polarity", 12, false, enums(Polarity.values())),
        choice("formula", 30, false, ImmutableList.of()),
        text("formulaText", 60, false),
        text("dataSource", 20, false)),
    /** Yearly targets, the plan-end target and the national standard of each indicator. */
    TARGETS(
        "Target",
        text("indicator", 14, true),
        choice("kind", 18, true, ImmutableList.of(YEARLY, PLAN_END, NATIONAL_STANDARD)),
        integer("year", false),
        numberOrAbsence("target"),
        number("low"),
        number("high"),
        text("printed", 14, false)),
    /** Raw inputs of the indicators' formulas (the realisasi and its data). */
    INPUTS(
        "Data Dukung",
        text("indicator", 14, true),
        text("name", 18, true),
        integer("year", true),
        numberOrAbsence("value"),
        text("source.dataset", 18, false),
        text("source.row", 18, false),
        text("source.column", 16, false)),
    /** Programs, activities and sub-activities with pagu and realisasi. */
    BUDGET(
        "Anggaran",
        choice("level", 14, true, ImmutableList.of(PROGRAM, ACTIVITY, SUB_ACTIVITY)),
        text("id", 10, true),
        text("code", 18, false),
        text("name", 60, true),
        text("outcome", 30, false),
        text("output.indicator", 36, false),
        number("output.target"),
        text("output.targetUnit", 12, false),
        number("output.actual"),
        text("output.actualUnit", 12, false),
        money("budget"),
        money("spending"),
        number("physicalProgress")),
    /** Spending per span of quarters of each sub-activity. */
    QUARTERS(
        "Triwulan",
        text("line", 16, true),
        integer("fromQuarter", true),
        integer("toQuarter", true),
        new Column("amount", Kind.MONEY, 18, true, ImmutableList.of())),
    /** Cascade tables: which budget lines serve which objective. */
    CASCADE(
        "Cascading",
        text("alignment", 18, true),
        text("table", 12, false),
        text("objective", 16, false),
        text("line", 16, false),
        number("share")),
    /** Data sets of the attachments: their identity and columns. */
    DATASETS(
        "Tabel Data",
        text("id", 18, true),
        text("title", 60, true),
        integer("year", false),
        text("columns", 40, true),
        text("totalRow", 16, false)),
    /** The cells of the data sets. */
    DATASET_CELLS(
        "Isi Data",
        text("dataset", 18, true),
        text("row", 24, true),
        text("column", 16, true),
        numberOrAbsence("value"),
        text("printed", 12, false)),
    /** Every figure the report prints, as evidence to reconcile. */
    PUBLISHED(
        "Angka Terbit",
        text("table", 12, true),
        text("row", 10, true),
        text("column", 18, true),
        text("printed", 16, true),
        number("value"),
        choice("absence", 16, false, absences()),
        choice("measure", 22, true, enums(Measure.values())),
        text("subject", 14, false),
        integer("year", false),
        integer("fromQuarter", false),
        integer("toQuarter", false));

    private final String sheetName;
    private final ImmutableList<Column> columns;

    Sheet(String sheetName, Column... columns) {
      this.sheetName = sheetName;
      this.columns = ImmutableList.copyOf(columns);
    }

    /** The sheet's name in the workbook. */
    public String sheetName() {
      return sheetName;
    }

    /** Columns in template order. */
    public ImmutableList<Column> columns() {
      return columns;
    }

    /** The column with {@code key}, if declared. */
    public Optional<Column> column(String key) {
      return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The sheet named {@code name}, if it is one of the format's. */
    public static Optional<Sheet> named(String name) {
      for (Sheet s : values()) {
        if (s.sheetName.equals(name)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Fields of the {@link Sheet#IDENTITY} sheet; labels are in {@code WorkbookText} ({@code
   * IDENTITY.field.KEY}).
   */
  public enum Field {
    /** Must be {@value WorkbookFormat#FORMAT}. */
    FORMAT("format", true),
    /** {@code agency.name}. */
    AGENCY_NAME("agency.name", true),
    /** {@code agency.region}. */
    AGENCY_REGION("agency.region", false),
    /** {@code agency.province}. */
    AGENCY_PROVINCE("agency.province", false),
    /** {@code fiscalYear}. */
    FISCAL_YEAR("fiscalYear", true),
    /** {@code title}. */
    TITLE("title", false),
    /** {@code ruleSet}: the rule set the printed figures follow. */
    RULE_SET("ruleSet", false),
    /** {@code statedScale.id}. */
    SCALE_ID("statedScale.id", false),
    /** {@code statedScale.name}. */
    SCALE_NAME("statedScale.name", false),
    /** {@code statedScale.source}. */
    SCALE_SOURCE("statedScale.source", false),
    /** {@code statedScale.confidence}. */
    SCALE_CONFIDENCE("statedScale.confidence", false);

    private final String key;
    private final boolean required;

    Field(String key, boolean required) {
      this.key = key;
      this.required = required;
    }

    /** The key in the {@code field} column. */
    public String key() {
      return key;
    }

    /** Whether a report needs it. */
    public boolean required() {
      return required;
    }

    /** The field with {@code key}, if any. */
    public static Optional<Field> withKey(String key) {
      for (Field f : values()) {
        if (f.key.equals(key)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /** The word a workbook uses for an absence. */
  public static String absenceWord(Absence a) {
    return switch (a) {
      case NOT_APPLICABLE -> "N/A";
      case NIL -> "Nihil";
      case NOT_REPORTED -> NOT_REPORTED_WORD;
    };
  }

  private static ImmutableList<String> absences() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Absence a : Absence.values()) {
      b.add(absenceWord(a));
    }
    return b.build();
  }

  private static ImmutableList<String> enums(Enum<?>[] values) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Enum<?> e : values) {
      b.add(e.name());
    }
    return b.build();
  }

  private static Column text(String key, int width, boolean required) {
    return new Column(key, Kind.TEXT, width, required, ImmutableList.of());
  }

  private static Column integer(String key, boolean required) {
    return new Column(key, Kind.INTEGER, 10, required, ImmutableList.of());
  }

  private static Column number(String key) {
    return new Column(key, Kind.NUMBER, 13, false, ImmutableList.of());
  }

  private static Column money(String key) {
    return new Column(key, Kind.MONEY, 18, false, ImmutableList.of());
  }

  private static Column numberOrAbsence(String key) {
    return new Column(key, Kind.NUMBER_OR_ABSENCE, 13, false, ImmutableList.of());
  }

  private static Column bool(String key) {
    return new Column(key, Kind.BOOLEAN, 12, false, ImmutableList.of(YES, NO));
  }

  private static Column choice(
      String key, int width, boolean required, ImmutableList<String> choices) {
    return new Column(key, Kind.CHOICE, width, required, choices);
  }
}
