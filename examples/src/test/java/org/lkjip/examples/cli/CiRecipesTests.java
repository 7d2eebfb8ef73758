package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code lkjip.jar verify} command of docs/ci.md, run in document order against the real CLI
 * in a sample repository ({@code src/lkjip/} with the seed report, whose defects the baseline
 * accepts, and a consistent report): no usage error, the exit code the page promises, and every
 * output it names written.
 */
class CiRecipesTests {
  private static final Path PAGE = Path.of("..", "docs", "ci.md");
  private static final String COMMAND = "java -jar lkjip.jar verify ";
  private static final Set<String> OUTPUT_OPTIONS =
      Set.of("-o", "--sarif", "--junit", "--codequality", "--write-baseline");

  @TempDir Path repo;

  /** The verify commands of the page, as argument lists after {@code verify}. */
  static List<List<String>> commands() throws IOException {
    List<List<String>> commands = new ArrayList<>();
    for (String line : Files.readAllLines(PAGE, StandardCharsets.UTF_8)) {
      int at = line.indexOf(COMMAND);
      if (at < 0) {
        continue;
      }
      String args = line.substring(at + COMMAND.length()).strip();
      commands.add(List.of(args.split("\\s+")));
    }
    return commands;
  }

  @Test
  void page_hasTheRecipes() throws IOException {
    List<List<String>> commands = commands();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(7);
    List<String> all = commands.stream().flatMap(List::stream).toList();
    assertThat(all).contains("--sarif", "--junit", "--codequality", "--baseline");
    assertThat(all).contains("--write-baseline");
  }

  @Test
  void everyCommand_runs_andWritesWhatItNames() throws IOException {
    Path reports = Files.createDirectories(repo.resolve("src/lkjip"));
    Files.copy(Path.of(LkjipCliTests.SEED), reports.resolve("laporan-2022.json"));
    Files.copy(Path.of(LkjipCliTests.CONSISTENT), reports.resolve("konsisten.json"));
    for (List<String> command : commands()) {
      List<String> args = new ArrayList<>();
      args.add("verify");
      List<Path> outputs = new ArrayList<>();
      boolean baseline = false;
      for (int i = 0; i < command.size(); i++) {
        String a = command.get(i);
        boolean path = !a.startsWith("-") && (a.contains("/") || a.contains("."));
        if (path) {
          Path p = repo.resolve(a);
          if (i > 0 && OUTPUT_OPTIONS.contains(command.get(i - 1))) {
            Files.deleteIfExists(p);
            outputs.add(p);
          }
          args.add(p.toString());
        } else {
          args.add(a);
        }
        baseline |= a.equals("--baseline") || a.equals("--write-baseline");
      }
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode())
          .as("%s: %s", command, run.err())
          .isEqualTo(baseline ? ExitCodes.PASSED : ExitCodes.FAILED);
      for (Path p : outputs) {
        assertThat(p).as("%s writes %s", command, p).isNotEmptyFile();
      }
    }
  }
}
