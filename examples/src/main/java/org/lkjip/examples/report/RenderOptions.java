package org.lkjip.examples.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a human rendering (text, Markdown, HTML) is made.
 *
 * @param locale the language of what a person reads: {@link Locale#ENGLISH} for English, any other
 *     for Bahasa Indonesia (the default)
 * @param onlyProblems show only the figures that are not a plain match (mismatches, other
 *     roundings, not recomputable) and the findings; the verdict and summary count everything
 * @param timestamp a "generated" line to include, or empty for byte-identical output
 * @since 0.3
 */
public record RenderOptions(Locale locale, boolean onlyProblems, Optional<String> timestamp) {
  /** The default language of human output. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  public RenderOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /** Everything, in Bahasa Indonesia, without a timestamp. */
  public static RenderOptions defaults() {
    return new RenderOptions(INDONESIAN, false, Optional.empty());
  }

  /** These options in {@code language}. */
  public RenderOptions in(Locale language) {
    return new RenderOptions(language, onlyProblems, timestamp);
  }

  /** These options showing only problems. */
  public RenderOptions problemsOnly() {
    return new RenderOptions(locale, true, timestamp);
  }
}
