package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportReader;

/**
 * The malformed-input corpus ({@code corpus/INDEX.tsv}, written by {@code corpus/generate.py}):
 * every document is rejected with one {@link LkjipInputException} at the JSON path, line and column
 * its index line names, with a message that contains the index's fragment; no other exception
 * escapes.
 */
class CorpusTests {
  /** The smallest corpus the hardening issue asks for. */
  private static final int MIN_CASES = 200;

  /** One line of the index. */
  record Case(
      Path directory, String file, String why, String path, int line, int column, String message) {
    @Override
    public String toString() {
      return file;
    }

    Path location() {
      return directory.resolve(file);
    }
  }

  static List<Case> cases() {
    return cases(Resources.corpus());
  }

  /** The cases of the {@code INDEX.tsv} of a directory. */
  static List<Case> cases(Path directory) {
    try (Stream<String> lines =
        Files.lines(directory.resolve("INDEX.tsv"), StandardCharsets.UTF_8)) {
      return lines
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(
              l -> {
                String[] f = l.split("\t", -1);
                if (f.length != 6) {
                  throw new IllegalStateException("bad index line: " + l);
                }
                return new Case(
                    directory,
                    f[0],
                    f[1],
                    f[2],
                    Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]),
                    f[5]);
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void index_atLeastTwoHundredDistinctCases_everyFileListed() throws IOException {
    List<Case> cases = cases();
    Set<String> listed = new HashSet<>();
    Set<String> whys = new HashSet<>();
    cases.forEach(
        c -> {
          listed.add(c.file());
          whys.add(c.why());
        });
    Set<String> present = new HashSet<>();
    try (Stream<Path> files = Files.list(Resources.corpus())) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .forEach(present::add);
    }

    assertThat(cases).hasSizeGreaterThanOrEqualTo(MIN_CASES);
    assertThat(listed).as("one line per file").hasSameSizeAs(cases).isEqualTo(present);
    assertThat(whys).as("every case wrong in its own way").hasSameSizeAs(cases);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void read_corpusFile_locatedErrorAtTheFault(Case c) {
    assertLocatedAtTheFault(c, readFails(() -> new ReportReader().read(c.location())));
  }

  /** The error names the case's path, line, column and message fragment, on one line. */
  static void assertLocatedAtTheFault(Case c, LkjipInputException e) {
    assertThat(e.sourceName()).isEqualTo(c.location().toString());
    assertThat(e.jsonPath()).as("path").isEqualTo(c.path());
    assertThat(e.problem()).as("problem").contains(c.message());
    assertThat(new int[] {e.line(), e.column()})
        .as("line and column of %s", e.getMessage())
        .containsExactly(c.line(), c.column());
    assertThat(e.getMessage())
        .isEqualTo(
            c.location() + ":" + c.line() + ":" + c.column() + ": " + c.path() + ": " + e.problem())
        .doesNotContain("\n")
        .doesNotContain("\r");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void read_corpusBytes_sameErrorAsFromTheFile(Case c) throws IOException {
    byte[] bytes = Files.readAllBytes(c.location());

    LkjipInputException e = readFails(() -> new ReportReader().read("doc.json", bytes));

    assertThat(e.getMessage())
        .isEqualTo(
            "doc.json:" + c.line() + ":" + c.column() + ": " + c.path() + ": " + e.problem());
  }

  /** Runs a read that must fail with a located error, and fails the test on any other outcome. */
  static LkjipInputException readFails(Runnable read) {
    try {
      read.run();
    } catch (LkjipInputException e) {
      return e;
    } catch (RuntimeException | Error e) {
      throw new AssertionError("not an LkjipInputException: " + e, e);
    }
    throw new AssertionError("the document was accepted");
  }
}
