package org.lkjip.evaluation.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkjip.formulas.Rounding;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;

/**
 * Arithmetic within one printed row: budget − spending must be the unspent budget, and spending /
 * budget × 100 the absorption at its printed precision (any common rounding accepted: this check is
 * about arithmetic, {@code mixed-rounding} about rounding).
 */
final class RowArithmetic implements ConsistencyCheck {
  static final String ID = "row-arithmetic";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<RoundingMode> ACCEPTED =
      List.of(RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN, RoundingMode.UP);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "within a printed row, budget − spending ≠ unspent, or spending / budget ≠ absorption"
        + " at the printed precision";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (List<PublishedFigure> row : Checks.rows(ctx).values()) {
      Optional<PublishedFigure> budget = first(row, Measure.BUDGET);
      Optional<PublishedFigure> spending = first(row, Measure.SPENDING);
      if (budget.isEmpty() || spending.isEmpty()) {
        continue;
      }
      BigDecimal b = Reconciler.printedValue(budget.get()).orElseThrow();
      BigDecimal s = Reconciler.printedValue(spending.get()).orElseThrow();
      Optional<PublishedFigure> unspent = first(row, Measure.UNSPENT);
      if (unspent.isPresent()) {
        BigDecimal u = Reconciler.printedValue(unspent.get()).orElseThrow();
        if (b.subtract(s).compareTo(u) != 0) {
          out.add(
              Checks.at(ID, Severity.ERROR, unspent.get())
                  .addFact(Fact.of(Fact.EXPECTED, b.subtract(s)))
                  .addFact(Fact.of(Fact.DIFFERENCE, u.subtract(b.subtract(s))))
                  .addFact(Fact.of("printedBudget", b))
                  .addFact(Fact.of("printedSpending", s))
                  .addFact(Fact.of("budgetColumn", budget.get().column()))
                  .addFact(Fact.of("budgetText", budget.get().printed()))
                  .addFact(Fact.of("spendingColumn", spending.get().column()))
                  .addFact(Fact.of("spendingText", spending.get().printed()))
                  .messageKey("row-arithmetic.unspent")
                  .build());
        }
      }
      Optional<PublishedFigure> absorption = first(row, Measure.ABSORPTION);
      if (absorption.isPresent() && b.signum() != 0) {
        PublishedFigure a = absorption.get();
        BigDecimal printed = a.value().orElseThrow();
        int scale = Texts.printedScale(a);
        BigDecimal ratio = Rounding.divide(s.multiply(HUNDRED), b);
        boolean reproduced =
            ACCEPTED.stream()
                .anyMatch(m -> Rounding.setScale(ratio, scale, m).compareTo(printed) == 0);
        if (!reproduced) {
          BigDecimal expected = Rounding.setScale(ratio, scale, RoundingMode.HALF_UP);
          out.add(
              Checks.at(ID, Severity.ERROR, a)
                  .addFact(Fact.of(Fact.EXPECTED, expected))
                  .addFact(Fact.of(Fact.DIFFERENCE, printed.subtract(expected)))
                  .addFact(Fact.of("printedBudget", b))
                  .addFact(Fact.of("printedSpending", s))
                  .addFact(Fact.of("budgetText", budget.get().printed()))
                  .addFact(Fact.of("spendingText", spending.get().printed()))
                  .messageKey("row-arithmetic.absorption")
                  .build());
        }
      }
    }
    return out;
  }

  private static Optional<PublishedFigure> first(List<PublishedFigure> row, Measure m) {
    for (PublishedFigure p : row) {
      if (p.measure() == m && Reconciler.printedValue(p).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
