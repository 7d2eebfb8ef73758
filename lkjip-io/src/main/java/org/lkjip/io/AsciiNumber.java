package org.lkjip.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.SerializableString;

/**
 * The plain text of a decimal as ASCII bytes ({@link PlainDecimals}), reusable: a {@link
 * SerializableString} that a UTF-8 generator copies into its buffer with one {@link
 * System#arraycopy}, as a JSON string with {@link tools.jackson.core.JsonGenerator#writeString(
 * SerializableString)}. The text is digits, {@code '-'} and {@code '.'}: it needs no escaping, so
 * its quoted (in Jackson's sense: escaped) forms are the text itself; the generator writes the
 * quotation marks around it.
 *
 * <p>Not thread-safe: one instance serves one writer.
 */
final class AsciiNumber implements SerializableString {
  private final byte[] bytes = new byte[PlainDecimals.BUFFER_LENGTH];
  private int length;

  /**
   * Sets the text to the plain text of {@code value}.
   *
   * @param scratch at least {@link PlainDecimals#SCRATCH_LENGTH} bytes, overwritten
   * @return whether {@link PlainDecimals} formats the value; when not, the text is empty
   */
  boolean set(BigDecimal value, byte[] scratch) {
    int n = PlainDecimals.format(value, scratch, bytes);
    length = Math.max(n, 0);
    return n >= 0;
  }

  @Override
  public String getValue() {
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  @Override
  public int charLength() {
    return length;
  }

  @Override
  public char[] asQuotedChars() {
    char[] chars = new char[length];
    appendUnquoted(chars, 0);
    return chars;
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return Arrays.copyOf(bytes, length);
  }

  @Override
  public byte[] asQuotedUTF8() {
    return asUnquotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return appendUnquotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return appendUnquoted(buffer, offset);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    if (offset + length > buffer.length) {
      return -1;
    }
    System.arraycopy(bytes, 0, buffer, offset, length);
    return length;
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    if (offset + length > buffer.length) {
      return -1;
    }
    for (int i = 0; i < length; i++) {
      buffer[offset + i] = (char) bytes[i];
    }
    return length;
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return writeUnquotedUTF8(out);
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
    return length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    return putUnquotedUTF8(buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    if (length > buffer.remaining()) {
      return -1;
    }
    buffer.put(bytes, 0, length);
    return length;
  }

  @Override
  public String toString() {
    return getValue();
  }
}
