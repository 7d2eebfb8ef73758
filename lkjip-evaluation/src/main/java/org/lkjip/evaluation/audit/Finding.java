package org.lkjip.evaluation.audit;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A defect or remark found by a {@link ConsistencyCheck}: which check, how serious, where (table,
 * row, column, subject) and a message that quotes the values.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {
  /** Id of the check that found it, e.g. "total-not-sum-of-lines". */
  String check();

  /** How serious it is. */
  Severity severity();

  /** Table as named in the report, when the finding is about a printed figure. */
  Optional<String> table();

  /** Row as printed. */
  Optional<String> row();

  /** Column as printed. */
  Optional<String> column();

  /**
   * Id in the report (indicator, objective, line, data set, scale, alignment), when there is one.
   */
  Optional<String> subject();

  /**
   * What is wrong, quoting the values, e.g. "Tabel 12 row 4 Realisasi (Rp): printed 245.594.404,
   * lines sum to 245.594.044 (difference 360)".
   */
  String message();
}
