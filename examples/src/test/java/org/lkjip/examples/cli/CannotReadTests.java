package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command that reads a file says, for a file that cannot be read, exactly {@code lkjip:
 * cannot read PATH: REASON} (the path as given), exits 2 and writes nothing.
 */
class CannotReadTests {
  private static final String SEED = LkjipCliTests.SEED;

  /** The unreadable file, where {@link #cases} puts it. */
  private static final String BAD = "@BAD@";

  /** Where outputs would go, where {@link #cases} puts them. */
  private static final String OUT = "@OUT@";

  @TempDir Path temp;

  /** A command line reading {@link #BAD}, and which input it is (command and option or label). */
  record Case(String input, List<String> args) {
    @Override
    public String toString() {
      return input + ": lkjip " + String.join(" ", args);
    }
  }

  private static Case c(String input, String... args) {
    return new Case(input, List.of(args));
  }

  /** Every input of every command. */
  static Stream<Case> cases() {
    return Stream.of(
        c("verify FILE|DIR", "verify", BAD, "-o", OUT),
        c("verify --rules", "verify", SEED, "--rules", BAD, "-o", OUT),
        c("verify --formulas", "verify", SEED, "--formulas", BAD, "-o", OUT),
        c("verify --baseline", "verify", SEED, "--baseline", BAD, "-o", OUT),
        c("evaluate FILE", "evaluate", BAD, "-o", OUT),
        c("evaluate --rules", "evaluate", SEED, "--rules", BAD, "-o", OUT),
        c("evaluate --formulas", "evaluate", SEED, "--formulas", BAD, "-o", OUT),
        c("export FILE", "export", BAD, "-o", OUT),
        c("export --formulas", "export", SEED, "--formulas", BAD, "-o", OUT),
        c("import FILE", "import", BAD, "-o", OUT),
        c("template --formulas", "template", "--formulas", BAD, "-o", OUT),
        c("batch IN.ndjson", "batch", "evaluate", BAD, "-o", OUT),
        c("batch IN.ndjson", "batch", "verify", BAD),
        c("batch --rules", "batch", "verify", "-", "--rules", BAD, "-o", OUT),
        c("explain FILE", "explain", BAD, "1"),
        c("explain --rules", "explain", SEED, "1", "--rules", BAD),
        c("explain --formulas", "explain", SEED, "1", "--formulas", BAD),
        c("scales --report", "scales", "--report", BAD),
        c("grade --report", "grade", "70", "--scale", "akip", "--report", BAD));
  }

  /** Every reading case, with a directory instead of a file (but {@code verify DIR} is valid). */
  static Stream<Case> directoryCases() {
    return cases().filter(x -> !x.input().equals("verify FILE|DIR"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void missingFile_oneLineExitTwoNothingWritten(Case x) throws IOException {
    String missing = temp.resolve("x.ndjson").toString();
    assertCannotRead(x, missing, "no such file");
  }

  @ParameterizedTest
  @MethodSource("directoryCases")
  void directory_oneLineExitTwoNothingWritten(Case x) throws IOException {
    Path dir = Files.createDirectory(temp.resolve("a-directory.json"));
    assertCannotRead(x, dir.toString(), "is a directory");
  }

  @Test
  void relativePath_isQuotedAsGiven() {
    CliRun run = CliRun.of("batch", "verify", "x.ndjson");
    assertThat(run.err()).isEqualTo("lkjip: cannot read x.ndjson: no such file\n");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void reason_ofEachFailure_isShortAndLowerCase() {
    assertThat(InputFiles.reason(new NoSuchFileException("a"))).isEqualTo("no such file");
    assertThat(InputFiles.reason(new AccessDeniedException("a"))).isEqualTo("permission denied");
    assertThat(InputFiles.reason(new FileSystemException("a", null, "Not a directory")))
        .isEqualTo("not a directory");
    assertThat(InputFiles.reason(new IOException("Input/output error")))
        .isEqualTo("input/output error");
    assertThat(InputFiles.reason(new IOException())).isEqualTo("IOException");
  }

  /** Every file input (an argument whose label says FILE or IN) of every command has a case. */
  @Test
  void cases_coverEveryFileInputOfEveryCommand() {
    Set<String> covered = new TreeSet<>();
    cases().forEach(x -> covered.add(x.input()));
    Set<String> inputs = new TreeSet<>();
    CommandLine cli =
        LkjipCli.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (CommandLine sub : cli.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      List<ArgSpec> args = new ArrayList<>(spec.args());
      for (ArgSpec a : args) {
        String label = a.paramLabel();
        if (label.contains("FILE") || label.startsWith("IN")) {
          inputs.add(spec.name() + " " + (a instanceof OptionSpec o ? o.longestName() : label));
        }
      }
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(inputs);
  }

  private void assertCannotRead(Case x, String bad, String reason) throws IOException {
    Path outputs = Files.createDirectory(temp.resolve("outputs"));
    String out = outputs.resolve("out").toString();
    String[] args =
        x.args().stream()
            .map(a -> a.equals(BAD) ? bad : a.equals(OUT) ? out : a)
            .toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertThat(run.err())
        .as(x.toString())
        .isEqualTo("lkjip: cannot read " + bad + ": " + reason + "\n");
    assertThat(run.exitCode()).as(x.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).as(x.toString()).isEmpty();
    try (Stream<Path> written = Files.list(outputs)) {
      assertThat(written).as(x.toString()).isEmpty();
    }
  }
}
