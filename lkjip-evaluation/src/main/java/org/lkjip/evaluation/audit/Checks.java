package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;

/**
 * The built-in consistency checks.
 *
 * @since 0.1
 */
public final class Checks {
  private Checks() {}

  /** Every built-in check, in the order they run; never null. */
  public static ImmutableList<ConsistencyCheck> builtIns() {
    return ImmutableList.of();
  }
}
