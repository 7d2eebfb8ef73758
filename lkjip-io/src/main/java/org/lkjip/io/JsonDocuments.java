package org.lkjip.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a versioned envelope {@code {"format": NAME, PAYLOAD_PROPERTY: {...}}} strictly, and turns
 * every failure into one {@link LkjipInputException} with source, JSON path, line and column.
 * Shared by the readers of every lkjip document type.
 */
final class JsonDocuments {
  /** The first pass finds duplicate keys itself, to point at the repeated name. */
  private static final ObjectReader FIRST_PASS =
      LkjipJson.mapper().reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  /** One payload reader per type, built once (building a reader per document costs). */
  private static final ClassValue<ObjectReader> PAYLOAD_READERS =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return LkjipJson.mapper()
              .readerFor(type)
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
      };

  private JsonDocuments() {}

  /**
   * A limit on how many objects a document may hold in arrays with given property names, over the
   * whole document (e.g. every object in any array named {@code "indicators"}).
   *
   * @param arrays names of the arrays whose elements count
   * @param max the most elements allowed, over all those arrays together
   * @param what the elements in words, plural, e.g. "indicators"
   * @param constant the name of the {@link Limits} constant, for the message
   */
  record CountLimit(Set<String> arrays, int max, String what, String constant) {}

  /**
   * Reads one envelope document from text.
   *
   * @param source name of the input for messages
   * @param text the whole document
   * @param format the expected value of {@code "format"}
   * @param payloadProperty the name of the payload property, e.g. {@code "report"}
   * @param type the payload type
   */
  static <T> T read(
      String source, String text, String format, String payloadProperty, Class<T> type) {
    return read(source, text, format, payloadProperty, type, List.of());
  }

  /**
   * Reads one envelope document from text, first checking that it holds no more objects than {@code
   * countLimits} allow.
   */
  static <T> T read(
      String source,
      String text,
      String format,
      String payloadProperty,
      Class<T> type,
      List<CountLimit> countLimits) {
    checkWellFormed(source, text, countLimits, false);
    // The payload is read from inside the envelope; trailing content is checked after the envelope.
    ObjectReader reader = PAYLOAD_READERS.get(type);
    JsonParser p;
    try {
      p = LkjipJson.mapper().createParser(text.toCharArray());
    } catch (JacksonException e) {
      throw new LkjipInputException(source, "$", 0, 0, "cannot start reading: " + e, e);
    }
    // Not try-with-resources: the parser must still be open when an error is located.
    try {
      return readEnvelope(source, p, reader, format, payloadProperty, type);
    } catch (LkjipInputException e) {
      throw e;
    } catch (JacksonException e) {
      // Only now, on the error path, find where each object starts (the text is well-formed).
      throw JsonErrors.translate(source, p, e, checkWellFormed(source, text, countLimits, true));
    } catch (RuntimeException e) {
      // Anything else is a bug somewhere below; still report it located, never raw.
      TokenStreamLocation at = p.currentLocation();
      throw new LkjipInputException(
          source, pathOf(p), at.getLineNr(), at.getColumnNr(), "cannot read the document: " + e, e);
    }
  }

  /**
   * Reads a document that is one plain object of {@code type} (no envelope), such as a rule set,
   * with the same first pass, limits and located errors as an envelope document.
   */
  static <T> T readObject(String source, String text, Class<T> type) {
    checkWellFormed(source, text, List.of(), false);
    ObjectReader reader = PAYLOAD_READERS.get(type);
    JsonParser p;
    try {
      p = LkjipJson.mapper().createParser(text.toCharArray());
    } catch (JacksonException e) {
      throw new LkjipInputException(source, "$", 0, 0, "cannot start reading: " + e, e);
    }
    // Not try-with-resources: the parser must still be open when an error is located.
    try {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw fail(source, p, "$", "expected an object, found " + JsonErrors.describe(t));
      }
      T value = reader.readValue(p);
      checkNothingAfter(source, p);
      return value;
    } catch (LkjipInputException e) {
      throw e;
    } catch (JacksonException e) {
      throw JsonErrors.translate(source, p, e, checkWellFormed(source, text, List.of(), true));
    } catch (RuntimeException e) {
      TokenStreamLocation at = p.currentLocation();
      throw new LkjipInputException(
          source, pathOf(p), at.getLineNr(), at.getColumnNr(), "cannot read the document: " + e, e);
    }
  }

  /**
   * The first pass: tokenizes the whole document, so that syntax errors, duplicate keys, NaN,
   * limits and trailing content are reported wherever they are, before any binding error.
   *
   * @param collectObjectStarts whether to record where each object starts (costly: a path per
   *     object), which only an error message needs
   * @return where each object starts, by JSON path, so that an object the model rejects can be
   *     pointed at by its opening brace; empty unless {@code collectObjectStarts}
   */
  private static Map<String, TokenStreamLocation> checkWellFormed(
      String source, String text, List<CountLimit> countLimits, boolean collectObjectStarts) {
    Map<String, TokenStreamLocation> objectStarts = new HashMap<>();
    int[] counts = new int[countLimits.size()];
    JsonParser p;
    try {
      // Duplicate keys are found here rather than by Jackson, to point at the repeated name.
      p = FIRST_PASS.createParser(text.toCharArray());
    } catch (JacksonException e) {
      throw new LkjipInputException(source, "$", 0, 0, "cannot start reading: " + e, e);
    }
    // Not try-with-resources: the parser must still be open when an error is located.
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new LkjipInputException(source, "$", 1, 1, "the document is empty", null);
      }
      Deque<Set<String>> names = new ArrayDeque<>();
      int depth = 0;
      do {
        if (t == JsonToken.START_OBJECT) {
          TokenStreamContext container = p.streamReadContext().getParent();
          if (collectObjectStarts) {
            objectStarts.put(pathOf(container), p.currentTokenLocation());
          }
          checkCount(source, p, container, countLimits, counts);
          names.push(new HashSet<>());
          depth++;
        } else if (t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT) {
          names.pop();
          depth--;
        } else if (t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME && !names.element().add(p.currentName())) {
          throw fail(
              source,
              p,
              pathOf(p),
              "duplicate property '" + JsonErrors.quoteShort(p.currentName()) + "'");
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
        if (t == null) {
          // Jackson reports a truncated document itself; this is a guard.
          throw fail(source, p, pathOf(p), "the document ends too early (truncated?)");
        }
      } while (true);
      checkNothingAfter(source, p);
      return objectStarts;
    } catch (LkjipInputException e) {
      throw e;
    } catch (JacksonException e) {
      throw JsonErrors.translate(source, p, e, Map.of(), afterCurrentToken(text, p));
    } catch (RuntimeException e) {
      TokenStreamLocation at = p.currentLocation();
      throw new LkjipInputException(
          source, pathOf(p), at.getLineNr(), at.getColumnNr(), "cannot read the document: " + e, e);
    } finally {
      close(p);
    }
  }

  /**
   * Whether a syntax error of the first pass lies after the parser's current token rather than
   * inside it: the parser skips the rest of a string only when it reads the next token, so an error
   * inside a string (a raw control character, a bad escape) comes while that string is still the
   * current token.
   */
  private static boolean afterCurrentToken(String text, JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return true;
    }
    TokenStreamLocation at = p.currentLocation();
    long start = p.currentTokenLocation().getCharOffset();
    if (start < 0 || start >= text.length() || text.charAt((int) start) != '"') {
      // The parser has already moved its token location on to the next token.
      return true;
    }
    int before = (int) start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (p.streamReadContext().inObject() && (before < 0 || text.charAt(before) != ':')) {
      // The token location is at the next property name already.
      return true;
    }
    int i = (int) start + 1;
    while (i < text.length() && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return at.getCharOffset() > i;
  }

  /** Counts an object that starts in {@code container}; fails once a count limit is passed. */
  private static void checkCount(
      String source,
      JsonParser p,
      @Nullable TokenStreamContext container,
      List<CountLimit> countLimits,
      int[] counts) {
    if (countLimits.isEmpty() || container == null || !container.inArray()) {
      return;
    }
    TokenStreamContext owner = container.getParent();
    String arrayName = owner == null ? null : owner.currentName();
    if (arrayName == null) {
      return;
    }
    for (int i = 0; i < counts.length; i++) {
      CountLimit limit = countLimits.get(i);
      if (limit.arrays().contains(arrayName) && ++counts[i] > limit.max()) {
        throw fail(
            source,
            p,
            pathOf(container),
            "more than " + limit.max() + " " + limit.what() + " (" + limit.constant() + ")");
      }
    }
  }

  private static void close(JsonParser p) {
    try {
      p.close();
    } catch (JacksonException ignored) {
      // Closing an in-memory parser cannot fail in a way that matters to the reader.
    }
  }

  private static void checkNothingAfter(String source, JsonParser p) {
    try {
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw fail(
            source,
            p,
            "$",
            "unexpected content after the end of the document: found "
                + JsonErrors.describe(trailing));
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw new LkjipInputException(
          source,
          "$",
          at.getLineNr(),
          at.getColumnNr(),
          "unexpected content after the end of the document: " + JsonErrors.clean(e),
          e);
    }
  }

  private static <T> T readEnvelope(
      String source,
      JsonParser p,
      ObjectReader reader,
      String format,
      String payloadProperty,
      Class<T> type) {
    String envelopeShape = "{\"format\": \"" + format + "\", \"" + payloadProperty + "\": {...}}";
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fail(source, p, "$", "the document is empty; expected " + envelopeShape);
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail(
          source,
          p,
          "$",
          "expected an object " + envelopeShape + ", found " + JsonErrors.describe(t));
    }
    boolean formatSeen = false;
    @Nullable T payload = null;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("format")) {
        if (t != JsonToken.VALUE_STRING) {
          throw fail(
              source,
              p,
              "$.format",
              "expected a string \"" + format + "\", found " + JsonErrors.describe(t));
        }
        String found = p.getString();
        if (!format.equals(found)) {
          throw fail(
              source,
              p,
              "$.format",
              "expected format '" + format + "', found '" + JsonErrors.quoteShort(found) + "'");
        }
        formatSeen = true;
      } else if (name.equals(payloadProperty)) {
        JsonToken expected = type.isArray() ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
        if (t != expected) {
          throw fail(
              source,
              p,
              "$." + payloadProperty,
              "expected "
                  + (type.isArray() ? "an array" : "an object")
                  + ", found "
                  + JsonErrors.describe(t));
        }
        payload = reader.readValue(p);
      } else {
        throw fail(
            source,
            p,
            JsonErrors.append("$", name),
            "unknown property '"
                + JsonErrors.quoteShort(name)
                + "'; expected 'format' and '"
                + payloadProperty
                + "'");
      }
    }
    if (!formatSeen) {
      throw fail(
          source,
          p,
          "$",
          "missing required property 'format' (expected \"format\": \"" + format + "\")");
    }
    if (payload == null) {
      throw fail(source, p, "$", "missing required property '" + payloadProperty + "'");
    }
    checkNothingAfter(source, p);
    return type.cast(payload);
  }

  private static LkjipInputException fail(
      String source, JsonParser p, String path, String message) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new LkjipInputException(source, path, at.getLineNr(), at.getColumnNr(), message, null);
  }

  /** The JSON path of the parser's position, e.g. {@code $.report.goals[0].name}. */
  static String pathOf(JsonParser p) {
    return pathOf(p.streamReadContext());
  }

  static String pathOf(@Nullable TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push("[" + c.getCurrentIndex() + "]");
        }
      } else {
        String name = c.currentName();
        if (name != null) {
          segments.push(JsonErrors.append("", name));
        }
      }
    }
    StringBuilder b = new StringBuilder("$");
    segments.forEach(b::append);
    return b.toString();
  }
}
