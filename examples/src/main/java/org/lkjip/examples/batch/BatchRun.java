package org.lkjip.examples.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lkjip.examples.batch.BatchPipeline.Summary;
import org.lkjip.examples.cli.InputFiles;
import org.lkjip.io.AtomicFiles;

/**
 * Runs a {@link BatchPipeline} between named inputs and outputs: {@code "-"} is standard input or
 * output (streamed as it goes), anything else a file. An output file is written atomically: a
 * temporary file in the same directory, renamed over the target at the end; when the run stops on a
 * bad line or fails, the temporary file is deleted and the target is left as it was (absent if it
 * did not exist).
 *
 * @since 0.1
 */
public final class BatchRun {
  /** The name that means standard input or output. */
  public static final String STANDARD_STREAM = "-";

  /** Exit code: every line was processed. */
  public static final int EXIT_OK = 0;

  /** Exit code: bad lines were reported and skipped. */
  public static final int EXIT_SKIPPED = 1;

  /** Exit code: the run stopped on a bad line, or could not read or write. */
  public static final int EXIT_STOPPED = 2;

  private BatchRun() {}

  /**
   * Runs the pipeline.
   *
   * @param input a file name, or {@code "-"} for {@code stdin}
   * @param output a file name, or {@code "-"} for {@code stdout}
   * @return the counts
   * @throws InputFiles.CannotReadException if the input file cannot be opened
   * @throws IOException if the input cannot be read or the output cannot be written
   */
  public static Summary run(
      BatchPipeline pipeline,
      String input,
      String output,
      InputStream stdin,
      OutputStream stdout,
      PrintStream stderr)
      throws IOException {
    String inputName = input.equals(STANDARD_STREAM) ? "stdin" : input;
    try (InputStream in =
        input.equals(STANDARD_STREAM) ? new NotClosing(stdin) : InputFiles.open(input)) {
      if (output.equals(STANDARD_STREAM)) {
        OutputStream out = new BufferedOutputStream(stdout, 256 * 1024);
        Summary s = pipeline.run(in, inputName, out, stderr);
        out.flush();
        return s;
      }
      Summary[] summary = new Summary[1];
      try {
        AtomicFiles.write(
            Path.of(output),
            out -> {
              summary[0] = pipeline.run(in, inputName, out, stderr);
              if (summary[0].stopped()) {
                throw new Stopped();
              }
            });
      } catch (Stopped stopped) {
        stderr.println("batch: " + output + " not written (the run stopped)");
      }
      return requireSummary(summary[0]);
    }
  }

  /** The exit code for a run: {@link #EXIT_OK}, {@link #EXIT_SKIPPED} or {@link #EXIT_STOPPED}. */
  public static int exitCode(Summary s) {
    return s.stopped() ? EXIT_STOPPED : s.bad() > 0 ? EXIT_SKIPPED : EXIT_OK;
  }

  private static Summary requireSummary(@Nullable Summary s) {
    if (s == null) {
      throw new IllegalStateException("bug: the batch ran without a summary");
    }
    return s;
  }

  /** Abandons the atomic output file when the run stops on a bad line. */
  private static final class Stopped extends IOException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the batch stopped on a bad line");
    }
  }

  /** Standard input is not closed by a run. */
  private static final class NotClosing extends java.io.FilterInputStream {
    NotClosing(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public void close() {
      // standard input stays open
    }
  }
}
