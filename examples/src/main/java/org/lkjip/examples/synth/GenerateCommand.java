package org.lkjip.examples.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lkjip.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --count N --seed S [--output PATH|-]}: writes N synthetic reports as NDJSON, the
 * same bytes for the same arguments. A file is written atomically; {@code -} (the default) streams
 * to standard output.
 *
 * @since 0.1
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes synthetic LKjIP reports as NDJSON (one compact lkjip-report/1 document a line),"
          + " deterministic from the seed; about one in ten carries a planted defect."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--count", required = true, paramLabel = "N", description = "number of reports")
  long count;

  @Option(names = "--seed", paramLabel = "S", description = "seed of the run (default 1)")
  long seed = 1;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "output file, or - for standard output (default)")
  String output = "-";

  private final PrintStream stdout;
  private final PrintStream stderr;

  /** A command on the process's standard streams. */
  public GenerateCommand() {
    this(System.out, System.err);
  }

  /** A command on the given streams. */
  public GenerateCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    if (count < 0) {
      stderr.println("generate: --count must not be negative, was " + count);
      return 2;
    }
    try {
      if (output.equals("-")) {
        OutputStream out = new BufferedOutputStream(stdout, 256 * 1024);
        SyntheticReports.writeNdjson(seed, count, out);
        out.flush();
      } else {
        AtomicFiles.write(Path.of(output), out -> SyntheticReports.writeNdjson(seed, count, out));
      }
      return 0;
    } catch (IOException e) {
      stderr.println("generate: cannot write " + output + ": " + e.getMessage());
      return 2;
    }
  }
}
