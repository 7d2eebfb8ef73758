package org.lkjip.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.lkjip.examples.batch.BatchCommand;
import org.lkjip.examples.synth.GenerateCommand;
import picocli.CommandLine;

/**
 * One in-process run of the CLI as {@link LkjipCli#main} runs it (its usage-error handler
 * included): exit code, standard output, standard error. The commands that write bytes ({@code
 * batch}, {@code generate}) get streams whose text is added to {@code out} and {@code err}.
 */
record CliRun(int exitCode, String out, String err) {
  /** Runs {@code lkjip args...} in-process. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream bytesOut = new ByteArrayOutputStream();
    ByteArrayOutputStream bytesErr = new ByteArrayOutputStream();
    PrintStream streamOut = new PrintStream(bytesOut, true, StandardCharsets.UTF_8);
    PrintStream streamErr = new PrintStream(bytesErr, true, StandardCharsets.UTF_8);
    CommandLine.IFactory streams =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == BatchCommand.class) {
              return type.cast(
                  new BatchCommand(new ByteArrayInputStream(new byte[0]), streamOut, streamErr));
            }
            if (type == GenerateCommand.class) {
              return type.cast(new GenerateCommand(streamOut, streamErr));
            }
            return CommandLine.defaultFactory().create(type);
          }
        };
    int code =
        LkjipCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), streams)
            .execute(args);
    return new CliRun(
        code,
        out + bytesOut.toString(StandardCharsets.UTF_8),
        err + bytesErr.toString(StandardCharsets.UTF_8));
  }
}
