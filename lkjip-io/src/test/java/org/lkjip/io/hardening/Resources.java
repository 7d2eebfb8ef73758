package org.lkjip.io.hardening;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** Test resources of the hardening tests, and the seed transcription. */
final class Resources {
  private Resources() {}

  /** The file of a class-path resource, e.g. {@code /org/lkjip/io/corpus/INDEX.tsv}. */
  static Path file(String resource) {
    URL url = Resources.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("bug: test resource " + resource + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The malformed-input corpus directory. */
  static Path corpus() {
    return Objects.requireNonNull(file("/org/lkjip/io/corpus/INDEX.tsv").getParent());
  }

  /** The seed transcription in the examples module (the modules are siblings). */
  static Path seed() {
    return Path.of("..", "examples", "data", "tebing-tinggi-2022.json")
        .toAbsolutePath()
        .normalize();
  }
}
