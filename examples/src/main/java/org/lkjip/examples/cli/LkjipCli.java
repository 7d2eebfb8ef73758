package org.lkjip.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.lkjip.examples.batch.BatchCommand;
import org.lkjip.examples.synth.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code lkjip} command: recomputes and audits Indonesian government performance reports
 * (LKjIP) given as {@code lkjip-report/1} JSON or as an {@code lkjip-workbook/1} workbook.
 *
 * <pre>
 * lkjip verify FILE|DIR... [--rules ID|FILE] [--format text|json|md|html|xlsx|sarif|junit]
 *     [--output PATH] [--timestamp] [--fail-on error|warning|mismatch|never] [--baseline FILE]
 *     [--write-baseline PATH]
 * lkjip template [-o laporan.xlsx] [--lang id|en]
 * lkjip export FILE -o laporan.xlsx
 * lkjip import laporan.xlsx [-o report.json]
 * lkjip evaluate FILE [--rules ID|FILE] [--output PATH]
 * lkjip grade VALUE --scale ID
 * lkjip scales | rules | schema NAME
 * lkjip generate --count N [--seed S] [--output PATH|-]
 * lkjip batch evaluate|verify IN.ndjson|- [--output OUT.ndjson|-] [--on-error skip|stop]
 * </pre>
 *
 * <p>Exit codes are in {@link ExitCodes}. Output is byte-identical across runs, machines, locales
 * and time zones unless {@code --timestamp} is given.
 *
 * @since 0.1
 */
@Command(
    name = "lkjip",
    mixinStandardHelpOptions = true,
    versionProvider = LkjipCli.Version.class,
    description = "Recompute and audit Indonesian government performance reports (LKjIP).",
    subcommands = {
      VerifyCommand.class,
      ExplainCommand.class,
      EvaluateCommand.class,
      GradeCommand.class,
      ScalesCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      TemplateCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      GenerateCommand.class,
      BatchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every published figure reconciled and no error finding",
      "1:a figure mismatches or a check found an error",
      "2:bad input or usage",
      "3:internal error"
    })
public final class LkjipCli implements Runnable {
  @Spec @Nullable CommandSpec spec;

  /** Creates the command; run it with {@code new CommandLine(new LkjipCli()).execute(args)}. */
  public LkjipCli() {}

  /**
   * Runs the command and exits the JVM with its exit code. Output is UTF-8 on every platform.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command with UTF-8 standard output and error, and returns its exit code. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    try {
      return commandLine(out, err).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line as {@link #main} runs it: output to {@code out} and {@code err}, and usage
   * errors (an unknown option, a missing parameter) reported as one line {@code lkjip: error:
   * <message> (see 'lkjip verify --help')} with exit code 2, without the full usage text.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CommandLine.defaultFactory());
  }

  /**
   * {@link #commandLine(PrintWriter, PrintWriter)} with the commands made by {@code factory} (a
   * host or a test gives {@code batch} and {@code generate} streams of its own).
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    return new CommandLine(new LkjipCli(), factory)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(
            (e, args) -> {
              CommandLine failed = e.getCommandLine();
              String see = failed.getCommandSpec().qualifiedName();
              String hint = "";
              if (e instanceof CommandLine.UnmatchedArgumentException u
                  && u.getUnmatched().stream().anyMatch(a -> a.startsWith("--batch"))) {
                hint = ": a batch runs as 'lkjip batch evaluate|verify IN.ndjson'";
                see = "lkjip batch";
              }
              failed
                  .getErr()
                  .println(
                      "lkjip: error: "
                          + String.valueOf(e.getMessage()).replace('\n', ' ').replace('\r', ' ')
                          + hint
                          + " (see '"
                          + see
                          + " --help')");
              failed.getErr().flush();
              return ExitCodes.BAD_INPUT;
            });
  }

  /** Without a subcommand: the usage on standard error, exit code 2 through picocli. */
  @Override
  public void run() {
    if (spec == null) {
      throw new IllegalStateException("bug: picocli did not inject the command spec");
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing a command: verify, evaluate, template, export, import, grade, scales, rules, schema,"
            + " generate or batch");
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = LkjipCli.class.getPackage().getImplementationVersion();
      return new String[] {"lkjip " + (v == null ? "development" : v)};
    }
  }
}
