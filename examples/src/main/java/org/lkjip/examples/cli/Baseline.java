package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.LkjipJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * An {@value #FORMAT} document: figures and findings accepted by fingerprint (see {@code
 * org.lkjip.examples.report.Fingerprints}), so that {@code verify --baseline} does not fail on
 * them.
 *
 * <pre>{@code
 * {
 *   "format": "lkjip-baseline/1",
 *   "entries": [
 *     {"fingerprint": "<32 hex digits>", "what": "<for humans>", "reason": "<why accepted>"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Read strictly: unknown, duplicate or missing properties, a fingerprint that is not 32
 * lower-case hex digits, an empty reason or a fingerprint listed twice are one {@link
 * LkjipInputException} naming file, line, column and JSON path. Written with one entry per line,
 * sorted by fingerprint: the same entries give the same bytes.
 *
 * @param entries the entries, sorted by fingerprint, fingerprints unique
 */
record Baseline(ImmutableList<Baseline.Entry> entries) {
  /** The format name. */
  static final String FORMAT = "lkjip-baseline/1";

  /** The reason {@code --write-baseline} gives a new entry. */
  static final String FIRST_RUN = "accepted on first run";

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

  /**
   * One accepted figure or finding.
   *
   * @param fingerprint its fingerprint
   * @param what what it is, for humans (file, table, row and column, or check and subject)
   * @param reason why it is accepted
   */
  record Entry(String fingerprint, String what, String reason) {}

  Baseline {
    entries = ImmutableList.sortedCopyOf(Comparator.comparing(Entry::fingerprint), entries);
  }

  /** The entries by fingerprint. */
  ImmutableMap<String, Entry> byFingerprint() {
    ImmutableMap.Builder<String, Entry> b = ImmutableMap.builder();
    entries.forEach(e -> b.put(e.fingerprint(), e));
    return b.buildOrThrow();
  }

  /** The document, ending with a newline. */
  String render() {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"format\": ").append(quote(FORMAT)).append(",\n  \"entries\": [");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      b.append(i == 0 ? "\n" : ",\n")
          .append("    {\"fingerprint\": ")
          .append(quote(e.fingerprint()))
          .append(", \"what\": ")
          .append(quote(e.what()))
          .append(", \"reason\": ")
          .append(quote(e.reason()))
          .append('}');
    }
    b.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return b.toString();
  }

  private static String quote(String s) {
    try {
      return LkjipJson.mapper().writeValueAsString(s);
    } catch (JacksonException e) {
      throw new IllegalStateException("bug: a string cannot be written as JSON", e);
    }
  }

  /**
   * Reads a baseline strictly from {@code file}.
   *
   * @throws LkjipInputException if the file cannot be read or is not a valid baseline
   */
  static Baseline read(Path file) {
    String source = file.toString();
    byte[] bytes = Inputs.readBytes(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new LkjipInputException(source, "$", 0, 0, "the file is not UTF-8 text", e);
    }
    return read(source, text);
  }

  /**
   * Reads a baseline strictly from {@code text}.
   *
   * @param source the name of the input in errors
   * @throws LkjipInputException if the text is not a valid baseline
   */
  static Baseline read(String source, String text) {
    JsonParser p;
    try {
      p = LkjipJson.mapper().createParser(text);
    } catch (JacksonException e) {
      throw new LkjipInputException(source, "$", 0, 0, "cannot start reading: " + e, e);
    }
    Reader r = new Reader(source, p);
    try {
      return r.document();
    } catch (JacksonException e) {
      // syntax errors, duplicate properties, limits: located where the parser stopped
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw new LkjipInputException(
          source,
          r.path,
          at.getLineNr(),
          at.getColumnNr(),
          String.valueOf(e.getOriginalMessage()).replace('\n', ' '),
          e);
    } finally {
      try {
        p.close();
      } catch (JacksonException ignored) {
        // an in-memory parser: nothing to release that matters
      }
    }
  }

  /** A hand-written reader of the token stream, so that every error names its place. */
  private static final class Reader {
    private final String source;
    private final JsonParser p;
    String path = "$";

    Reader(String source, JsonParser p) {
      this.source = source;
      this.p = p;
    }

    Baseline document() {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw fail(
            t == null
                ? "the document is empty; expected {\"format\": \""
                    + FORMAT
                    + "\", \"entries\": [...]}"
                : "expected an object {\"format\": \""
                    + FORMAT
                    + "\", \"entries\": [...]}, found "
                    + describe(t));
      }
      boolean formatSeen = false;
      @Nullable List<Entry> entries = null;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        TokenStreamLocation nameAt = p.currentTokenLocation();
        path = "$." + name;
        t = p.nextToken();
        switch (name) {
          case "format" -> {
            String found = string(t, "\"" + FORMAT + "\"");
            if (!found.equals(FORMAT)) {
              throw fail("expected format '" + FORMAT + "', found '" + shorten(found) + "'");
            }
            formatSeen = true;
          }
          case "entries" -> entries = entries(t);
          default ->
              throw failAt(
                  nameAt,
                  "unknown property '" + shorten(name) + "'; expected 'format' and 'entries'");
        }
        path = "$";
      }
      if (!formatSeen) {
        throw fail("missing required property 'format' (expected \"format\": \"" + FORMAT + "\")");
      }
      if (entries == null) {
        throw fail("missing required property 'entries'");
      }
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw fail("unexpected content after the end of the document: found " + describe(trailing));
      }
      return new Baseline(ImmutableList.copyOf(entries));
    }

    private List<Entry> entries(JsonToken t) {
      if (t != JsonToken.START_ARRAY) {
        throw fail("expected an array of entries, found " + describe(t));
      }
      Map<String, Entry> entries = new LinkedHashMap<>();
      int index = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        path = "$.entries[" + index + "]";
        Entry e = entry(t);
        if (entries.containsKey(e.fingerprint())) {
          path = "$.entries[" + index + "].fingerprint";
          throw failAt(
              fingerprintAt,
              "fingerprint '" + e.fingerprint() + "' is listed twice; list each once");
        }
        entries.put(e.fingerprint(), e);
        index++;
      }
      return List.copyOf(entries.values());
    }

    private @Nullable TokenStreamLocation fingerprintAt;

    private Entry entry(JsonToken t) {
      if (t != JsonToken.START_OBJECT) {
        throw fail(
            "expected an object {\"fingerprint\": ..., \"what\": ..., \"reason\": ...}, found "
                + describe(t));
      }
      String entryPath = path;
      TokenStreamLocation start = p.currentTokenLocation();
      @Nullable String fingerprint = null;
      @Nullable String what = null;
      @Nullable String reason = null;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        TokenStreamLocation nameAt = p.currentTokenLocation();
        path = entryPath + "." + name;
        t = p.nextToken();
        switch (name) {
          case "fingerprint" -> {
            fingerprintAt = p.currentTokenLocation();
            fingerprint = string(t, "32 lower-case hex digits");
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
              throw fail(
                  "expected a fingerprint of 32 lower-case hex digits, found '"
                      + shorten(fingerprint)
                      + "'");
            }
          }
          case "what" -> what = string(t, "a description");
          case "reason" -> {
            reason = string(t, "a reason");
            if (reason.isBlank()) {
              throw fail("the reason is empty; say why the problem is accepted");
            }
          }
          default ->
              throw failAt(
                  nameAt,
                  "unknown property '"
                      + shorten(name)
                      + "'; expected 'fingerprint', 'what' and 'reason'");
        }
      }
      path = entryPath;
      if (fingerprint == null) {
        throw failAt(start, "missing required property 'fingerprint'");
      }
      if (what == null) {
        throw failAt(start, "missing required property 'what'");
      }
      if (reason == null) {
        throw failAt(start, "missing required property 'reason'");
      }
      return new Entry(fingerprint, what, reason);
    }

    private String string(@Nullable JsonToken t, String expected) {
      if (t != JsonToken.VALUE_STRING) {
        throw fail("expected a string (" + expected + "), found " + describe(t));
      }
      return p.getString();
    }

    private LkjipInputException fail(String message) {
      return failAt(p.currentTokenLocation(), message);
    }

    private LkjipInputException failAt(@Nullable TokenStreamLocation at, String message) {
      TokenStreamLocation where = at == null ? p.currentTokenLocation() : at;
      return new LkjipInputException(
          source, path, where.getLineNr(), where.getColumnNr(), message, null);
    }
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  private static String shorten(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
  }
}
