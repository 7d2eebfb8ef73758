package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.model.Absence;
import org.lkjip.model.Cell;
import org.lkjip.model.CellRef;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Indicator;
import org.lkjip.model.Observation;

/**
 * A data set whose printed total row is not the sum of its rows, column by column ("-", Nihil,
 * counts as zero; a column with an unreported cell is not checked); and an indicator input whose
 * value differs from the cell it names as its source.
 */
final class DatasetTotal implements ConsistencyCheck {
  static final String ID = "dataset-total";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a data set's printed total that is not the sum of its rows, or an indicator input that"
        + " differs from its source cell";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Dataset d : ctx.report().datasets()) {
      if (d.total().isEmpty()) {
        continue;
      }
      DatasetRow total = d.total().get();
      for (int c = 0; c < d.columns().size(); c++) {
        Optional<BigDecimal> printed = number(total.cells().get(c));
        Optional<BigDecimal> sum = Optional.of(BigDecimal.ZERO);
        for (DatasetRow r : d.rows()) {
          Optional<BigDecimal> v = number(r.cells().get(c));
          sum = sum.flatMap(s -> v.map(s::add));
        }
        if (printed.isPresent() && sum.isPresent() && printed.get().compareTo(sum.get()) != 0) {
          out.add(
              Checks.about(ID, Severity.ERROR, d.id())
                  .table(d.id())
                  .row(total.label())
                  .column(d.columns().get(c))
                  .addFact(Fact.of(Fact.PRINTED, printed.get()))
                  .addFact(Fact.of(Fact.EXPECTED, sum.get()))
                  .addFact(Fact.of(Fact.DIFFERENCE, printed.get().subtract(sum.get())))
                  .messageKey("dataset-total.total")
                  .build());
        }
      }
    }
    for (Indicator i : ctx.report().indicators()) {
      for (Observation o : i.inputs()) {
        if (o.source().isEmpty()) {
          continue;
        }
        CellRef ref = o.source().get();
        Optional<Cell> cell = cell(ctx, ref);
        List<Fact> facts =
            List.of(
                Fact.of("input", o.name()),
                Fact.of(Fact.YEAR, o.year()),
                Fact.of("source", AuditMessages.item(ref.dataset(), ref.row(), ref.column())));
        if (cell.isEmpty()) {
          out.add(
              Checks.about(ID, Severity.WARNING, i.id())
                  .addAllFacts(facts)
                  .messageKey("dataset-total.noCell")
                  .build());
          continue;
        }
        Optional<BigDecimal> cellValue = number(cell.get());
        Optional<BigDecimal> value = o.value();
        boolean differs =
            value.isPresent()
                && cellValue.isPresent()
                && value.get().compareTo(cellValue.get()) != 0;
        if (differs || value.isPresent() != cellValue.isPresent()) {
          out.add(
              Checks.about(ID, Severity.ERROR, i.id())
                  .addAllFacts(facts)
                  .addAllFacts(Checks.ifPresent("inputValue", value))
                  .addAllFacts(Checks.ifPresent("cellValue", cellValue))
                  .addAllFacts(Checks.ifPresent("cellText", cell.get().printed()))
                  .messageKey("dataset-total.differs")
                  .build());
        }
      }
    }
    return out;
  }

  /** A cell as a number: its value, zero for "-" (Nihil), empty when unknown. */
  private static Optional<BigDecimal> number(Cell c) {
    if (c.value().isPresent()) {
      return c.value();
    }
    return c.absence().equals(Optional.of(Absence.NIL))
        ? Optional.of(BigDecimal.ZERO)
        : Optional.empty();
  }

  private static Optional<Cell> cell(AuditContext ctx, CellRef ref) {
    Optional<Dataset> d = ctx.report().find(ref.dataset(), Dataset.class);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    int column = d.get().columnIndex(ref.column());
    if (column < 0) {
      return Optional.empty();
    }
    Optional<DatasetRow> row =
        ref.row().equals(CellRef.TOTAL_ROW)
            ? d.get().total()
            : d.get().rows().stream().filter(r -> r.label().equals(ref.row())).findFirst();
    return row.map(r -> r.cells().get(column));
  }
}
