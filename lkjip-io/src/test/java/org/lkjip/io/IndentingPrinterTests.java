package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link IndentingPrinter} writes what {@link LkjipJson}'s pretty printer writes, at every nesting
 * level (beyond the levels it makes up front too), for empty and full objects and arrays, as text
 * and as UTF-8.
 */
class IndentingPrinterTests {
  private static final ObjectWriter ORIGINAL = LkjipJson.prettyWriter();
  private static final ObjectWriter INDENTING =
      ORIGINAL.with(
          new IndentingPrinter(
              (DefaultPrettyPrinter)
                  LkjipJson.mapper().serializationConfig().getDefaultPrettyPrinter()));

  private static JsonNode tree(SplittableRandom r, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (depth == 0) {
      return switch (r.nextInt(4)) {
        case 0 -> f.textNode("t" + r.nextInt(10));
        case 1 -> f.numberNode(BigDecimal.valueOf(r.nextLong(), r.nextInt(5)));
        case 2 -> f.booleanNode(r.nextBoolean());
        default -> r.nextBoolean() ? f.objectNode() : f.arrayNode();
      };
    }
    if (r.nextBoolean()) {
      ObjectNode o = f.objectNode();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        o.set("k" + i, tree(r, r.nextInt(depth)));
      }
      return o;
    }
    ArrayNode a = f.arrayNode();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      a.add(tree(r, r.nextInt(depth)));
    }
    return a;
  }

  /** An object nested {@code depth} deep, then an array nested as deep, both with siblings. */
  private static JsonNode deep(int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode inner = f.arrayNode().add(1).add(f.objectNode()).add(f.arrayNode());
    for (int i = 0; i < depth; i++) {
      ObjectNode o = f.objectNode();
      o.put("before", i);
      o.set("child", i % 2 == 0 ? inner : f.arrayNode().add(inner).add(i));
      o.set("empty", f.objectNode());
      inner = o;
    }
    return inner;
  }

  private static void assertSame(JsonNode node) {
    assertThat(INDENTING.writeValueAsString(node)).isEqualTo(ORIGINAL.writeValueAsString(node));
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    INDENTING.writeValue(a, node);
    ORIGINAL.writeValue(b, node);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void write_deepNesting_sameAsOriginalPrinter() {
    assertSame(deep(40));
  }

  @Test
  void write_randomTrees_sameAsOriginalPrinter() {
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 2_000; i++) {
      assertSame(tree(r, r.nextInt(1, 12)));
    }
  }

  @Test
  void write_emptyRoots_sameAsOriginalPrinter() {
    assertSame(JsonNodeFactory.instance.objectNode());
    assertSame(JsonNodeFactory.instance.arrayNode());
  }
}
