package org.lkjip.evaluation.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A defect or remark found by a {@link ConsistencyCheck}: which check, how serious, where (table,
 * row, column, subject), a message that quotes the values, and the same values as {@link #facts}
 * for programs: outputs and tests read the facts, people read the message.
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
   * The key of the finding's sentence in the {@link AuditMessages} bundles, e.g. {@code
   * "total-not-sum-of-lines.group"}; its placeholders are filled from the facts and the place.
   * Absent for a check that words its own {@link #message()}.
   *
   * @since 0.3
   */
  Optional<String> messageKey();

  /**
   * What is wrong, quoting the values, in English with Indonesian numbers, e.g. "Tabel 12 row 4
   * Realisasi (Rp): printed 245.594.404, lines sum to 245.594.044 (difference 360)": by default
   * worded from the {@link #messageKey()}; {@link AuditMessages#finding} words it in a locale.
   */
  @Value.Default
  default String message() {
    return AuditMessages.english(this);
  }

  /**
   * The values the message quotes, by name, in the order the message gives them: at least what was
   * printed, and what was expected or recomputed where the check derives it (see {@link Fact} for
   * the common keys). Keys are unique within a finding.
   *
   * @since 0.2
   */
  List<Fact> facts();

  /** The fact named {@code key}, if the finding has one. */
  default Optional<Fact> fact(String key) {
    return facts().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** Facts have distinct keys. */
  @Value.Check
  default void checkFacts() {
    Set<String> keys = new HashSet<>();
    for (Fact f : facts()) {
      if (!keys.add(f.key())) {
        throw new IllegalStateException(
            "finding of '" + check() + "' has the fact '" + f.key() + "' twice");
      }
    }
  }
}
