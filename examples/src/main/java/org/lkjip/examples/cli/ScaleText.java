package org.lkjip.examples.cli;

import org.lkjip.model.Band;

/** Bands in interval notation with plain decimals: {@code (85, 100]}, {@code (-∞, 50]}. */
final class ScaleText {
  private ScaleText() {}

  static String interval(Band b) {
    String lower =
        b.lower().map(l -> (l.inclusive() ? "[" : "(") + l.value().toPlainString()).orElse("(-∞");
    String upper =
        b.upper().map(u -> u.value().toPlainString() + (u.inclusive() ? "]" : ")")).orElse("+∞)");
    return lower + ", " + upper;
  }
}
