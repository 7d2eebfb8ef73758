package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code malformed/} is rejected with the error its {@code .expected} names.
 */
class MalformedDocumentsTests {

  /** One malformed sample and its expected error. */
  record Case(Path file, int line, int column, String path, String message, String schema) {
    @Override
    public String toString() {
      return file.getFileName().toString();
    }

    static Case load(Path json) {
      String name = json.getFileName().toString().replaceFirst("\\.json$", "");
      Path expected = json.resolveSibling(name + ".expected");
      Map<String, String> fields = new HashMap<>();
      try {
        for (String l : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
          if (l.isBlank() || l.startsWith("#")) {
            continue;
          }
          int colon = l.indexOf(':');
          fields.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + expected, e);
      }
      return new Case(
          json,
          Integer.parseInt(field(fields, "line", expected)),
          Integer.parseInt(field(fields, "column", expected)),
          field(fields, "path", expected),
          field(fields, "message", expected),
          field(fields, "schema", expected));
    }

    private static String field(Map<String, String> fields, String key, Path file) {
      String v = fields.get(key);
      if (v == null) {
        throw new IllegalStateException(file + " has no '" + key + ":' line");
      }
      return v;
    }
  }

  static List<Case> cases() {
    return TestFiles.files("malformed", ".json").stream().map(Case::load).toList();
  }

  static Stream<Arguments> arguments() {
    return cases().stream().map(Arguments::of);
  }

  @Test
  void cases_atLeastTwelveSamples() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void read_malformedFile_locatedError(Case c) {
    assertThatThrownBy(() -> new ReportReader().read(c.file()))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.sourceName()).isEqualTo(c.file().toString());
              assertThat(e.jsonPath()).isEqualTo(c.path());
              assertThat(e.problem()).contains(c.message());
              assertThat(e.line()).as("line").isEqualTo(c.line());
              assertThat(e.column()).as("column").isEqualTo(c.column());
              assertThat(e.getMessage())
                  .isEqualTo(
                      c.file()
                          + ":"
                          + c.line()
                          + ":"
                          + c.column()
                          + ": "
                          + c.path()
                          + ": "
                          + e.problem())
                  .doesNotContain("\n");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void read_malformedBytes_sameErrorAsFile(Case c) throws IOException {
    byte[] bytes = Files.readAllBytes(c.file());

    assertThatThrownBy(() -> new ReportReader().read("doc.json", bytes))
        .isInstanceOfSatisfying(
            LkjipInputException.class,
            e -> {
              assertThat(e.sourceName()).isEqualTo("doc.json");
              assertThat(e.jsonPath()).isEqualTo(c.path());
              assertThat(e.line()).isEqualTo(c.line());
              assertThat(e.column()).isEqualTo(c.column());
            });
  }
}
