package org.lkjip.examples.report;

import java.util.List;

/**
 * The verifications of one run as a SARIF 2.1.0 log (stub: being written).
 *
 * @since 0.2
 */
public final class SarifReport {
  private SarifReport() {}

  /** The SARIF log of {@code reports}, one run, ending with a newline. */
  public static String render(List<AuditedReport> reports) {
    throw new UnsupportedOperationException("SARIF output is not written yet");
  }
}
