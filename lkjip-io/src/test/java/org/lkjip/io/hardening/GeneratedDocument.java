package org.lkjip.io.hardening;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A document produced on the fly as {@code prefix + unit × count + suffix}, so that a test can feed
 * the reader a document just over a limit without a giant file and without building the text first.
 * Between two units it writes {@code separator}; a unit may depend on its index (for unique ids).
 */
final class GeneratedDocument extends InputStream {
  private final byte[] prefix;
  private final LongFunction<String> units;
  private byte[] unit;
  private final byte[] separator;
  private final byte[] suffix;
  private final long count;

  private int part; // 0 prefix, 1 units, 2 suffix, 3 done
  private long unitIndex;
  private boolean inSeparator;
  private int offset;

  GeneratedDocument(String prefix, String unit, String separator, long count, String suffix) {
    this(prefix, i -> unit, separator, count, suffix);
  }

  GeneratedDocument(
      String prefix, LongFunction<String> units, String separator, long count, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.units = units;
    this.unit = units.apply(0).getBytes(StandardCharsets.UTF_8);
    this.separator = separator.getBytes(StandardCharsets.UTF_8);
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.count = count;
  }

  /** The whole document as text, for the smaller ones. */
  String text() {
    try {
      return new String(readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int read() {
    while (true) {
      switch (part) {
        case 0:
          if (offset < prefix.length) {
            return prefix[offset++] & 0xFF;
          }
          next(count > 0 ? 1 : 2);
          break;
        case 1:
          byte[] current = inSeparator ? separator : unit;
          if (offset < current.length) {
            return current[offset++] & 0xFF;
          }
          offset = 0;
          if (inSeparator) {
            inSeparator = false;
          } else if (++unitIndex < count) {
            inSeparator = true;
            unit = units.apply(unitIndex).getBytes(StandardCharsets.UTF_8);
          } else {
            part = 2;
          }
          break;
        case 2:
          if (offset < suffix.length) {
            return suffix[offset++] & 0xFF;
          }
          part = 3;
          break;
        default:
          return -1;
      }
    }
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      int c = read();
      if (c < 0) {
        return n == 0 ? -1 : n;
      }
      b[off + n++] = (byte) c;
    }
    return n;
  }

  private void next(int nextPart) {
    part = nextPart;
    offset = 0;
  }
}
