package org.lkjip.evaluation.budget;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A sub-activity that an alignment does not allocate exactly once: never, several times without
 * shares, or with shares that do not sum to 100. Data for the auditor, not an error.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocationIssue.class)
@JsonDeserialize(as = ImmutableAllocationIssue.class)
public interface AllocationIssue {
  /** Kinds of issue. */
  enum Kind {
    /** No link of the alignment reaches the line. */
    NOT_ALLOCATED,
    /** Several links reach the line and none states a share: its budget is counted repeatedly. */
    ALLOCATED_MORE_THAN_ONCE,
    /**
     * Links with shares reach the line, and the shares (100 for a link without) do not sum to 100.
     */
    SHARES_NOT_100
  }

  /** Id of the alignment. */
  String alignmentId();

  /** Id of the sub-activity. */
  String line();

  /** The kind of issue. */
  Kind kind();

  /** Objectives the line is allocated to, one per link, in link order (may repeat). */
  ImmutableList<String> objectives();

  /** Sum of the shares in percent (a link without a share counts 100); 0 when not allocated. */
  BigDecimal shareSum();

  /** The issue in words. */
  default String describe() {
    String where = "alignment '" + alignmentId() + "': line '" + line() + "'";
    return switch (kind()) {
      case NOT_ALLOCATED -> where + " is allocated to no objective";
      case ALLOCATED_MORE_THAN_ONCE ->
          where
              + " is allocated "
              + objectives().size()
              + " times without shares (to "
              + String.join(", ", objectives())
              + ")";
      case SHARES_NOT_100 ->
          where
              + " has shares summing to "
              + shareSum().toPlainString()
              + ", not 100 (objectives "
              + String.join(", ", objectives())
              + ")";
    };
  }
}
