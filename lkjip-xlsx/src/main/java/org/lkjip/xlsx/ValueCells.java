package org.lkjip.xlsx;

/**
 * The keys of {@link WorkbookReport#valueCell(String)}: a name for each value a report holds that
 * is read from one cell of a workbook, independent of where the value lands in the model. A host
 * that explains a figure asks for the cell of each input by the input's key.
 *
 * <p>The keys are plain text, stable across versions, and built only by these methods; ids are the
 * ids of the report (stripped, as the reader compares them).
 *
 * @since 0.4
 */
public final class ValueCells {
  private ValueCells() {}

  /** The id cell of the row that defines an element (indicator, budget line, data set, …). */
  public static String element(String id) {
    return "element|" + id;
  }

  /** The cell of an indicator's yearly target: the target, else its printed text. */
  public static String target(String indicatorId, int year) {
    return "target|" + indicatorId + "|" + year;
  }

  /** The value cell of a raw formula input of an indicator for a year. */
  public static String observation(String indicatorId, String name, int year) {
    return "observation|" + indicatorId + "|" + name + "|" + year;
  }

  /** The value cell of one cell of a data set. */
  public static String datasetCell(String dataset, String row, String column) {
    return "dataset|" + dataset + "|" + row + "|" + column;
  }

  /**
   * The cell of a sub-activity's field: {@code budget}, {@code spending}, {@code output.target} or
   * {@code output.actual}.
   */
  public static String line(String lineId, String field) {
    return "line|" + lineId + "|" + field;
  }
}
