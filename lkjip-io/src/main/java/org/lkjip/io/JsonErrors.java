package org.lkjip.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.InvalidModelException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.IgnoredPropertyException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into one-line, located {@link LkjipInputException}s. */
final class JsonErrors {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
  private static final Pattern MISSING_REQUIRED =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");
  private static final int MAX_QUOTED = 60;

  private JsonErrors() {}

  /**
   * The located error for a Jackson exception.
   *
   * @param p the parser, still open and where the error happened
   * @param objectStarts where each object starts, by path: an object the model rejects is only
   *     known once it is complete, so its opening brace is looked up here
   */
  static LkjipInputException translate(
      String source,
      JsonParser p,
      JacksonException e,
      Map<String, TokenStreamLocation> objectStarts) {
    return translate(source, p, e, objectStarts, false);
  }

  /**
   * The located error for a Jackson exception.
   *
   * @param afterCurrentToken whether the error lies after the parser's current token (a syntax
   *     error of the tokenizing pass found while reading the next token); the path is then that of
   *     the object around, not of the property whose value was complete
   */
  static LkjipInputException translate(
      String source,
      JsonParser p,
      JacksonException e,
      Map<String, TokenStreamLocation> objectStarts,
      boolean afterCurrentToken) {
    String path = JsonDocuments.pathOf(p);
    if (afterCurrentToken && inNextEntry(e) && betweenEntries(p)) {
      // The parser still names the property whose value it finished; the fault is after it.
      path = JsonDocuments.pathOf(p.streamReadContext().getParent());
    }
    TokenStreamLocation at = e.getLocation();
    if (e instanceof ValueInstantiationException && objectStarts.containsKey(path)) {
      at = objectStarts.get(path);
    } else if (e instanceof StreamConstraintsException) {
      // Too deep: the bracket that opens one level too many. Too long: just past the number or
      // string (Jackson measures it only once it has read it all).
      at =
          e.getOriginalMessage().contains("nesting depth")
              ? p.currentTokenLocation()
              : p.currentLocation();
    } else if (e instanceof PropertyBindingException || e instanceof InvalidNullException) {
      // The start of the value of an unknown property, of the null.
      at = p.currentTokenLocation();
    } else if (at == null || at.getLineNr() <= 0) {
      at = p.currentLocation();
    }
    return new LkjipInputException(
        source, path, at.getLineNr(), at.getColumnNr(), problem(p, e), e);
  }

