package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.Absence;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * What the parts of a {@link ReportAssembler} share: the records of the workbook's sheets, the
 * registry of the report's ids (so that a part can check a reference against the ids registered by
 * the parts before it), and the building of one element from its row.
 */
final class Assembly {
  final Records in;
  private final Map<Sheet, List<Rec>> sheets;

  /** Every id of the report → where it is defined, for duplicates and references. */
  final Map<String, Rec> ids = new HashMap<>();

  final Map<String, Sheet> idSheet = new HashMap<>();

  /**
   * Where each value is, by {@link ValueCells} key, when the reader was asked to locate values;
   * null otherwise (a large workbook's budget lines would cost a string each).
   */
  private final @Nullable Map<String, String> valueCells;

  Assembly(Records in, Map<Sheet, List<Rec>> sheets, boolean locateValues) {
    this.in = in;
    this.sheets = sheets;
    this.valueCells = locateValues ? new HashMap<>() : null;
  }

  /** Records that the value of {@code key} is in column {@code column} of {@code r}. */
  void located(String key, Rec r, String column) {
    if (valueCells != null) {
      valueCells.put(key, r.where(column));
    }
  }

  /** The located values, by {@link ValueCells} key; empty unless asked for. */
  Map<String, String> valueCells() {
    return valueCells == null ? Map.of() : valueCells;
  }

  List<Rec> rows(Sheet s) {
    return sheets.getOrDefault(s, List.of());
  }

  /**
   * The rows of a sheet that only one part reads, handed over: the assembly keeps no reference, so
   * they can be collected once the part is done (a large workbook's quarters, cascade and published
   * figures are most of its records).
   */
  List<Rec> take(Sheet s) {
    List<Rec> rows = sheets.remove(s);
    return rows == null ? List.of() : rows;
  }

  /** Ids and references are compared without surrounding blanks. */
  static @Nullable String stripped(@Nullable String s) {
    return s == null ? null : s.strip();
  }

  /** A required id, checked unique across the report. */
  @Nullable String id(Rec r, String key) {
    String id = in.requiredText(r, key);
    if (id == null) {
      return null;
    }
    String s = id.strip();
    Rec before = ids.putIfAbsent(s, r);
    if (before != null) {
      in.problem(
          r.where(key), "the id '" + Records.clip(s) + "' is already used at " + before.where(key));
      return null;
    }
    idSheet.put(s, r.sheet());
    return s;
  }

  void requireAll(Rec r, String... keys) {
    for (String k : keys) {
      if (!r.has(k)) {
        in.problem(
            r.where(k), "expected " + Records.describe(r.sheet(), k) + ", found a blank cell");
      }
    }
  }

  /** Builds one element; a value the model refuses becomes a problem at {@code at}'s row. */
  <T> java.util.Optional<T> build(@Nullable Rec at, Supplier<T> builder) {
    try {
      return java.util.Optional.of(builder.get());
    } catch (RuntimeException e) {
      in.problem(at == null ? "" : at.where(), Workbooks.oneLine(e));
      return java.util.Optional.empty();
    }
  }

  /** A read value, absence, or nothing (not reported) into a builder's value or absence. */
  static void valueOrAbsence(
      @Nullable Object value,
      java.util.function.Consumer<BigDecimal> onValue,
      java.util.function.Consumer<Absence> onAbsence) {
    if (value instanceof BigDecimal d) {
      onValue.accept(d);
    } else if (value instanceof Absence a) {
      onAbsence.accept(a);
    } else {
      onAbsence.accept(Absence.NOT_REPORTED);
    }
  }
}
