package org.lkjip.io.hardening;

import org.jspecify.annotations.Nullable;
import org.lkjip.io.ReportReader;
import org.lkjip.io.ReportWriter;
import org.lkjip.model.Report;

/** Writes a report, reads it back and says how the two differ. */
final class RoundTrip {
  private RoundTrip() {}

  /**
   * Null when the report written and read back equals the original, else the first difference. For
   * a report built in code, {@code sameJson} accepts a report that reads back with other scales but
   * writes the same JSON ({@code 1E+3} is written {@code 1000} and read with scale 0).
   */
  static @Nullable String problem(Report report, boolean sameJson) {
    String written = new ReportWriter().toJson(report);
    Report again = new ReportReader().read("again.json", written);
    if (again.equals(report)) {
      return null;
    }
    String[] a = written.split("\n", -1);
    String[] b = new ReportWriter().toJson(again).split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        // Always a problem: the JSON itself changes.
        return "written and read back, the report differs at line "
            + (i + 1)
            + ": "
            + a[i].strip()
            + " / "
            + b[i].strip();
      }
    }
    return sameJson
        ? null
        : "written and read back, the report differs, though it writes the same JSON";
  }
}
