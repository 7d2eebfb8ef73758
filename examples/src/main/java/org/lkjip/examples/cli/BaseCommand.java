package org.lkjip.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.lkjip.io.AtomicFiles;
import org.lkjip.io.LkjipInputException;
import org.lkjip.xlsx.WorkbookInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: it never lets an exception out. A file that cannot be read becomes
 * one line {@code lkjip: cannot read <path>: <reason>} (see {@link InputFiles}); other bad input
 * one line {@code lkjip: error: <file>:<line>:<column>: <$.path>: <message>}; both exit code 2. A
 * bug becomes one line {@code lkjip: internal error: ...} and exit code 3. With {@code --debug} the
 * stack trace follows the line.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(names = "--debug", description = "On an error, also print the stack trace.")
  boolean debug;

  /** Runs the command; may throw, {@link #call()} turns every exception into an exit code. */
  abstract int run() throws Exception;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (InputFiles.CannotReadException e) {
      return fail("lkjip: " + e.getMessage(), e, ExitCodes.BAD_INPUT);
    } catch (LkjipInputException e) {
      return fail("lkjip: error: " + e.getMessage(), e, ExitCodes.BAD_INPUT);
    } catch (WorkbookInputException e) {
      // every problem of the workbook, one line each
      String lines = String.join("\n", e.lines().stream().map(l -> "lkjip: error: " + l).toList());
      return failLines(lines, e, ExitCodes.BAD_INPUT);
    } catch (CliException e) {
      return fail("lkjip: error: " + e.getMessage(), e, ExitCodes.BAD_INPUT);
    } catch (Exception | LinkageError | AssertionError e) {
      return fail(
          "lkjip: internal error: " + e + " (please report it; --debug shows the stack trace)",
          e,
          ExitCodes.INTERNAL_ERROR);
    } catch (OutOfMemoryError e) {
      return fail("lkjip: error: out of memory: " + e.getMessage(), e, ExitCodes.INTERNAL_ERROR);
    }
  }

  private int failLines(String lines, Throwable e, int code) {
    PrintWriter err = err();
    for (String line : lines.split("\n", -1)) {
      err.println(line.replace('\r', ' '));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private int fail(String line, Throwable e, int code) {
    PrintWriter err = err();
    err.println(line.replace('\n', ' ').replace('\r', ' '));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  final CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("bug: picocli did not inject the command spec");
    }
    return spec;
  }

  final PrintWriter out() {
    return spec().commandLine().getOut();
  }

  final PrintWriter err() {
    return spec().commandLine().getErr();
  }

  /**
   * Writes {@code text} to {@code output} atomically (see {@link AtomicFiles}), or to standard
   * output when {@code output} is null.
   *
   * @throws CliException if the file cannot be written; it is then left as it was
   */
  final void emit(String text, @Nullable Path output) {
    if (output == null) {
      PrintWriter out = out();
      out.print(text);
      out.flush();
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    emitBinary(o -> o.write(bytes), output);
  }

  /**
   * Writes binary output (a workbook) to {@code output} atomically.
   *
   * @throws CliException if the file cannot be written; it is then left as it was
   */
  final void emitBinary(AtomicFiles.Content writer, Path output) {
    try {
      AtomicFiles.write(output, writer);
    } catch (IOException e) {
      throw new CliException(output + ": cannot write the output: " + e, e);
    }
  }
}
