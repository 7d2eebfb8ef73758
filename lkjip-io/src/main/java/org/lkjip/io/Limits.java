package org.lkjip.io;

/**
 * The limits the JSON readers enforce, so that a hostile or broken document fails fast with a clear
 * error instead of exhausting memory or the stack. Each limit is far above what a real report needs
 * (the Tebing Tinggi 2022 transcription is about 140 KiB, nested about 10 levels deep).
 *
 * @since 0.1
 */
public final class Limits {
  /** Largest document read, in bytes: 64 MiB. */
  public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** Deepest nesting of arrays and objects: 64 levels (a report uses about 10). */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest number literal, in characters (digits, sign, point and exponent): 100. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Largest scale magnitude of a decimal number: 100. A number such as {@code 1e999999} is short
   * but would print as a million digits, so {@code |scale|} of every decimal read must be at most
   * this.
   */
  public static final int MAX_DECIMAL_SCALE = 100;

  /** Longest string value, in characters: 1 MiB (1,048,576). */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** Longest property name, in characters: 256. */
  public static final int MAX_NAME_LENGTH = 256;

  /** Most tokens in one document: 10 million. */
  public static final long MAX_TOKEN_COUNT = 10_000_000L;

  /**
   * Most indicators in one report, counting those of the goals' objectives and those of the plans:
   * 10,000 (a report has a few dozen).
   */
  public static final int MAX_INDICATORS = 10_000;

  /**
   * Most budget lines in one report, counting programs, activities and sub-activities together:
   * 10,000 (a city office has a few dozen, a whole city a few thousand).
   */
  public static final int MAX_BUDGET_LINES = 10_000;

  private Limits() {}
}
