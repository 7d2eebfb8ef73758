package org.lkjip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: {@link #check} compares an output with its
 * golden file; run with {@code -Dlkjip.updateGolden=true} to write the files instead (then review
 * the diff before committing).
 */
public final class Golden {
  /** Directory of the golden files, relative to the module (Surefire's working directory). */
  public static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** Whether the run rewrites golden files. */
  public static boolean updating() {
    return Boolean.getBoolean("lkjip.updateGolden");
  }

  /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it. */
  public static void check(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s (create it with -Dlkjip.updateGolden=true, then review it)", file)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual).as("output against golden file %s", file).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
