package org.lkjip.model;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A sub-activity (<i>sub kegiatan</i>): the budget line, with its output, budget (<i>anggaran</i>),
 * spending (<i>realisasi</i>) in total and by period, and physical progress.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubActivity.class)
@JsonDeserialize(as = ImmutableSubActivity.class)
public interface SubActivity {
  /** Identifier unique in the report, e.g. "1.a.1". */
  String id();

  /** Nomenclature code as printed, e.g. "2.07.01.2.02.01". */
  Optional<String> code();

  /** Name as printed. */
  String name();

  /** Output indicator with target and actual. */
  Optional<Output> output();

  /** Budget (<i>anggaran, pagu</i>) in rupiah, never negative. */
  BigDecimal budget();

  /**
   * Total spending (<i>realisasi anggaran</i>) in rupiah, never negative; absent when not reported.
   */
  Optional<BigDecimal> spending();

  /** Spending by period, e.g. quarters 1–3 and quarter 4 in an RFK report. */
  ImmutableList<PeriodSpending> spendingByPeriod();

  /** Physical progress (<i>realisasi fisik</i>) in percent. */
  Optional<BigDecimal> physicalProgress();

  @Value.Check
  default void check() {
    Checks.notBlank("subActivity.id", id());
    Checks.notBlank("subActivity.name", name());
    code().ifPresent(c -> Checks.notBlank("subActivity '" + id() + "'.code", c));
    Checks.nonNegative("subActivity '" + id() + "'.budget", budget());
    Checks.nonNegative("subActivity '" + id() + "'.spending", spending());
    Checks.percentage("subActivity '" + id() + "'.physicalProgress", physicalProgress());
  }
}
