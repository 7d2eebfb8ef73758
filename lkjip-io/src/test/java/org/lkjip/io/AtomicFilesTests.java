package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {

  private static long filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void write_newFile_created(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.txt");

    AtomicFiles.write(file, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

    assertThat(file).hasContent("hello");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void write_existingFile_replaced(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "old old old");

    AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(file).hasContent("new");
  }

  @Test
  void write_contentFailsHalfway_targetUnchangedAndNoTempFileLeft(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(file).hasContent("old");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void write_contentThrowsUnchecked_tempFileDeleted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.txt");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void write_contentClosesStream_stillWritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.txt");

    AtomicFiles.write(
        file,
        out -> {
          out.write('a');
          out.close();
        });

    assertThat(file).hasContent("a");
  }

  @Test
  void write_missingDirectory_ioException(@TempDir Path dir) {
    Path file = dir.resolve("no/such/dir/out.txt");

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write('a')))
        .isInstanceOf(IOException.class);
    assertThat(file).doesNotExist();
  }
}
