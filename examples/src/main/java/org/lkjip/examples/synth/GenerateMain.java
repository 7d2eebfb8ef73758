package org.lkjip.examples.synth;

import picocli.CommandLine;

/**
 * Runs {@link GenerateCommand} as a program: {@code java -cp ...
 * org.lkjip.examples.synth.GenerateMain --count 1000 --seed 1 --output reports.ndjson}.
 *
 * @since 0.1
 */
public final class GenerateMain {
  private GenerateMain() {}

  /** Runs the command; exits with its code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateCommand()).execute(args));
  }
}
