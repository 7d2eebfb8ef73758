package org.lkjip.model;

/** Validation of quarter spans, shared by spending and published figures. */
final class Quarters {
  private Quarters() {}

  static void check(int from, int to) {
    if (from < 1 || from > 4 || to < 1 || to > 4) {
      throw new InvalidModelException(
          "quarters must be 1..4, were fromQuarter=" + from + " toQuarter=" + to);
    }
    if (to < from) {
      throw new InvalidModelException("toQuarter " + to + " is before fromQuarter " + from);
    }
  }
}
