package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link FormulaRegistry#get(String)} when no formula has the requested id. The message
 * quotes the id and lists a few known ids, e.g. "unknown formula id 'lkjip:placement': known ids
 * include lkjip:certification-ratio, lkjip:decent-work-firms, … (11 in all)".
 *
 * @since 0.1
 */
public final class UnknownFormulaException extends FormulaException {
  private static final long serialVersionUID = 1L;

  /** How many known ids the message lists. */
  static final int LISTED_IDS = 5;

  private final String formulaId;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<String> knownIds;

  /** An exception for {@code formulaId}, which is none of {@code knownIds} (sorted). */
  public UnknownFormulaException(String formulaId, List<String> knownIds) {
    super(message(formulaId, knownIds));
    this.formulaId = formulaId;
    this.knownIds = ImmutableList.copyOf(knownIds);
  }

  private static String message(String id, List<String> known) {
    if (known.isEmpty()) {
      return "unknown formula id '" + id + "': the registry is empty";
    }
    StringBuilder s = new StringBuilder("unknown formula id '").append(id).append("': known ids ");
    if (known.size() <= LISTED_IDS) {
      return s.append("are ").append(String.join(", ", known)).toString();
    }
    return s.append("include ")
        .append(String.join(", ", known.subList(0, LISTED_IDS)))
        .append(", … (")
        .append(known.size())
        .append(" in all)")
        .toString();
  }

  /** The id that was asked for, never null. */
  public String formulaId() {
    return formulaId;
  }

  /** All ids the registry knows, sorted, never null. */
  public ImmutableList<String> knownIds() {
    return knownIds;
  }
}
