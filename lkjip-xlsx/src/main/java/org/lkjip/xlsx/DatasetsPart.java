package org.lkjip.xlsx;

import static org.lkjip.xlsx.Assembly.stripped;
import static org.lkjip.xlsx.Assembly.valueOrAbsence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkjip.model.Absence;
import org.lkjip.model.CellRef;
import org.lkjip.model.ImmutableCell;
import org.lkjip.model.ImmutableDataset;
import org.lkjip.model.ImmutableDatasetRow;
import org.lkjip.model.ImmutableReport;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The data sets of the Tabel Data sheet, with their cells from the Isi Data sheet placed by row and
 * column.
 */
final class DatasetsPart {
  private final Assembly assembly;
  private final Records in;

  DatasetsPart(Assembly assembly) {
    this.assembly = assembly;
    this.in = assembly.in;
  }

  void addTo(ImmutableReport.Builder report) {
    Map<String, ImmutableDataset.Builder> sets = new LinkedHashMap<>();
    Map<String, List<String>> columnsOf = new HashMap<>();
    Map<String, String> totalOf = new HashMap<>();
    for (Rec r : assembly.rows(Sheet.DATASETS)) {
      String id = assembly.id(r, "id");
      String title = in.requiredText(r, "title");
      Integer year = in.integer(r, "year");
      String columns = in.requiredText(r, "columns");
      if (id == null || title == null || columns == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String c :
          columns.split(
              java.util.regex.Pattern.quote(WorkbookFormat.COLUMN_SEPARATOR.strip()), -1)) {
        names.add(c.strip());
      }
      columnsOf.put(id, names);
      String total = in.text(r, "totalRow");
      totalOf.put(id, total == null ? CellRef.TOTAL_ROW : total.strip());
      sets.put(
          id,
          ImmutableDataset.builder()
              .id(id)
              .title(title)
              .year(java.util.Optional.ofNullable(year))
              .addAllColumns(names));
    }
    // rows in order of first appearance; cells placed by column
    Map<String, Map<String, BuiltRow>> rowsOf = new LinkedHashMap<>();
    for (Rec r : assembly.take(Sheet.DATASET_CELLS)) {
      String dataset = stripped(in.requiredText(r, "dataset"));
      String row = in.requiredText(r, "row");
      String column = in.requiredText(r, "column");
      Object value = in.numberOrAbsence(r, "value");
      String printed = in.text(r, "printed");
      if (dataset == null || row == null || column == null) {
        continue;
      }
      List<String> names = columnsOf.get(dataset);
      if (names == null) {
        in.problem(
            r.where("dataset"),
            "unknown data set '"
                + Records.clip(dataset)
                + "': not an id of sheet "
                + Sheet.DATASETS.sheetName());
        continue;
      }
      int c = names.indexOf(column.strip());
      if (c < 0) {
        in.problem(
            r.where("column"),
            "unknown column '"
                + Records.clip(column)
                + "' of data set '"
                + dataset
                + "': its columns are "
                + String.join(", ", names));
        continue;
      }
      BuiltRow br =
          rowsOf
              .computeIfAbsent(dataset, k -> new LinkedHashMap<>())
              .computeIfAbsent(row, k -> new BuiltRow(r, names.size()));
      if (br.cells[c] != null) {
        in.problem(
            r.where("column"),
            "the cell of row '" + Records.clip(row) + "', column '" + column + "' is given twice");
        continue;
      }
      ImmutableCell.Builder cell =
          ImmutableCell.builder().printed(java.util.Optional.ofNullable(printed));
      valueOrAbsence(value == null ? Absence.NOT_REPORTED : value, cell::value, cell::absence);
      br.cells[c] = assembly.build(r, cell::build).orElse(null);
      // a reference names the total row "total", whatever its label in the workbook
      String refRow = row.equals(totalOf.get(dataset)) ? CellRef.TOTAL_ROW : row;
      assembly.located(ValueCells.datasetCell(dataset, refRow, column.strip()), r, "value");
    }
    for (Map.Entry<String, ImmutableDataset.Builder> e : sets.entrySet()) {
      ImmutableDataset.Builder d = e.getValue();
      for (Map.Entry<String, BuiltRow> row : rowsOf.getOrDefault(e.getKey(), Map.of()).entrySet()) {
        BuiltRow br = row.getValue();
        List<org.lkjip.model.Cell> cells = new ArrayList<>();
        for (int c = 0; c < br.cells.length; c++) {
          if (br.cells[c] == null) {
            in.problem(
                br.first.where("column"),
                "row '"
                    + Records.clip(row.getKey())
                    + "' of data set '"
                    + e.getKey()
                    + "' has no cell for column '"
                    + java.util.Objects.requireNonNull(columnsOf.get(e.getKey())).get(c)
                    + "'");
          } else {
            cells.add(br.cells[c]);
          }
        }
        if (cells.size() != br.cells.length) {
          continue;
        }
        boolean total = row.getKey().equals(totalOf.get(e.getKey()));
        assembly
            .build(
                br.first,
                () -> ImmutableDatasetRow.builder().label(row.getKey()).addAllCells(cells).build())
            .ifPresent(
                built -> {
                  if (total) {
                    d.total(built);
                  } else {
                    d.addRow(built);
                  }
                });
      }
      assembly.build(assembly.ids.get(e.getKey()), d::build).ifPresent(report::addDataset);
    }
  }

  /** The cells of one data-set row as they are read. */
  private static final class BuiltRow {
    final Rec first;
    final org.lkjip.model.Cell[] cells; // null entries until read

    BuiltRow(Rec first, int columns) {
      this.first = first;
      this.cells = new org.lkjip.model.Cell[columns];
    }
  }
}
