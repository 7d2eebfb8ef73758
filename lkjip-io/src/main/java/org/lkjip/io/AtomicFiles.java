package org.lkjip.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files all at once or not at all: the content goes to a temporary file in the same
 * directory, which is forced to disk and then renamed over the target in one atomic step. A reader
 * of the target sees the old content or the new, never a half-written file; on any failure the
 * temporary file is deleted and the target is left as it was.
 *
 * @since 0.1
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Writes content to a stream. The stream must not be closed by the content (closing is ignored).
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content.
     *
     * @param out where to write; buffered, never null
     * @throws IOException if writing fails, which abandons the file
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces (or creates) a file with the given content, atomically.
   *
   * @param target the file to write; its directory must exist
   * @param content writes the new content
   * @throws IOException if the content cannot be written or the rename fails (including {@link
   *     java.nio.file.AtomicMoveNotSupportedException} on file systems without atomic renames); the
   *     target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null) {
      throw new IOException("not a file path: " + target);
    }
    Path temp =
        dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        content.writeTo(new UnclosableOutputStream(out));
        out.flush();
        channel.force(true);
      }
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      syncDirectory(dir);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException suppressed) {
          // The original failure matters more; a stray temp file is named ".*.tmp".
        }
      }
    }
  }

  /** Makes the rename durable where the platform allows it (Linux, macOS); elsewhere a no-op. */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // Windows cannot open a directory; the rename itself is still atomic.
    }
  }

  private static final class UnclosableOutputStream extends FilterOutputStream {
    UnclosableOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