  /**
   * Whether an error of the tokenizing pass is one found while reading the next token: a syntax
   * error or a property name over its length limit; not the end of the input (the path then names
   * the last value read, where the document stops).
   */
  private static boolean inNextEntry(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return e.getOriginalMessage().startsWith("Name length");
    }
    return e instanceof StreamReadException
        && !(e instanceof UnexpectedEndOfInputException)
        && !e.getOriginalMessage().startsWith("Unexpected end-of-input");
  }

  /**
   * Whether the parser stopped between two entries of an object: its last token is a complete value
   * of a property (a scalar, or the end of an object or array).
   */
  private static boolean betweenEntries(JsonParser p) {
    JsonToken last = p.currentToken();
    return last != null
        && (last.isScalarValue() || last.isStructEnd())
        && p.streamReadContext().inObject();
  }

  private static String problem(JsonParser p, JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return limit(e);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return "the document ends too early (truncated?): " + clean(e);
    }
    if (e instanceof InputCoercionException) {
      return "number out of range: " + clean(e);
    }
    if (e instanceof StreamReadException) {
      return syntax(e);
    }
    if (e instanceof InvalidTypeIdException t) {
      String id = t.getTypeId();
      return id == null
          ? "missing the property that says which kind of object this is (e.g. 'kind')"
          : "unknown kind '"
              + quoteShort(id)
              + "' for "
              + t.getBaseType().getRawClass().getSimpleName()
              + " (only the documented kinds exist; no class names are taken from input)";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown property '"
          + quoteShort(u.getPropertyName())
          + "'"
          + known(u.getKnownPropertyIds(), u.getPropertyName());
    }
    if (e instanceof IgnoredPropertyException u) {
      return "property '"
          + quoteShort(u.getPropertyName())
          + "' is derived and not part of the format; remove it";
    }
    if (e instanceof InvalidNullException) {
      return "null is not allowed here; give a value, or leave an optional property out";
    }
    if (e instanceof InvalidFormatException f) {
      return invalidFormat(p, f);
    }
    if (e instanceof MismatchedInputException m) {
      JsonToken found = m.getCurrentToken() != null ? m.getCurrentToken() : p.currentToken();
      return "expected " + expected(m.getTargetType()) + ", found " + describe(found);
    }
    if (e instanceof ValueInstantiationException v) {
      return instantiation(v);
    }
    return "invalid document: " + clean(e);
  }

  private static String limit(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m.contains("nesting depth")) {
      return "nested deeper than "
          + Limits.MAX_NESTING_DEPTH
          + " levels (Limits.MAX_NESTING_DEPTH)";
    }
    if (m.startsWith("Number value length") || m.contains("Number length")) {
      return "number longer than "
          + Limits.MAX_NUMBER_LENGTH
          + " characters (Limits.MAX_NUMBER_LENGTH)";
    }
    if (m.startsWith("String value length")) {
      return "string longer than "
          + Limits.MAX_STRING_LENGTH
          + " characters (Limits.MAX_STRING_LENGTH)";
    }
    if (m.startsWith("Name length")) {
      return "property name longer than "
          + Limits.MAX_NAME_LENGTH
          + " characters (Limits.MAX_NAME_LENGTH)";
    }
    if (m.startsWith("Document length")) {
      return "document longer than "
          + Limits.MAX_DOCUMENT_BYTES
          + " bytes (Limits.MAX_DOCUMENT_BYTES)";
    }
    if (m.startsWith("Token count")) {
      return "more than " + Limits.MAX_TOKEN_COUNT + " tokens (Limits.MAX_TOKEN_COUNT)";
    }
    return "over a limit: " + clean(e);
  }

  private static String syntax(JacksonException e) {
    String m = e.getOriginalMessage();
    Matcher nonStandard = NON_STANDARD.matcher(m);
    if (nonStandard.find()) {
      return "'"
          + nonStandard.group(1)
          + "' is not a JSON number; write a number, or record why there is none with"
          + " \"absence\"";
    }
    Matcher duplicate = DUPLICATE.matcher(m);
    if (duplicate.find()) {
      return "duplicate property '" + quoteShort(duplicate.group(1)) + "'";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "the document ends too early (truncated?): " + clean(e);
    }
    return "malformed JSON: " + clean(e);
  }

  private static String invalidFormat(JsonParser p, InvalidFormatException e) {
    Class<?> target = e.getTargetType();
    Object value = e.getValue();
    if (target != null && target.isEnum() && value instanceof String name) {
      return "unknown value '"
          + quoteShort(name)
          + "' for "
          + target.getSimpleName()
          + "; expected one of "
          + enumValues(target);
    }
    if (value instanceof BigDecimal || (target == BigDecimal.class && value instanceof String)) {
      return "number " + quoteShort(value.toString()) + " is out of range: " + afterColon(e);
    }
    JsonToken found = e.getCurrentToken() != null ? e.getCurrentToken() : p.currentToken();
    return "expected " + expected(target) + ", found " + describe(found);
  }

  private static String instantiation(ValueInstantiationException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InvalidModelException) {
        return String.valueOf(t.getMessage());
      }
      String m = t.getMessage();
      if (t instanceof IllegalStateException && m != null) {
        Matcher missing = MISSING_REQUIRED.matcher(m);
        if (missing.find()) {
          List<String> names =
              Arrays.stream(missing.group(2).split(",")).map(String::trim).toList();
          String type = missing.group(1);
          return names.size() == 1
              ? "missing required property '" + names.get(0) + "' of " + article(type)
              : "missing required properties "
                  + names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                  + " of "
                  + article(type);
        }
      }
      if (t.getCause() == null) {
        return "invalid value: " + (m != null ? m : t.getClass().getSimpleName());
      }
    }
    return "invalid value: " + clean(e);
  }

  private static String article(String type) {
    return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  private static String known(Collection<Object> ids, String unknown) {
    if (ids.isEmpty()) {
      return "";
    }
    return "; allowed here: "
        + ids.stream()
            .map(String::valueOf)
            .filter(id -> !id.equals(unknown))
            .sorted()
            .collect(Collectors.joining(", "));
  }

  private static String enumValues(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    return constants == null
        ? "?"
        : Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** "a number", "a string", ... for a Java target type. */
  static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == BigDecimal.class
        || type == BigInteger.class
        || type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class) {
      return type == BigDecimal.class ? "a number" : "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "a string, one of " + enumValues(type);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type == Optional.class) {
      return "a value";
    }
    return "an object";
  }

  /** Describes a token as a person would: "a string", "an array", "null"... */
  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "'}'";
      case END_ARRAY -> "']'";
      case PROPERTY_NAME -> "a property name";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  /** The path with one more property name: {@code $.a.b} or {@code $['odd name']}. */
  static String append(String path, String name) {
    return IDENTIFIER.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The text, shortened to a readable length and without line breaks. */
  static String quoteShort(String text) {
    String oneLine = text.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED) + "...";
  }

  /** Jackson's message without its location and hints about features to enable. */
  static String clean(JacksonException e) {
    String m = e.getOriginalMessage();
    int hint = m.indexOf(": enable `");
    if (hint >= 0) {
      m = m.substring(0, hint);
    }
    int source = m.indexOf(" (start marker at [Source");
    if (source >= 0) {
      m = m.substring(0, source);
    }
    return m.replace('\n', ' ').replace('\r', ' ');
  }

  private static String afterColon(JacksonException e) {
    String m = clean(e);
    int colon = m.lastIndexOf(": ");
    return colon >= 0 ? m.substring(colon + 2) : m;
  }
}
