package org.lkjip.io;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where things are in an {@code lkjip-report/1} document, for output that points into the input
 * (SARIF regions, editors). It reads tokens only, after {@link ReportReader} has accepted the
 * document, and so assumes the document is valid.
 *
 * @since 0.2
 */
public final class ReportLocations {
  private ReportLocations() {}

  /**
   * A place in a JSON document.
   *
   * @param line 1-based line
   * @param column 1-based column, in UTF-16 code units (the SARIF default), of the token's first
   *     character
   */
  public record Position(int line, int column) {}

  /**
   * For each element of {@code $.report.published}, in order, where its {@code printed} value
   * starts (its opening quote); where an element has no {@code printed}, where the element starts.
   * Empty when the document has no {@code published} array.
   *
   * @param json the document as read by {@link ReportReader}: UTF-8, an optional byte order mark
   * @throws IllegalArgumentException if the document is not well-formed JSON
   */
  public static ImmutableList<Position> publishedPrinted(byte[] json) {
    ImmutableList.Builder<Position> out = ImmutableList.builder();
    try (JsonParser p =
        LkjipJson.factory().createParser(ObjectReadContext.empty(), text(json).toCharArray())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return ImmutableList.of();
      }
      if (!enterMember(p, "report", JsonToken.START_OBJECT)) {
        return ImmutableList.of();
      }
      if (!enterMember(p, "published", JsonToken.START_ARRAY)) {
        return ImmutableList.of();
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          out.add(position(p.currentTokenLocation()));
          p.skipChildren();
          continue;
        }
        TokenStreamLocation element = p.currentTokenLocation();
        TokenStreamLocation printed = null;
        for (JsonToken m = p.nextToken(); m == JsonToken.PROPERTY_NAME; m = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          if (printed == null && "printed".equals(name)) {
            printed = p.currentTokenLocation();
          }
          p.skipChildren();
        }
        out.add(position(printed == null ? element : printed));
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "bug: the report was accepted but cannot be re-read for locations: " + e.getMessage(), e);
    }
    return out.build();
  }

  /**
   * Where the value at {@code path} starts in {@code json}: a path of member names and array
   * indexes from the document's root, as lkjip's error messages write it ({@code
   * $.report.goals[0].objectives[1].indicators[0].inputs[2]}). Empty when the document has no such
   * value or the path is not of that form.
   *
   * @param json the document as read by {@link ReportReader}: UTF-8, an optional byte order mark
   * @throws IllegalArgumentException if the document is not well-formed JSON
   * @since 0.4
   */
  public static Optional<Position> at(byte[] json, String path) {
    Optional<List<Object>> steps = steps(path);
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    try (JsonParser p =
        LkjipJson.factory().createParser(ObjectReadContext.empty(), text(json).toCharArray())) {
      JsonToken t = p.nextToken();
      for (Object step : steps.get()) {
        if (step instanceof String name) {
          if (t != JsonToken.START_OBJECT || !enterMember(p, name)) {
            return Optional.empty();
          }
        } else if (t != JsonToken.START_ARRAY || !enterElement(p, (Integer) step)) {
          return Optional.empty();
        }
        t = p.currentToken();
      }
      return Optional.of(position(p.currentTokenLocation()));
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "bug: the report was accepted but cannot be re-read for locations: " + e.getMessage(), e);
    }
  }

  /** The member names and indexes of {@code $.a.b[2].c}, or empty if it is not such a path. */
  private static Optional<List<Object>> steps(String path) {
    if (!path.startsWith("$")) {
      return Optional.empty();
    }
    List<Object> out = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == i + 1) {
          return Optional.empty();
        }
        out.add(path.substring(i + 1, end));
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          return Optional.empty();
        }
        try {
          out.add(Integer.parseInt(path.substring(i + 1, end)));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        i = end + 1;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  /** Moves from the start of an object to the value of its member {@code name}, if there. */
  private static boolean enterMember(JsonParser p, String name) {
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String n = p.currentName();
      p.nextToken();
      if (name.equals(n)) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  /** Moves from the start of an array to its element {@code index}, if there. */
  private static boolean enterElement(JsonParser p, int index) {
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (i == index) {
        return true;
      }
      p.skipChildren();
      i++;
    }
    return false;
  }

  /**
   * The document's text without a leading byte order mark: the column of a character on the first
   * line would count the mark otherwise; Jackson reads the text after it, so positions are those of
   * the text as an editor shows it.
   */
  private static String text(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Moves from the start of an object to the value of its member {@code name}, skipping other
   * members; whether the member is there and starts with {@code expected}.
   */
  private static boolean enterMember(JsonParser p, String name, JsonToken expected) {
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String n = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals(n)) {
        return value == expected;
      }
      p.skipChildren();
    }
    return false;
  }

  private static Position position(TokenStreamLocation at) {
    return new Position(at.getLineNr(), at.getColumnNr());
  }
}
