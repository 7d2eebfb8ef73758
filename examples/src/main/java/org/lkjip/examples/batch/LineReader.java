package org.lkjip.examples.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines at {@code '\n'} (a {@code '\r'} before it is dropped), without
 * decoding: UTF-8 never holds the byte {@code 0x0A} inside a character, so each line is decoded
 * (strictly) by whoever reads it. A line longer than the limit is not buffered: its first bytes are
 * kept up to the limit, the rest is skipped, and the line is marked too long.
 */
final class LineReader {
  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private long lineNumber;
  private long bytesRead;

  /** One line: its 1-based number, its bytes (without the line end), whether it was too long. */
  record Line(long number, byte[] bytes, boolean tooLong) {}

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Bytes consumed so far, line ends included. */
  long bytesRead() {
    return bytesRead;
  }

  /** The next line, or null at the end of the input (a final line without {@code '\n'} counts). */
  @Nullable Line next() throws IOException {
    ByteArrayOutputStream line = null;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          return finish(line, tooLong);
        }
        bytesRead += limit;
      }
      any = true;
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      if (line == null) {
        line = new ByteArrayOutputStream(Math.min(maxLineBytes, Math.max(256, end - start)));
      }
      int room = maxLineBytes - line.size();
      int take = end - start;
      if (take > room) {
        tooLong = true;
        take = Math.max(0, room);
      }
      line.write(buffer, start, take);
      if (end < limit) {
        position = end + 1;
        return finish(line, tooLong);
      }
      position = limit;
    }
  }

  private Line finish(@Nullable ByteArrayOutputStream line, boolean tooLong) {
    lineNumber++;
    byte[] bytes = line == null ? new byte[0] : line.toByteArray();
    int n = bytes.length;
    if (!tooLong && n > 0 && bytes[n - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, n - 1);
    }
    return new Line(lineNumber, bytes, tooLong);
  }
}
