package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lkjip.model.Cell;
import org.lkjip.model.CellRef;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Indicator;
import org.lkjip.model.Observation;

/**
 * Two indicators that use identical data: their inputs come from two data sets with the same rows
 * and values (column names aside), or their raw inputs are identical value for value (at least two
 * inputs, not all zero).
 */
final class DatasetReused implements ConsistencyCheck {
  static final String ID = "dataset-reused";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "two indicators whose inputs come from data sets with identical rows and values, or"
        + " whose raw inputs are identical value for value";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Indicator> indicators = ctx.report().indicators();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      for (int j = i + 1; j < indicators.size(); j++) {
        Indicator a = indicators.get(i);
        Indicator b = indicators.get(j);
        List<String> why = new ArrayList<>();
        List<String> sameDatasets = new ArrayList<>();
        for (Dataset da : datasets(ctx, a)) {
          for (Dataset db : datasets(ctx, b)) {
            if (!da.id().equals(db.id()) && sameContent(da, db)) {
              why.add(da.id());
              sameDatasets.add(AuditMessages.item(da.id(), db.id(), da.title(), db.title()));
            }
          }
        }
        boolean inputs = sameInputs(a, b);
        if (!why.isEmpty() || inputs) {
          out.add(
              Checks.about(ID, Severity.WARNING, a.id())
                  .addFact(Fact.of("otherIndicator", b.id()))
                  .addAllFacts(
                      why.isEmpty()
                          ? List.of()
                          : List.of(
                              Fact.of(
                                  "sameDatasets", String.join(AuditMessages.ITEMS, sameDatasets))))
                  .addAllFacts(inputs ? List.of(Fact.of("sameInputs", values(a))) : List.of())
                  .messageKey("dataset-reused")
                  .build());
        }
      }
    }
    return out;
  }

  private static Set<Dataset> datasets(AuditContext ctx, Indicator i) {
    Set<Dataset> out = new LinkedHashSet<>();
    for (Observation o : i.inputs()) {
      o.source()
          .map(CellRef::dataset)
          .flatMap(id -> ctx.report().find(id, Dataset.class))
          .ifPresent(out::add);
    }
    return out;
  }

  private static boolean sameContent(Dataset a, Dataset b) {
    if (a.rows().size() != b.rows().size()
        || a.columns().size() != b.columns().size()
        || a.total().isPresent() != b.total().isPresent()) {
      return false;
    }
    for (int r = 0; r < a.rows().size(); r++) {
      if (!sameRow(a.rows().get(r), b.rows().get(r))) {
        return false;
      }
    }
    return a.total().isEmpty() || sameRow(a.total().get(), b.total().orElseThrow());
  }

  private static boolean sameRow(DatasetRow a, DatasetRow b) {
    if (!Texts.normalizedLabel(a.label()).equals(Texts.normalizedLabel(b.label()))
        || a.cells().size() != b.cells().size()) {
      return false;
    }
    for (int c = 0; c < a.cells().size(); c++) {
      if (!sameCell(a.cells().get(c), b.cells().get(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameCell(Cell a, Cell b) {
    if (a.value().isPresent() && b.value().isPresent()) {
      return a.value().get().compareTo(b.value().get()) == 0;
    }
    return a.value().isEmpty() && b.value().isEmpty() && a.absence().equals(b.absence());
  }

  private static boolean sameInputs(Indicator a, Indicator b) {
    if (a.inputs().size() < 2 || a.inputs().size() != b.inputs().size()) {
      return false;
    }
    // All-zero inputs (nothing happened that year for either) are not evidence of reused data.
    if (a.inputs().stream().allMatch(o -> o.value().map(v -> v.signum() == 0).orElse(true))) {
      return false;
    }
    for (int k = 0; k < a.inputs().size(); k++) {
      Observation x = a.inputs().get(k);
      Observation y = b.inputs().get(k);
      Optional<BigDecimal> xv = x.value();
      Optional<BigDecimal> yv = y.value();
      if (x.year() != y.year()
          || xv.isEmpty()
          || yv.isEmpty()
          || xv.get().compareTo(yv.get()) != 0) {
        return false;
      }
    }
    return true;
  }

  private static String values(Indicator i) {
    List<String> v = new ArrayList<>();
    for (Observation o : i.inputs()) {
      v.add(
          AuditMessages.item(
              o.name(),
              String.valueOf(o.year()),
              o.value().map(BigDecimal::toPlainString).orElse("?")));
    }
    return String.join(AuditMessages.ITEMS, v);
  }
}
