package org.lkjip.maven;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.lkjip.examples.cli.LkjipCli;

/**
 * One run of the {@code lkjip} command line in this JVM, with what it printed.
 *
 * @param exitCode the command's exit code (see {@link org.lkjip.examples.cli.ExitCodes})
 * @param out the lines it printed on standard output, never null
 * @param err the lines it printed on standard error, never null
 */
record CliRun(int exitCode, ImmutableList<String> out, ImmutableList<String> err) {
  /**
   * Runs the command line {@code args} (without the program name) through {@link
   * LkjipCli#commandLine}, capturing its output. The goal sends the verdict to a file, so what is
   * captured is a few lines.
   */
  static CliRun of(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      exitCode = LkjipCli.commandLine(o, e).execute(args.toArray(String[]::new));
    }
    return new CliRun(exitCode, lines(out.toString()), lines(err.toString()));
  }

  private static ImmutableList<String> lines(String text) {
    return text.lines().collect(ImmutableList.toImmutableList());
  }
}
