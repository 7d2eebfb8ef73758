package org.lkjip.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.batch.BatchPipeline.OnError;
import org.lkjip.examples.batch.BatchPipeline.Options;
import org.lkjip.examples.batch.BatchPipeline.Processor;
import org.lkjip.examples.cli.ReportArguments;
import org.lkjip.formulas.FormulaRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lkjip batch evaluate|verify --batch IN.ndjson --output OUT.ndjson}, also reached as {@code
 * lkjip evaluate --batch ...} and {@code lkjip verify --batch ...} (see {@link #route}): the
 * streaming batch as a command. Exit codes: 0 every line processed, 1 bad lines skipped, 2 the run
 * stopped on a bad line, or bad usage, or the input or output failed.
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

  @Parameters(index = "0", description = "evaluate or verify", converter = ModeConverter.class)
  Mode mode = Mode.EVALUATE;

  @Option(
      names = "--batch",
      required = true,
      paramLabel = "IN",
      description = "NDJSON input file, or - for standard input")
  String input = "-";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "NDJSON output file (written atomically), or - for standard output (default)")
  String output = BatchRun.STANDARD_STREAM;

  @Option(
      names = "--on-error",
      paramLabel = "skip|stop",
      description = "what to do with a bad line (default stop)",
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
    } catch (IOException e) {
      stderr.println("lkjip: error: batch: " + e.getMessage());
      return BatchRun.EXIT_STOPPED;
    }
  }

  /**
   * The command line to run: {@code evaluate --batch ...} and {@code verify --batch ...} become
   * {@code batch evaluate --batch ...} and {@code batch verify --batch ...}; anything else is
   * returned as it is.
   */
  public static String[] route(String... args) {
    if (args.length == 0 || !(args[0].equals("evaluate") || args[0].equals("verify"))) {
      return args;
    }
    for (String a : args) {
      if (a.equals("--batch") || a.startsWith("--batch=")) {
        String[] routed = new String[args.length + 1];
        routed[0] = "batch";
        System.arraycopy(args, 0, routed, 1, args.length);
        return routed;
      }
    }
    return args;
  }

  /** Runs the command on its own; exits with its code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BatchCommand()).execute(args));
  }

  /** Reads "skip" or "stop". */
  static final class OnErrorConverter implements CommandLine.ITypeConverter<OnError> {
    @Override
    public OnError convert(String value) {
      return OnError.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  /** Reads "evaluate" or "verify". */
  static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      return Mode.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }
}
