package org.lkjip.io;

import java.math.BigDecimal;
import org.lkjip.model.Absence;
import org.lkjip.model.Bound;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableCell;
import org.lkjip.model.ImmutableCellRef;
import org.lkjip.model.ImmutableDataset;
import org.lkjip.model.ImmutableDatasetRow;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableGradingScale;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableStrategicPlan;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Measure;
import org.lkjip.model.Polarity;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;

/**
 * A small valid report in which every property of every model type is present at least once (a
 * drift test checks that it stays so). Public so that the hardening tests can mutate it.
 */
public final class MaximalReport {
  private MaximalReport() {}

  /** The report; equal every time. */
  public static Report report() {
    BigDecimal one = new BigDecimal("1.50");
    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("A").region("R").province("P").build())
        .fiscalYear(2022)
        .title("T")
        .addPlan(
            ImmutableStrategicPlan.builder()
                .id("p")
                .name("P")
                .startYear(2020)
                .endYear(2022)
                .decree("D")
                .addIndicator(ImmutableIndicator.builder().id("pi").name("N").unit("%").build())
                .build())
        .statedScale(
            ImmutableGradingScale.builder()
                .id("s")
                .name("S")
                .source("x")
                .confidence("y")
                .addBand(
                    ImmutableBand.builder()
                        .label("B")
                        .lower(Bound.inclusive(BigDecimal.ONE))
                        .upper(Bound.exclusive(BigDecimal.TEN))
                        .build())
                .build())
        .ruleSet("r")
        .addGoal(
            ImmutableGoal.builder()
                .id("g")
                .name("G")
                .addObjective(
                    ImmutableObjective.builder()
                        .id("o")
                        .name("O")
                        .addIndicator(
                            ImmutableIndicator.builder()
                                .id("i")
                                .name("I")
                                .unit("%")
                                .polarity(Polarity.NEGATIVE)
                                .formula("lkjip:ratio")
                                .formulaText("a/b")
                                .addInput(
                                    ImmutableObservation.builder()
                                        .name("a")
                                        .year(2022)
                                        .value(one)
                                        .source(
                                            ImmutableCellRef.builder()
                                                .dataset("d")
                                                .row("r")
                                                .column("c")
                                                .build())
                                        .build())
                                .addInput(
                                    ImmutableObservation.builder()
                                        .name("b")
                                        .year(2022)
                                        .absence(Absence.NIL)
                                        .build())
                                .addTarget(
                                    ImmutableTarget.builder()
                                        .year(2022)
                                        .value(one)
                                        .printed("1,5")
                                        .build())
                                .addTarget(
                                    ImmutableTarget.builder()
                                        .year(2021)
                                        .low(BigDecimal.ONE)
                                        .high(BigDecimal.TEN)
                                        .build())
                                .planEndTarget(
                                    ImmutableTarget.builder()
                                        .absence(Absence.NOT_APPLICABLE)
                                        .build())
                                .nationalStandard(ImmutableTarget.builder().value(one).build())
                                .dataSource("Internal")
                                .build())
                        .build())
                .build())
        .addProgram(
            ImmutableProgram.builder()
                .id("1")
                .code("2.07")
                .name("P")
                .outcome("x")
                .addActivity(
                    ImmutableActivity.builder()
                        .id("1.a")
                        .code("2.07.1")
                        .name("A")
                        .addSubActivity(
                            ImmutableSubActivity.builder()
                                .id("1.a.1")
                                .code("2.07.1.1")
                                .name("S")
                                .output(
                                    ImmutableOutput.builder()
                                        .indicator("x")
                                        .target(Quantity.of(BigDecimal.TEN, "bulan"))
                                        .actual(Quantity.of(one, "bulan"))
                                        .build())
                                .budget(BigDecimal.TEN)
                                .spending(one)
                                .addSpendingByPeriod(
                                    ImmutablePeriodSpending.builder()
                                        .fromQuarter(1)
                                        .toQuarter(4)
                                        .amount(one)
                                        .build())
                                .physicalProgress(one)
                                .build())
                        .build())
                .build())
        .addAlignment(
            ImmutableAlignment.builder()
                .id("al")
                .table("Tabel 1")
                .addLink(
                    ImmutableAlignmentLink.builder()
                        .objective("o")
                        .line("1.a.1")
                        .share(one)
                        .build())
                .build())
        .addDataset(
            ImmutableDataset.builder()
                .id("d")
                .title("D")
                .year(2022)
                .addColumn("c")
                .addRow(
                    ImmutableDatasetRow.builder()
                        .label("r")
                        .addCell(ImmutableCell.builder().value(one).printed("1,5").build())
                        .build())
                .total(
                    ImmutableDatasetRow.builder()
                        .label("Jumlah")
                        .addCell(ImmutableCell.builder().absence(Absence.NIL).build())
                        .build())
                .build())
        .addPublished(
            ImmutablePublishedFigure.builder()
                .table("Tabel 5")
                .row("1")
                .column("c")
                .printed("1,5")
                .value(one)
                .measure(Measure.PERIOD_SPENDING)
                .subject("1.a.1")
                .year(2022)
                .fromQuarter(1)
                .toQuarter(4)
                .build())
        .addPublished(
            ImmutablePublishedFigure.builder()
                .table("Tabel 5")
                .row("2")
                .column("c")
                .printed("Nihil")
                .absence(Absence.NIL)
                .measure(Measure.OTHER)
                .build())
        .build();
  }
}
