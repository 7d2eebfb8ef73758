package org.lkjip.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns files, streams and bytes into checked text: within the size limit, strict UTF-8. */
final class JsonSources {
  private JsonSources() {}

  static byte[] readFile(Path file) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new LkjipInputException(source, "$", 0, 0, "is a directory, not a JSON file", null);
      }
      long size = Files.size(file);
      if (size > Limits.MAX_DOCUMENT_BYTES) {
        throw tooLarge(source, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return readStream(source, in);
      }
    } catch (NoSuchFileException e) {
      throw new LkjipInputException(source, "$", 0, 0, "no such file", e);
    } catch (IOException e) {
      throw new LkjipInputException(source, "$", 0, 0, "cannot read the file: " + e, e);
    }
  }

  static byte[] readStream(String source, InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Limits.MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
        throw tooLarge(source, bytes.length);
      }
      return bytes;
    } catch (IOException e) {
      throw new LkjipInputException(source, "$", 0, 0, "cannot read the input: " + e, e);
    }
  }

  static void checkSize(String source, long length) {
    if (length > Limits.MAX_DOCUMENT_BYTES) {
      throw tooLarge(source, length);
    }
  }

  private static LkjipInputException tooLarge(String source, long size) {
    return new LkjipInputException(
        source,
        "$",
        0,
        0,
        "document is larger than "
            + Limits.MAX_DOCUMENT_BYTES
            + " bytes (Limits.MAX_DOCUMENT_BYTES)"
            + (size > Limits.MAX_DOCUMENT_BYTES + 1 ? ": " + size + " bytes" : ""),
        null);
  }

  /**
   * Decodes strict UTF-8 (a malformed byte is an error with its line and column); a leading byte
   * order mark is dropped.
   */
  static String decodeUtf8(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      String before = out.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        char c = before.charAt(i);
        // Line ends as the JSON parser counts them: \n, \r\n and a lone \r.
        if (c == '\n'
            || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      throw new LkjipInputException(
          source,
          "$",
          line,
          before.length() - lineStart + 1,
          "not valid UTF-8: malformed byte 0x"
              + String.format("%02X", bytes[offset] & 0xFF)
              + " at byte offset "
              + offset,
          null);
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
