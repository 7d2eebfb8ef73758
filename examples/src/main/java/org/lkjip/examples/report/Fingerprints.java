package org.lkjip.examples.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.model.PublishedFigure;

/**
 * Stable identities of figures and findings, so that CI dashboards (SARIF {@code
 * partialFingerprints}) and baselines follow one problem over time. A fingerprint is made of what
 * names the thing, never of its values or its position in the file: a figure is its table, row,
 * column, measure, subject and year; a finding is its check, table, row, column and subject. It
 * therefore survives re-runs, reordering and unrelated edits of the report, and changes when the
 * thing itself is renamed. SHA-256, the first 16 bytes in hex.
 *
 * @since 0.2
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** The fingerprint of a published figure's reconciliation. */
  public static String figure(FigureReconciliation f, int fiscalYear) {
    PublishedFigure p = f.published();
    return hash(
        "figure",
        p.table(),
        p.row(),
        p.column(),
        p.measure().name(),
        p.subject().orElse(""),
        Integer.toString(p.year().orElse(fiscalYear)));
  }

  /** The fingerprint of a finding. */
  public static String finding(Finding f) {
    return hash(
        "finding",
        f.check(),
        f.table().orElse(""),
        f.row().orElse(""),
        f.column().orElse(""),
        f.subject().orElse(""));
  }

  /** SHA-256 of {@code parts}, each ended by a NUL byte; the first 16 bytes in hex. */
  static String hash(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(p.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      byte[] d = sha.digest();
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("bug: every Java platform has SHA-256", e);
    }
  }
}
