package org.lkjip.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.lkjip.examples.batch.Ndjson;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.model.Report;

/**
 * A fixed set of distinct generated reports, as NDJSON lines (without the line end) and as reports:
 * the same bytes for every benchmark of a run.
 */
final class Corpus {
  final byte[][] lines;
  final Report[] reports;
  final long bytes;
  final long indicators;
  final long subActivities;

  Corpus(long runSeed, int count) {
    lines = new byte[count][];
    reports = new Report[count];
    long b = 0;
    long ind = 0;
    long subs = 0;
    for (int i = 0; i < count; i++) {
      Report r = SyntheticReports.generate(SyntheticReports.seedOf(runSeed, i));
      byte[] line = Ndjson.report(r);
      lines[i] = Arrays.copyOf(line, line.length - 1);
      reports[i] = r;
      b += lines[i].length;
      ind += r.indicators().size();
      subs += r.subActivities().size();
    }
    bytes = b;
    indicators = ind;
    subActivities = subs;
  }

  String describe() {
    int n = lines.length;
    return String.format(
        java.util.Locale.ROOT,
        "%d distinct reports: %.1f KB, %.1f indicators, %.1f sub-activities per report on average",
        n,
        bytes / 1024.0 / n,
        (double) indicators / n,
        (double) subActivities / n);
  }

  /** The first line as text, for a glance. */
  String sample() {
    return new String(lines[0], 0, Math.min(200, lines[0].length), StandardCharsets.UTF_8);
  }
}
