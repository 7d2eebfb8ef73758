package org.lkjip.examples.report;

import java.util.List;

/**
 * The verifications of one run as JUnit XML (stub: being written).
 *
 * @since 0.2
 */
public final class JunitReport {
  private JunitReport() {}

  /** The JUnit XML document of {@code reports}, ending with a newline. */
  public static String render(List<AuditedReport> reports) {
    throw new UnsupportedOperationException("JUnit output is not written yet");
  }
}
