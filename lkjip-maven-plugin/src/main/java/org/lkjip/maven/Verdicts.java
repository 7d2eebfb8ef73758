package org.lkjip.maven;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The summary of each report in the text verdict of {@code lkjip verify --format text}: the line
 * {@code Summary: figures N (…); findings M (…); PASSED|FAILED} that ends each report (wrapped onto
 * lines indented by two spaces), under the {@code File: PATH} line that starts each report when the
 * run had several.
 */
final class Verdicts {
  private static final String FILE = "File: ";
  private static final String SUMMARY = "Summary: ";
  private static final String CONTINUATION = "  ";

  private Verdicts() {}

  /**
   * The summary of one report.
   *
   * @param file the report's file, empty when the run had one report (the text then names none)
   * @param text the summary without its label, unwrapped: {@code figures … ; PASSED}
   */
  record Summary(Optional<String> file, String text) {
    /** Whether the report has no MISMATCH figure and no ERROR finding. */
    boolean passed() {
      return text.endsWith("PASSED");
    }

    /** The summary for the log: {@code FILE: figures …}, with {@code reports} for a lone report. */
    String describe(String reports) {
      return file.orElse(reports) + ": " + text;
    }
  }

  /** The summaries of the verdict {@code lines}, in order; empty if it has none. */
  static ImmutableList<Summary> summaries(List<String> lines) {
    ImmutableList.Builder<Summary> summaries = ImmutableList.builder();
    Optional<String> file = Optional.empty();
    @Nullable StringBuilder summary = null;
    for (String line : lines) {
      if (summary != null && line.startsWith(CONTINUATION)) {
        summary.append(' ').append(line.strip());
        continue;
      }
      if (summary != null) {
        summaries.add(new Summary(file, summary.toString()));
        summary = null;
      }
      if (line.startsWith(FILE)) {
        file = Optional.of(line.substring(FILE.length()));
      } else if (line.startsWith(SUMMARY)) {
        summary = new StringBuilder(line.substring(SUMMARY.length()).strip());
      }
    }
    if (summary != null) {
      summaries.add(new Summary(file, summary.toString()));
    }
    return summaries.build();
  }
}
