package org.lkjip.examples.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lkjip.examples.cli.LkjipCli;

/**
 * A sample of the malformed-input corpus of lkjip-io, run through the CLI: {@code verify} and
 * {@code evaluate} exit with 2 and write one line to standard error, {@code lkjip: error:
 * FILE:LINE:COLUMN: PATH: problem}, with no stack trace, nothing on standard output, and no output
 * file (nor temporary file) left behind.
 */
class CliCorpusTests {
  /** Every how many corpus cases one is run through the CLI (the corpus has over 300). */
  private static final int SAMPLE_EVERY = 6;

  /** One line of the corpus index. */
  record Case(Path file, String path, int line, int column, String message) {
    @Override
    public String toString() {
      return String.valueOf(file.getFileName());
    }
  }

  static Path corpus() {
    return Path.of("..", "lkjip-io", "src", "test", "resources", "org", "lkjip", "io", "corpus")
        .toAbsolutePath()
        .normalize();
  }

  static List<Case> sample() {
    try (Stream<String> lines =
        Files.lines(corpus().resolve("INDEX.tsv"), StandardCharsets.UTF_8)) {
      List<String[]> all =
          lines
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .map(l -> l.split("\t", -1))
              .toList();
      return IntStream.range(0, all.size())
          .filter(i -> i % SAMPLE_EVERY == 0 || all.get(i)[0].contains("-utf8-"))
          .mapToObj(all::get)
          .map(
              f ->
                  new Case(
                      corpus().resolve(f[0]),
                      f[2],
                      Integer.parseInt(f[3]),
                      Integer.parseInt(f[4]),
                      f[5]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Standard output and error of one in-process run, and its exit code. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        LkjipCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertBadInput(Case c, Run r, Path dir) throws IOException {
    assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "lkjip: error: "
                + c.file()
                + ":"
                + c.line()
                + ":"
                + c.column()
                + ": "
                + c.path()
                + ": ")
        .contains(c.message())
        .endsWith("\n")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("files left in the output directory").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sample")
  void verify_corpusCase_exit2OneLineNoOutput(Case c, @TempDir Path dir) throws IOException {
    Path output = dir.resolve("verification.txt");

    assertBadInput(c, run("verify", c.file().toString(), "--output", output.toString()), dir);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sample")
  void evaluate_corpusCase_exit2OneLineNoOutput(Case c, @TempDir Path dir) throws IOException {
    Path output = dir.resolve("evaluation.json");

    assertBadInput(c, run("evaluate", c.file().toString(), "-o", output.toString()), dir);
  }
}
