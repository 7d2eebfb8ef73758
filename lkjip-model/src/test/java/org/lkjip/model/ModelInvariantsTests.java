package org.lkjip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The invariants the value types enforce when built, with messages that quote the bad value. */
class ModelInvariantsTests {
  private static final BigDecimal MINUS_ONE = new BigDecimal("-1");

  private static ImmutableSubActivity.Builder line(String id) {
    return ImmutableSubActivity.builder().id(id).name("Sub kegiatan " + id).budget(BigDecimal.TEN);
  }

  private static Report report(SubActivity... lines) {
    return ImmutableReport.builder()
        .agency(ImmutableAgency.builder().name("Dinas").region("Kota").build())
        .fiscalYear(2022)
        .addPrograms(
            ImmutableProgram.builder()
                .id("1")
                .name("Program")
                .addActivities(
                    ImmutableActivity.builder()
                        .id("1.a")
                        .name("Kegiatan")
                        .addSubActivities(lines)
                        .build())
                .build())
        .build();
  }

  @Test
  void subActivity_negativeBudget_rejectedQuotingTheValue() {
    assertThatThrownBy(() -> line("1.a.1").budget(MINUS_ONE).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("subActivity '1.a.1'.budget must not be negative, was -1");
  }

  @Test
  void subActivity_zeroBudget_isAFactNotAnError() {
    assertThat(line("1.a.1").budget(BigDecimal.ZERO).build().budget()).isZero();
  }

  @Test
  void periodSpending_quarterFive_rejected() {
    assertThatThrownBy(
            () ->
                ImmutablePeriodSpending.builder()
                    .fromQuarter(4)
                    .toQuarter(5)
                    .amount(BigDecimal.ONE)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("quarters must be 1..4, were fromQuarter=4 toQuarter=5");
  }

  @Test
  void periodSpending_spanBackwards_rejected() {
    assertThatThrownBy(
            () ->
                ImmutablePeriodSpending.builder()
                    .fromQuarter(3)
                    .toQuarter(1)
                    .amount(BigDecimal.ONE)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("toQuarter 1 is before fromQuarter 3");
  }

  @Test
  void target_bothValueAndAbsence_rejected() {
    assertThatThrownBy(
            () ->
                ImmutableTarget.builder()
                    .value(BigDecimal.TEN)
                    .absence(Absence.NOT_APPLICABLE)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("exactly one of 'value', 'low'+'high' or 'absence', 2 were given");
  }

  @Test
  void target_invertedRange_rejectedQuotingBothBounds() {
    assertThatThrownBy(
            () ->
                ImmutableTarget.builder()
                    .low(new BigDecimal("80"))
                    .high(new BigDecimal("70.5"))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("range target low 80 is above high 70.5");
  }

  @Test
  void target_range_hasRange() {
    Target t = ImmutableTarget.builder().low(BigDecimal.ONE).high(BigDecimal.TEN).build();
    assertThat(t.hasRange()).isTrue();
    assertThat(ImmutableTarget.builder().value(BigDecimal.ONE).build().hasRange()).isFalse();
  }

  @Test
  void alignmentLink_shareOverHundred_rejected() {
    assertThatThrownBy(
            () ->
                ImmutableAlignmentLink.builder()
                    .objective("S1")
                    .line("1.a.1")
                    .share(new BigDecimal("100.01"))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("share of line '1.a.1' for objective 'S1' must be in (0, 100], was 100.01");
  }

  @Test
  void band_emptyInterval_rejected() {
    assertThatThrownBy(
            () ->
                ImmutableBand.builder()
                    .label("Baik")
                    .lower(Bound.exclusive(new BigDecimal("75")))
                    .upper(Bound.inclusive(new BigDecimal("75")))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("band 'Baik' is empty: lower 75 is not below upper 75");
  }

  @Test
  void band_contains_respectsInclusiveness() {
    Band band =
        ImmutableBand.builder()
            .label("Baik")
            .lower(Bound.exclusive(new BigDecimal("65")))
            .upper(Bound.inclusive(new BigDecimal("75")))
            .build();
    assertThat(band.contains(new BigDecimal("65"))).isFalse();
    assertThat(band.contains(new BigDecimal("65.01"))).isTrue();
    assertThat(band.contains(new BigDecimal("75.00"))).isTrue();
    assertThat(band.contains(new BigDecimal("75.01"))).isFalse();
  }

  @Test
  void report_sameIdTwice_rejectedNamingTheId() {
    assertThatThrownBy(() -> report(line("1.a.1").build(), line("1.a.1").build()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("id '1.a.1' is used by more than one element of the report");
  }

  @Test
  void report_duplicateNomenclatureCode_isKeptAsData() {
    Report r =
        report(
            line("1.a.1").code("2.07.01.2.02.01").build(),
            line("1.a.2").code("2.07.01.2.02.01").build());
    assertThat(r.subActivities())
        .extracting(s -> s.code().orElseThrow())
        .containsOnly("2.07.01.2.02.01");
  }

  @Test
  void report_alignmentToUnknownObjective_rejected() {
    assertThatThrownBy(
            () ->
                ImmutableReport.copyOf(report(line("1.a.1").build()))
                    .withAlignments(
                        ImmutableAlignment.builder()
                            .id("cascade")
                            .addLinks(
                                ImmutableAlignmentLink.builder()
                                    .objective("S9")
                                    .line("1.a.1")
                                    .build())
                            .build()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("alignment 'cascade' links unknown objective 'S9'");
  }

  @Test
  void report_find_returnsElementOfTheRequestedTypeOnly() {
    Report r = report(line("1.a.1").build());
    assertThat(r.find("1.a.1", SubActivity.class)).isPresent();
    assertThat(r.find("1.a.1", Program.class)).isEmpty();
    assertThat(r.find("nope", SubActivity.class)).isEmpty();
  }

  @Test
  void dataset_rowWithWrongWidth_rejected() {
    assertThatThrownBy(
            () ->
                ImmutableDataset.builder()
                    .id("placements")
                    .title("Penempatan")
                    .addColumns("Laki-laki", "Perempuan")
                    .addRows(
                        ImmutableDatasetRow.builder()
                            .label("SMA")
                            .addCells(Cell.of(BigDecimal.ONE))
                            .build())
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("dataset 'placements': row \"SMA\" has 1 cells for 2 columns");
  }
}
