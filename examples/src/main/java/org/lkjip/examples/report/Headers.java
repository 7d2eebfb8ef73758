package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lkjip.evaluation.audit.Verification;

/** The header lines every human-readable rendering starts with. */
final class Headers {
  private Headers() {}

  /** Title of the document. */
  static String title(Verification v) {
    return "LKjIP verification: "
        + v.agency()
        + ", "
        + v.region()
        + ", fiscal year "
        + v.fiscalYear();
  }

  /** The header lines: title, rule set, input hash and, when given, the timestamp. */
  static ImmutableList<String> lines(Verification v, Optional<String> timestamp) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.add(title(v));
    b.add("Rule set: " + v.ruleSetId() + " (version " + v.ruleSetVersion() + ")");
    v.inputHash().ifPresent(h -> b.add("Input SHA-256: " + h));
    timestamp.ifPresent(t -> b.add("Generated: " + t));
    return b.build();
  }
}
