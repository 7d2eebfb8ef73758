package org.lkjip.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Locates the sample documents among the test resources. */
final class TestFiles {
  private TestFiles() {}

  /** The test resource directory {@code org/lkjip/io/<name>}. */
  static Path directory(String name) {
    URL marker = TestFiles.class.getResource(name + "/README.md");
    if (marker == null) {
      throw new IllegalStateException("bug: test resource directory " + name + " has no README.md");
    }
    try {
      return Objects.requireNonNull(Path.of(marker.toURI()).getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The files of a test resource directory whose names end with a suffix, sorted. */
  static List<Path> files(String directory, String suffix) {
    try (Stream<Path> s = Files.list(directory(directory))) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed transcription, written by another part of the project; may be absent. */
  static Path seedTranscription() {
    Path fromModule = Path.of("..", "examples", "data", "tebing-tinggi-2022.json");
    return fromModule.toAbsolutePath().normalize();
  }
}
