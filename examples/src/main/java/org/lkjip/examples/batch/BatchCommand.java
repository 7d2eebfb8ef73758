package org.lkjip.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.batch.BatchPipeline.OnError;
import org.lkjip.examples.batch.BatchPipeline.Options;
import org.lkjip.examples.batch.BatchPipeline.Processor;
import org.lkjip.examples.cli.InputFiles;
import org.lkjip.examples.cli.ReportArguments;
import org.lkjip.formulas.FormulaRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lkjip batch evaluate|verify IN.ndjson|- [-o OUT.ndjson|-]}: the streaming batch as a
 * command, the one way to run a batch. Exit codes: 0 every line processed, 1 bad lines skipped, 2
 * the run stopped on a bad line, or bad usage, or the input or output failed. An input that cannot
 * be read is the line {@code lkjip: cannot read IN: REASON} (see {@link InputFiles}), and nothing
 * is written.
 *
 * @since 0.1
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates or verifies NDJSON reports (one lkjip-report/1 document a line) and writes one"
          + " lkjip-evaluation/2 or lkjip-verification/1 document a line, in input order."
    })
public final class BatchCommand implements Callable<Integer> {
  /** What to do with each report. */
  public enum Mode {
    /** Write its evaluation. */
    EVALUATE,
    /** Write its verification. */
    VERIFY
  }

  @Parameters(
      index = "0",
      paramLabel = "evaluate|verify",
      description = "evaluate: write each report's evaluation; verify: its verification",
      converter = ModeConverter.class)
  Mode mode = Mode.EVALUATE;

  @Parameters(
      index = "1",
      paramLabel = "IN.ndjson",
      description = "NDJSON input file, or - for standard input")
  String input = "-";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT.ndjson",
      description = "NDJSON output file (written atomically), or - for standard output (default)")
  String output = BatchRun.STANDARD_STREAM;

  @Option(
      names = "--on-error",
      paramLabel = "skip|stop",
      description =
          "what to do with a bad line: stop (default) ends the run; skip reports it on stderr and"
              + " writes an lkjip-batch-error/1 record in its place, so output line k is the"
              + " outcome of the k-th non-blank input line",
      converter = OnErrorConverter.class)
  OnError onError = OnError.STOP;

  @Option(
      names = "--rules",
      paramLabel = "ID|FILE",
      description = "rule set: a built-in id or a rule set JSON file (default recommended)")
  String rules = RuleSets.RECOMMENDED;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: available processors; 1 = no extra threads)")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  /** A command on the process's standard streams. */
  public BatchCommand() {
    this(System.in, System.out, System.err);
  }

  /** A command on the given streams (for tests and for embedding in another CLI). */
  public BatchCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      stderr.println("lkjip: error: batch: --threads must be at least 1, was " + threads);
      return BatchRun.EXIT_STOPPED;
    }
    RuleSet ruleSet;
    try {
      ruleSet = ReportArguments.resolve(rules);
    } catch (InputFiles.CannotReadException e) {
      stderr.println("lkjip: " + e.getMessage());
      return BatchRun.EXIT_STOPPED;
    } catch (RuntimeException e) {
      stderr.println("lkjip: error: batch: " + e.getMessage());
      return BatchRun.EXIT_STOPPED;
    }
    return run(mode, input, output, onError, ruleSet, threads, stdin, stdout, stderr);
  }

  /**
   * Runs a batch and returns its exit code; for other commands that offer {@code --batch}.
   *
   * @param input file or {@code "-"}
   * @param output file or {@code "-"}
   */
  public static int run(
      Mode mode,
      String input,
      String output,
      OnError onError,
      RuleSet ruleSet,
      int threads,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr) {
    FormulaRegistry registry = FormulaRegistry.standard();
    Processor processor =
        mode == Mode.EVALUATE
            ? Processors.evaluate(registry, ruleSet)
            : Processors.verify(registry, ruleSet);
    BatchPipeline pipeline =
        new BatchPipeline(processor, Options.defaults().withWorkers(threads).withOnError(onError));
    try {
      return BatchRun.exitCode(BatchRun.run(pipeline, input, output, stdin, stdout, stderr));
    } catch (InputFiles.CannotReadException e) {
      stderr.println("lkjip: " + e.getMessage());
      return BatchRun.EXIT_STOPPED;
    } catch (IOException e) {
      stderr.println("lkjip: error: batch: " + e.getMessage());
      return BatchRun.EXIT_STOPPED;
    }
  }

  /** Runs the command on its own; exits with its code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BatchCommand()).execute(args));
  }

  /** Reads "skip" or "stop". */
  static final class OnErrorConverter implements CommandLine.ITypeConverter<OnError> {
    @Override
    public OnError convert(String value) {
      return switch (value) {
        case "skip" -> OnError.SKIP;
        case "stop" -> OnError.STOP;
        default ->
            throw new CommandLine.TypeConversionException(
                "expected skip or stop but was '" + value + "'");
      };
    }
  }

  /** Reads "evaluate" or "verify". */
  static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      return switch (value) {
        case "evaluate" -> Mode.EVALUATE;
        case "verify" -> Mode.VERIFY;
        default ->
            throw new CommandLine.TypeConversionException(
                "expected evaluate or verify but was '" + value + "'");
      };
    }
  }
}
