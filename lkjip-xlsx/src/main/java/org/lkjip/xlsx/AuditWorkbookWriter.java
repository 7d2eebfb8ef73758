package org.lkjip.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;

/**
 * The audit of a report as an Excel workbook ({@code lkjip verify … --format xlsx}), for people who
 * read, sort and filter it in Excel or LibreOffice.
 *
 * <p>Sheets, in this order:
 *
 * <ol>
 *   <li>the summary: agency, region, fiscal year, rule set, input SHA-256, the verdict in one line
 *       ({@link Verification#passed()}), the number of figures per {@link ReconciliationStatus} and
 *       of findings per {@link Severity} (every one listed, zero included), the 10 largest
 *       differences of the mismatched figures, and the tables with their counts and a link to their
 *       sheets;
 *   <li>one sheet per published table, in the order the tables first appear in the report, one row
 *       per figure: row, column, subject, year (the report's fiscal year when the figure names
 *       none), measure, the printed text, the printed value, the recomputed value (a number, or a
 *       text for grades and absent values; blank when the figure is not recomputable), the
 *       difference, the status (as text and as fill colour), the cause, the rule and, when the
 *       caller knows where each figure came from, its source;
 *   <li>the findings of the consistency checks: severity (text and fill), check, table, row,
 *       column, subject, message.
 * </ol>
 *
 * <p>Every sheet has a title row, a bold header row below it, the panes frozen below the header and
 * an autofilter over the header and the data (on the summary: over the list of tables). Excel sheet
 * names are at most 31 characters and may not hold {@code []:*?/\}: table names are shortened and
 * cleaned, and made unique (ignoring case) with a suffix " (2)", " (3)", …; the title row of each
 * table sheet has the table's full name.
 *
 * <p>Numbers are number cells, never text: POI stores a number as an IEEE 754 binary64 value, so
 * the workbook shows about 15 significant digits. It is meant for reading; the exact decimals are
 * in the JSON output. Each number has a display format with its own number of decimals ({@code
 * #,##0}, {@code #,##0.00}, …), which Excel shows with the reader's separators (1.234,56 in id-ID).
 * The printed text of a figure is kept as text, exactly as printed. Characters that XML cannot hold
 * (control characters other than tab and line breaks, lone surrogates) are replaced by U+FFFD;
 * texts longer than Excel's 32,767 characters are cut with "…"; a text such as "_x0041_" is escaped
 * so that it is not read as an escaped character. Text cells are always string cells, so a report
 * text starting with "=" is shown, not evaluated (a CSV export of the workbook is another matter).
 *
 * <p>Labels (sheet names, headers, status, severity and measure names, the verdict) are in the
 * {@code AuditWorkbook} properties files next to this class: Bahasa Indonesia is the default and
 * serves every locale without a file of its own, so the default locale of the JVM never matters.
 * Causes and finding messages are the evaluator's texts and stay in English.
 *
 * <p>The output is deterministic: the same verification, locale and sources give the same bytes,
 * whatever the time, time zone or default locale (the document properties carry no creation date,
 * and POI 5.5.1 writes no time into the zip entries). The workbook is written with POI's streaming
 * {@link SXSSFWorkbook}, so a verification of 100,000 figures needs little memory; its temporary
 * files are deleted before {@code write} returns.
 *
 * @since 0.2
 */
public final class AuditWorkbookWriter {
  /** The locale of the default labels: Bahasa Indonesia. */
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final int ROW_WINDOW = 200;

  private AuditWorkbookWriter() {}

  /**
   * Writes the workbook with Indonesian labels and no sources. Does not close {@code out}.
   *
   * @throws IOException if {@code out} or a temporary file cannot be written
   */
  public static void write(Verification v, OutputStream out) throws IOException {
    write(v, out, INDONESIAN, i -> Optional.empty());
  }

  /**
   * Writes the workbook. Does not close {@code out}.
   *
   * @param locale the language of the labels; Bahasa Indonesia unless there are labels for the
   *     locale's language (English: {@code en})
   * @param figureSource where the figure at an index of {@link Verification#figures()} was read in
   *     the input, e.g. {@code "Angka Terbit!E12"}, or empty; a column "Sumber" is shown only when
   *     at least one figure has a source
   * @throws IOException if {@code out} or a temporary file cannot be written
   */
  public static void write(
      Verification v,
      OutputStream out,
      Locale locale,
      Function<Integer, Optional<String>> figureSource)
      throws IOException {
    write(v, out, locale, figureSource, false);
  }

  /**
   * Writes the workbook, with only the problems in the table sheets when asked ({@code lkjip verify
   * --only problems}). Does not close {@code out}.
   *
   * @param onlyProblems list in each table sheet only the figures that are not a plain match
   *     (mismatches, other roundings, not recomputable); the summary still counts every figure, and
   *     the findings sheet has every finding
   * @since 0.3
   * @see #write(Verification, OutputStream, Locale, Function)
   */
  public static void write(
      Verification v,
      OutputStream out,
      Locale locale,
      Function<Integer, Optional<String>> figureSource,
      boolean onlyProblems)
      throws IOException {
    requireNonNull(v, "v");
    requireNonNull(out, "out");
    requireNonNull(locale, "locale");
    requireNonNull(figureSource, "figureSource");
    AuditLabels labels = AuditLabels.of(locale);
    String[] sources = sources(v, figureSource);
    // close() deletes SXSSF's temporary files, also when writing fails.
    try (SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW)) {
      new AuditWorkbookLayout(v, wb, labels, sources, onlyProblems).write();
      OutputStream buffered = new BufferedOutputStream(new NotClosing(out), 1 << 16);
      wb.write(buffered);
      buffered.flush();
    }
  }

  /** The source of each figure ("" for none), or no element at all when no figure has one. */
  private static String[] sources(
      Verification v, Function<Integer, Optional<String>> figureSource) {
    int n = v.figures().size();
    String[] out = new String[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Optional<String> s = requireNonNull(figureSource.apply(i), "figureSource gave null");
      out[i] = s.orElse("");
      any |= !out[i].isEmpty();
    }
    return any ? out : new String[0];
  }

  /** An output stream whose close only flushes: the caller owns {@code out}. */
  private static final class NotClosing extends FilterOutputStream {
    NotClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
