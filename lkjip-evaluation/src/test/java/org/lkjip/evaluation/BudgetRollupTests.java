package org.lkjip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.formulas.Status;
import org.lkjip.model.Activity;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.Program;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.quicktheories.core.Gen;

/** Budget roll-ups through the evaluator, on generated budget trees. */
class BudgetRollupTests {
  private static final Evaluator EVALUATOR = new Evaluator(FormulaRegistry.standard());
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A line as (budget, spending) in rupiah; spending may exceed budget. */
  private static final Gen<long[]> LINE =
      longs()
          .between(0, 5_000_000_000L)
          .zip(longs().between(0, 5_000_000_000L), (b, s) -> new long[] {b, s});

  /** Programs → activities → lines, as nested lists. */
  private static final Gen<List<List<List<long[]>>>> TREE =
      lists()
          .of(lists().of(lists().of(LINE).ofSizeBetween(1, 4)).ofSizeBetween(1, 3))
          .ofSizeBetween(1, 3);

  private static ImmutableReport.Builder base() {
    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("Dinas").region("Kota").build())
        .fiscalYear(2022);
  }

  private static List<Program> programs(List<List<List<long[]>>> tree) {
    List<Program> programs = new ArrayList<>();
    for (int p = 0; p < tree.size(); p++) {
      ImmutableProgram.Builder pb = ImmutableProgram.builder().id("P" + p).name("P" + p);
      for (int a = 0; a < tree.get(p).size(); a++) {
        ImmutableActivity.Builder ab = ImmutableActivity.builder().id("P" + p + ".A" + a).name("A");
        for (int l = 0; l < tree.get(p).get(a).size(); l++) {
          long[] line = tree.get(p).get(a).get(l);
          ab.addSubActivities(
              ImmutableSubActivity.builder()
                  .id("P" + p + ".A" + a + ".L" + l)
                  .name("L")
                  .budget(BigDecimal.valueOf(line[0]))
                  .spending(BigDecimal.valueOf(line[1]))
                  .build());
        }
        pb.addActivities(ab.build());
      }
      programs.add(pb.build());
    }
    return programs;
  }

  @Test
  void evaluate_generatedTrees_totalsAreSumsOfLines() {
    qt().forAll(TREE)
        .checkAssert(
            tree -> {
              Report report = base().addAllPrograms(programs(tree)).build();
              Evaluation e = EVALUATOR.evaluate(report, RuleSets.recommended());
              BigDecimal allBudget = BigDecimal.ZERO;
              BigDecimal allSpending = BigDecimal.ZERO;
              for (Program p : report.programs()) {
                BigDecimal pb = BigDecimal.ZERO;
                BigDecimal ps = BigDecimal.ZERO;
                for (Activity a : p.activities()) {
                  BigDecimal ab = BigDecimal.ZERO;
                  BigDecimal as = BigDecimal.ZERO;
                  for (SubActivity s : a.subActivities()) {
                    ab = ab.add(s.budget());
                    as = as.add(s.spending().orElseThrow());
                  }
                  assertThat(e.line(a.id()).orElseThrow().budget().valueOrThrow())
                      .isEqualByComparingTo(ab);
                  assertThat(e.line(a.id()).orElseThrow().spending().valueOrThrow())
                      .isEqualByComparingTo(as);
                  pb = pb.add(ab);
                  ps = ps.add(as);
                }
                LineResult pr = e.line(p.id()).orElseThrow();
                assertThat(pr.budget().valueOrThrow()).isEqualByComparingTo(pb);
                assertThat(pr.spending().valueOrThrow()).isEqualByComparingTo(ps);
                assertThat(pr.unspent().valueOrThrow()).isEqualByComparingTo(pb.subtract(ps));
                if (pb.signum() == 0) {
                  assertThat(pr.absorption().status()).isEqualTo(Status.DIVISION_BY_ZERO);
                } else {
                  assertThat(pr.absorption().valueOrThrow())
                      .isEqualByComparingTo(
                          ps.multiply(HUNDRED).divide(pb, 2, RoundingMode.HALF_UP));
                }
                allBudget = allBudget.add(pb);
                allSpending = allSpending.add(ps);
              }
              assertThat(e.totals().budget().valueOrThrow()).isEqualByComparingTo(allBudget);
              assertThat(e.totals().spending().valueOrThrow()).isEqualByComparingTo(allSpending);
            });
  }

  @Test
  void evaluate_lineWithoutSpending_programTotalNamesIt() {
    Report report =
        base()
            .addPrograms(
                ImmutableProgram.builder()
                    .id("P")
                    .name("P")
                    .addActivities(
                        ImmutableActivity.builder()
                            .id("A")
                            .name("A")
                            .addSubActivities(
                                ImmutableSubActivity.builder()
                                    .id("L1")
                                    .name("L")
                                    .budget(BigDecimal.TEN)
                                    .spending(BigDecimal.ONE)
                                    .build(),
                                ImmutableSubActivity.builder()
                                    .id("L2")
                                    .name("L")
                                    .budget(BigDecimal.TEN)
                                    .build())
                            .build())
                    .build())
            .build();
    Evaluation e = EVALUATOR.evaluate(report, RuleSets.recommended());
    assertThat(e.line("P").orElseThrow().spending().status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(e.line("P").orElseThrow().spending().reason())
        .contains("spending not reported for line 'L2'");
    assertThat(e.totals().absorption().status()).isEqualTo(Status.MISSING_INPUT);
    assertThat(e.line("L1").orElseThrow().absorption().valueOrThrow())
        .isEqualByComparingTo("10.00");
  }

  /** Shares in whole percent for a line split between two objectives. */
  @Test
  void evaluate_sharedLine_objectiveBudgetsApplyShares_andCheckFindsBadSums() {
    qt().forAll(integers().between(1, 99), integers().between(1, 100))
        .checkAssert(
            (first, second) -> {
              Report report =
                  base()
                      .addGoals(
                          ImmutableGoal.builder()
                              .id("G")
                              .name("G")
                              .addObjectives(
                                  ImmutableObjective.builder().id("O1").name("O1").build(),
                                  ImmutableObjective.builder().id("O2").name("O2").build())
                              .build())
                      .addPrograms(
                          ImmutableProgram.builder()
                              .id("P")
                              .name("P")
                              .addActivities(
                                  ImmutableActivity.builder()
                                      .id("A")
                                      .name("A")
                                      .addSubActivities(
                                          ImmutableSubActivity.builder()
                                              .id("L")
                                              .name("L")
                                              .budget(BigDecimal.valueOf(1000))
                                              .spending(BigDecimal.valueOf(800))
                                              .build())
                                      .build())
                              .build())
                      .addAlignments(
                          ImmutableAlignment.builder()
                              .id("al")
                              .addLinks(
                                  ImmutableAlignmentLink.builder()
                                      .objective("O1")
                                      .line("L")
                                      .share(BigDecimal.valueOf(first))
                                      .build(),
                                  ImmutableAlignmentLink.builder()
                                      .objective("O2")
                                      .line("P")
                                      .share(BigDecimal.valueOf(second))
                                      .build())
                              .build())
                      .build();
              Evaluation e = EVALUATOR.evaluate(report, RuleSets.recommended());
              assertThat(e.objective("O1").orElseThrow().budget().valueOrThrow())
                  .isEqualByComparingTo(BigDecimal.valueOf(10L * first));
              assertThat(e.objective("O2").orElseThrow().spending().valueOrThrow())
                  .isEqualByComparingTo(BigDecimal.valueOf(8L * second));
              assertThat(e.objective("O1").orElseThrow().absorption().valueOrThrow())
                  .isEqualByComparingTo("80.00");
              if (first + second == 100) {
                assertThat(e.allocationIssues()).isEmpty();
              } else {
                assertThat(e.allocationIssues()).hasSize(1);
                assertThat(e.allocationIssues().get(0).shareSum())
                    .isEqualByComparingTo(BigDecimal.valueOf(first + second));
                assertThat(e.allocationIssues().get(0).describe())
                    .isEqualTo(
                        "alignment 'al': line 'L' has shares summing to "
                            + (first + second)
                            + ", not 100 (objectives O1, O2)");
              }
            });
  }
}
