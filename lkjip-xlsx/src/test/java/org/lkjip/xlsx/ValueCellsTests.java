package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Indicator;
import org.lkjip.model.Observation;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;

/**
 * {@link ReportWorkbookReader#locatingValues()}: every located value is in the cell it names, as an
 * independent reading of that cell with POI shows.
 */
class ValueCellsTests {
  private static final Path SEED_WORKBOOK =
      Path.of("..", "examples", "data", "tebing-tinggi-2022.xlsx");

  /** A value of the report and the key of its cell. */
  private record Located(String key, BigDecimal value) {}

  @Test
  void locatedValues_areInTheCellsTheyName() throws IOException {
    WorkbookReport w = new ReportWorkbookReader().locatingValues().read(SEED_WORKBOOK);
    List<Located> values = values(w.report());

    int numeric = 0;
    try (InputStream in = Files.newInputStream(SEED_WORKBOOK);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Located v : values) {
        Optional<String> at = w.valueCell(v.key());
        assertThat(at).as(v.key()).isPresent();
        CellReference ref = new CellReference(at.orElseThrow());
        Cell cell = book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        assertThat(cell).as(at.orElseThrow()).isNotNull();
        if (cell.getCellType() == CellType.NUMERIC) {
          numeric++;
          assertThat(new BigDecimal(String.valueOf(cell.getNumericCellValue())))
              .as(v.key() + " at " + at.orElseThrow())
              .isEqualByComparingTo(v.value());
        }
      }
    }
    // targets, inputs, data-set cells and budget lines of the seed are mostly numeric cells
    assertThat(numeric).isGreaterThan(values.size() / 2);
  }

  @Test
  void withoutLocatingValues_noValueCellIsKept() {
    WorkbookReport w = new ReportWorkbookReader().read(SEED_WORKBOOK);

    assertThat(w.valueCells()).isEmpty();
    assertThat(w.figureCells()).hasSize(w.report().published().size());
  }

  @Test
  void keys_tellApartWhatTheyName() {
    assertThat(ValueCells.target("IKU1", 2022)).isNotEqualTo(ValueCells.target("IKU1", 2021));
    assertThat(ValueCells.line("s1", "budget")).isNotEqualTo(ValueCells.line("s1", "spending"));
    assertThat(ValueCells.element("x")).isNotEqualTo(ValueCells.line("x", "budget"));
    assertThat(ValueCells.observation("i", "a", 2022))
        .isNotEqualTo(ValueCells.datasetCell("i", "a", "2022"));
  }

  private static List<Located> values(Report report) {
    List<Located> out = new ArrayList<>();
    for (Indicator i : report.indicators()) {
      for (Target t : i.targets()) {
        if (t.year().isPresent() && t.value().isPresent()) {
          out.add(new Located(ValueCells.target(i.id(), t.year().get()), t.value().get()));
        }
      }
      for (Observation o : i.inputs()) {
        o.value()
            .ifPresent(
                v -> out.add(new Located(ValueCells.observation(i.id(), o.name(), o.year()), v)));
      }
    }
    for (Dataset d : report.datasets()) {
      List<DatasetRow> rows = new ArrayList<>(d.rows());
      d.total().ifPresent(rows::add);
      for (DatasetRow r : rows) {
        String label = d.total().filter(t -> t == r).isPresent() ? "total" : r.label();
        for (int c = 0; c < r.cells().size(); c++) {
          Optional<BigDecimal> v = r.cells().get(c).value();
          if (v.isPresent()) {
            out.add(
                new Located(ValueCells.datasetCell(d.id(), label, d.columns().get(c)), v.get()));
          }
        }
      }
    }
    for (SubActivity s : report.subActivities()) {
      out.add(new Located(ValueCells.line(s.id(), "budget"), s.budget()));
      s.spending().ifPresent(v -> out.add(new Located(ValueCells.line(s.id(), "spending"), v)));
    }
    assertThat(out).isNotEmpty();
    return out;
  }
}
