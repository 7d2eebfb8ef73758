package org.lkjip.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tells whether bytes are well-formed UTF-8 as the JDK's strict decoder sees it (Unicode's table of
 * well-formed byte sequences: no overlong forms, no encoded surrogates, nothing above U+10FFFF), at
 * the speed of a scan: ASCII runs are skipped eight bytes at a time.
 *
 * <p>It only answers yes or no; the decoder in {@link JsonSources} still produces the error message
 * for a malformed document. It may say no to bytes the decoder accepts only if that is a bug; it
 * must never say yes to bytes the decoder rejects, which a test checks against the decoder.
 */
final class StrictUtf8 {
  /** Reads eight bytes of an array as one {@code long}, whatever the alignment. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of the eight bytes of a {@code long}: set only in non-ASCII bytes. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private StrictUtf8() {}

  /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
  static boolean isWellFormed(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      while (i <= to - Long.BYTES && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i >= to) {
        return true;
      }
      int b0 = bytes[i];
      if (b0 >= 0) {
        i++;
        continue;
      }
      b0 &= 0xFF;
      if (b0 < 0xC2) {
        // A continuation byte without a lead, or an overlong two-byte form (C0, C1).
        return false;
      } else if (b0 < 0xE0) {
        if (i + 1 >= to || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b0 < 0xF0) {
        if (i + 2 >= to) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        // E0 needs A0..BF (no overlong form); ED needs 80..9F (no surrogate).
        int low = b0 == 0xE0 ? 0xA0 : 0x80;
        int high = b0 == 0xED ? 0x9F : 0xBF;
        if (b1 < low || b1 > high || !continuation(bytes[i + 2])) {
          return false;
        }
        i += 3;
      } else if (b0 < 0xF5) {
        if (i + 3 >= to) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        // F0 needs 90..BF (no overlong form); F4 needs 80..8F (nothing above U+10FFFF).
        int low = b0 == 0xF0 ? 0x90 : 0x80;
        int high = b0 == 0xF4 ? 0x8F : 0xBF;
        if (b1 < low || b1 > high || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
