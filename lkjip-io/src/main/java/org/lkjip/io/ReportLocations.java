package org.lkjip.io;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
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
    String text = new String(json, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      // The column of a character on the first line would count the mark otherwise; Jackson reads
      // the text after it, so positions are those of the text as an editor shows it.
      text = text.substring(1);
    }
    ImmutableList.Builder<Position> out = ImmutableList.builder();
    try (JsonParser p =
        LkjipJson.factory().createParser(ObjectReadContext.empty(), text.toCharArray())) {
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
