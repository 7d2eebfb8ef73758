package org.lkjip.examples.report;

import java.math.BigDecimal;
import org.lkjip.io.IndonesianNumbers;

/** Number formatting for reports: Indonesian grouping, the value's own decimals, no locale. */
final class Numbers {
  private Numbers() {}

  /**
   * The value with dots grouping thousands and a decimal comma, keeping the value's decimals (a
   * negative scale is shown without decimals): {@code 52.73 → "52,73"}, {@code 3308936254 →
   * "3.308.936.254"}.
   */
  static String indonesian(BigDecimal value) {
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    return IndonesianNumbers.formatIndonesian(v, v.scale());
  }
}
