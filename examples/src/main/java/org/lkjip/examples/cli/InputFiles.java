package org.lkjip.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.lkjip.io.Limits;
import org.lkjip.io.LkjipInputException;

/**
 * THE one place where the {@code lkjip} commands open the files they read (reports, rule sets,
 * formula definitions, baselines, batch input): a file that cannot be read is a {@link
 * CannotReadException}, which every command prints as the one line {@code lkjip: cannot read PATH:
 * REASON} (the path as given on the command line) with exit code 2, before anything is written.
 *
 * @since 0.1
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * A file named on the command line cannot be read. Its message is {@code cannot read PATH:
   * REASON}, e.g. {@code cannot read x.ndjson: no such file}; the command prefixes {@code lkjip: }.
   *
   * @since 0.1
   */
  public static final class CannotReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    CannotReadException(String path, String reason, Throwable cause) {
      super("cannot read " + path + ": " + reason, cause);
      this.path = path;
      this.reason = reason;
    }

    /** The path as given on the command line; never null. */
    public String path() {
      return path;
    }

    /** The short reason: "no such file", "permission denied", "is a directory", …; never null. */
    public String reason() {
      return reason;
    }
  }

  /**
   * Opens {@code path} for reading.
   *
   * @param path the path as given on the command line
   * @throws CannotReadException if it does not exist, is a directory or cannot be opened
   */
  public static InputStream open(String path) {
    Path file = Path.of(path);
    if (Files.isDirectory(file)) {
      throw new CannotReadException(path, "is a directory", new IOException(path));
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw cannotRead(path, e);
    }
  }

  /**
   * The bytes of {@code file}, within {@link Limits#MAX_DOCUMENT_BYTES}.
   *
   * @throws CannotReadException if it cannot be read
   * @throws LkjipInputException if it is larger than the limit
   */
  public static byte[] readBytes(Path file) {
    String source = file.toString();
    try (InputStream in = open(source)) {
      byte[] bytes = in.readNBytes((int) Limits.MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
        throw new LkjipInputException(
            source,
            "$",
            0,
            0,
            "the file is larger than " + Limits.MAX_DOCUMENT_BYTES + " bytes",
            null);
      }
      return bytes;
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  /** The exception for {@code e} reading {@code path}, with a short reason. */
  public static CannotReadException cannotRead(String path, IOException e) {
    return new CannotReadException(path, reason(e), e);
  }

  /**
   * A short lower-case reason for an I/O failure: "no such file", "permission denied", "is a
   * directory", "not a directory", else the system's own reason.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    String text = e.getMessage();
    if (e instanceof FileSystemException f) {
      String systemReason = f.getReason();
      if (systemReason != null) {
        text = systemReason;
      }
    }
    if (text == null || text.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.substring(0, 1).toLowerCase(Locale.ROOT) + oneLine.substring(1);
  }
}
