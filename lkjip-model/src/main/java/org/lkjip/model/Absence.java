package org.lkjip.model;

/**
 * Why a printed value is not a number. A factual zero is a number, not an absence.
 *
 * @since 0.1
 */
public enum Absence {
  /** "N/A": the figure does not apply (e.g. a target for a year before the plan). */
  NOT_APPLICABLE("N/A"),
  /**
   * "Nihil" or "-": nothing exists (no national standard; no placements in a row of a statistical
   * table, which counts as zero in a sum).
   */
  NIL("Nihil"),
  /** Left blank or not reported: unknown, never treated as zero. */
  NOT_REPORTED("");

  private final String label;

  Absence(String label) {
    this.label = label;
  }

  /** The usual printed label, never null. */
  public String label() {
    return label;
  }
}
