package org.lkjip.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * The streaming batch engine: reads NDJSON (one {@code lkjip-report/1} document a line), turns each
 * report into one output line with a {@link Processor}, and writes the lines in input order.
 *
 * <p>With one worker everything runs on the calling thread. With more, the calling thread reads, a
 * fixed pool parses and processes, and one writer thread writes in input order; a bounded queue of
 * pending lines between reader and writer keeps memory flat whatever the count (at most {@code
 * queueCapacity} lines in flight).
 *
 * <p>A bad line (not valid JSON, not a valid report, too long, or a processor failure) is reported
 * on the error stream as {@code input:line:column: path: problem}, then skipped or ends the run
 * ({@link OnError}); it is never lost silently. A skipped line leaves an error record ({@value
 * #ERROR_FORMAT}) in its place in the output, so that output line k is always the outcome of the
 * k-th non-blank input line and results never shift. Blank lines are skipped and counted. A summary
 * of the counts is printed at the end.
 *
 * @since 0.1
 */
public final class BatchPipeline {
  /**
   * Format of the record written in place of a skipped line: {@code {"format":
   * "lkjip-batch-error/1", "error": {"input", "line", "column" (when known), "path", "message"}}}.
   *
   * @since 0.4
   */
  public static final String ERROR_FORMAT = "lkjip-batch-error/1";

  /** What to do with a bad line. */
  public enum OnError {
    /** Report it, write an error record in its place, and go on with the next line. */
    SKIP,
    /** Report it and end the run; nothing after it is written. */
    STOP
  }

  /** Turns one report into one output line; must be thread-safe. */
  @FunctionalInterface
  public interface Processor {
    /**
     * The output for one report, a whole line ending with {@code "\n"}.
     *
     * @param report the report read from the line
     * @param line the line's bytes, as read (e.g. to hash them)
     */
    byte[] process(Report report, byte[] line);
  }

  /**
   * How to run.
   *
   * @param onError what to do with a bad line
   * @param workers threads that parse and process; 1 runs everything on the calling thread
   * @param queueCapacity lines in flight between reader and writer, at least 1
   * @param maxLineBytes longest line accepted, in bytes
   */
  public record Options(OnError onError, int workers, int queueCapacity, int maxLineBytes) {
    /** Checks the values. */
    public Options {
      if (workers < 1 || queueCapacity < 1 || maxLineBytes < 1) {
        throw new IllegalArgumentException(
            "workers, queueCapacity and maxLineBytes must be at least 1");
      }
    }

    /** Defaults: stop on error, one worker per processor, 4 lines in flight per worker, 16 MiB. */
    public static Options defaults() {
      int workers = Runtime.getRuntime().availableProcessors();
      return new Options(OnError.STOP, workers, 4 * workers, 16 * 1024 * 1024);
    }

    /** A copy with another error mode. */
    public Options withOnError(OnError mode) {
      return new Options(mode, workers, queueCapacity, maxLineBytes);
    }

    /** A copy with {@code n} workers and {@code 4 × n} lines in flight. */
    public Options withWorkers(int n) {
      return new Options(onError, n, 4 * n, maxLineBytes);
    }
  }

  /**
   * What a run did.
   *
   * @param lines lines read
   * @param written output lines written
   * @param bad bad lines reported (skipped, or the one that stopped the run)
   * @param blank blank lines skipped
   * @param stopped whether the run ended on a bad line
   * @param bytesIn bytes read
   * @param bytesOut bytes written
   * @param nanos elapsed time
   */
  public record Summary(
      long lines,
      long written,
      long bad,
      long blank,
      boolean stopped,
      long bytesIn,
      long bytesOut,
      long nanos) {
    /** One line for people, e.g. {@code "batch: 1000 lines, 999 written, 1 bad (skipped) ..."}. */
    public String describe() {
      double seconds = nanos / 1e9;
      return String.format(
          Locale.ROOT,
          "batch: %d lines read, %d written, %d bad%s, %d blank; %.1f s, %.0f reports/s, %.1f MB/s"
              + " in, %.1f MB/s out%s",
          lines,
          written,
          bad,
          bad == 0 ? "" : stopped ? " (stopped at the first)" : " (skipped)",
          blank,
          seconds,
          seconds == 0 ? 0 : written / seconds,
          seconds == 0 ? 0 : bytesIn / 1e6 / seconds,
          seconds == 0 ? 0 : bytesOut / 1e6 / seconds,
          stopped ? "; STOPPED" : "");
    }
  }

  private static final ReportReader READER = new ReportReader();

  /**
   * Turns one raw line into one output line; must be thread-safe. The general form of {@link
   * Processor}, for baselines that do not read a report (e.g. a bare parse into a tree).
   */
  @FunctionalInterface
  public interface LineProcessor {
    /**
     * The output for one line (possibly empty), a whole line ending with {@code "\n"}.
     *
     * @param inputName name of the input, for error messages
     * @param line the line's bytes, without the line end
     * @throws LkjipInputException if the line is not a valid document
     */
    byte[] process(String inputName, byte[] line);
  }

  private final LineProcessor lineProcessor;
  private final Options options;

  /** A pipeline that reads each line as a report and applies {@code processor}. */
  public BatchPipeline(Processor processor, Options options) {
    this(options, (String name, byte[] line) -> processor.process(READER.read(name, line), line));
  }

  private BatchPipeline(Options options, LineProcessor lineProcessor) {
    this.lineProcessor = lineProcessor;
    this.options = options;
  }

  /** A pipeline that applies {@code processor} to each raw line. */
  public static BatchPipeline ofLines(LineProcessor processor, Options options) {
    return new BatchPipeline(options, processor);
  }

  /**
   * Runs the pipeline over a whole input. The output is flushed, neither stream is closed.
   *
   * @param in NDJSON input
   * @param inputName name of the input in error messages (a file name, or "stdin")
   * @param out where output lines go
   * @param err where bad lines and the summary are reported
   * @return the counts; {@link Summary#stopped()} tells whether a bad line ended the run
   * @throws IOException if reading or writing fails (not for bad lines)
   */
  public Summary run(InputStream in, String inputName, OutputStream out, PrintStream err)
      throws IOException {
    long start = System.nanoTime();
    LineReader lines = new LineReader(in, options.maxLineBytes());
    Counts counts =
        options.workers() == 1
            ? runInline(lines, inputName, out, err)
            : runParallel(lines, inputName, out, err);
    out.flush();
    Summary s =
        new Summary(
            counts.lines,
            counts.written,
            counts.bad,
            counts.blank,
            counts.stopped,
            lines.bytesRead(),
            counts.bytesOut,
            System.nanoTime() - start);
    err.println(s.describe());
    return s;
  }

  private static final class Counts {
    long lines;
    long written;
    long bad;
    long blank;
    long bytesOut;
    boolean stopped;
  }

  /** The outcome of one line: output bytes, a bad line, or blank (neither). */
  private record Result(long line, byte @Nullable [] output, @Nullable BadLine error) {}

  /**
   * A line that could not be turned into a result.
   *
   * @param column column in the line, 0 when not known
   */
  private record BadLine(String input, long line, int column, String path, String problem) {
    /** {@code input:LINE[:COLUMN]: path: problem}. */
    String describe() {
      return input + ':' + line + (column > 0 ? ":" + column : "") + ": " + path + ": " + problem;
    }

    /** The {@value #ERROR_FORMAT} record of this line, one line. */
    byte[] record() {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("input", input);
      e.put("line", line);
      if (column > 0) {
        e.put("column", column);
      }
      e.put("path", path);
      e.put("message", problem);
      return Ndjson.document(ERROR_FORMAT, "error", e);
    }
  }

  /** Marks the end of the input in the queue of pending results. */
  private static final CompletableFuture<Result> END = new CompletableFuture<>();

  private Result work(LineReader.Line line, String inputName) {
    byte[] bytes = line.bytes();
    if (line.tooLong()) {
      return new Result(
          line.number(),
          null,
          new BadLine(
              inputName,
              line.number(),
              0,
              "$",
              "line is longer than " + options.maxLineBytes() + " bytes"));
    }
    if (isBlank(bytes)) {
      return new Result(line.number(), null, null);
    }
    try {
      return new Result(line.number(), lineProcessor.process(inputName, bytes), null);
    } catch (LkjipInputException e) {
      return new Result(line.number(), null, locate(inputName, line.number(), e));
    } catch (RuntimeException e) {
      return new Result(
          line.number(),
          null,
          new BadLine(inputName, line.number(), 0, "$", "cannot process the line: " + e));
    }
  }

  /** The error at the NDJSON line, with its column when the document is the whole line. */
  private static BadLine locate(String inputName, long lineNumber, LkjipInputException e) {
    // A compact document is one line; its column is the column in the NDJSON line.
    int column = e.line() == 1 && e.column() > 0 ? e.column() : 0;
    return new BadLine(inputName, lineNumber, column, e.jsonPath(), e.problem());
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Takes one result in order: writes it, or reports it. Returns false when the run must stop. */
  private boolean accept(Result r, OutputStream out, PrintStream err, Counts c) throws IOException {
    c.lines++;
    if (r.output() != null) {
      out.write(r.output());
      c.written++;
      c.bytesOut += r.output().length;
      return true;
    }
    BadLine bad = r.error();
    if (bad == null) {
      c.blank++;
      return true;
    }
    c.bad++;
    if (options.onError() == OnError.STOP) {
      err.println("lkjip: error: " + bad.describe() + " (stopping: --on-error stop)");
      c.stopped = true;
      return false;
    }
    err.println("lkjip: error: " + bad.describe() + " (line skipped)");
    byte[] record = bad.record();
    out.write(record);
    c.bytesOut += record.length;
    return true;
  }

  private Counts runInline(LineReader lines, String inputName, OutputStream out, PrintStream err)
      throws IOException {
    Counts c = new Counts();
    LineReader.Line line;
    while ((line = lines.next()) != null) {
      if (!accept(work(line, inputName), out, err, c)) {
        break;
      }
    }
    return c;
  }

  private Counts runParallel(LineReader lines, String inputName, OutputStream out, PrintStream err)
      throws IOException {
    BlockingQueue<CompletableFuture<Result>> pending =
        new ArrayBlockingQueue<>(options.queueCapacity());
    AtomicBoolean stop = new AtomicBoolean();
    Counts c = new Counts();
    IOException[] failure = new IOException[1];
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.workers(),
            r -> {
              Thread t = new Thread(r, "lkjip-batch-worker");
              t.setDaemon(true);
              return t;
            });
    Thread writer =
        new Thread(
            () -> {
              try {
                while (true) {
                  CompletableFuture<Result> next = pending.take();
                  if (next == END) {
                    return;
                  }
                  if (stop.get()) {
                    continue; // drain, so that the reader is never blocked
                  }
                  try {
                    if (!accept(next.join(), out, err, c)) {
                      stop.set(true);
                    }
                  } catch (IOException e) {
                    failure[0] = e;
                    stop.set(true);
                  } catch (CompletionException e) {
                    failure[0] = new IOException("batch worker failed: " + e.getCause(), e);
                    stop.set(true);
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "lkjip-batch-writer");
    writer.start();
    try {
      try {
        LineReader.Line line;
        while (!stop.get() && (line = lines.next()) != null) {
          LineReader.Line l = line;
          pending.put(CompletableFuture.supplyAsync(() -> work(l, inputName), pool));
        }
      } finally {
        // Also after a read failure: the writer drains what is pending, then ends.
        pending.put(END);
        writer.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
      writer.interrupt();
      throw new IOException("batch interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return c;
  }
}
