package org.lkjip.io.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.lkjip.io.LkjipJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutants of a valid document, deterministic from a seed: byte flips, deletions, insertions,
 * truncations and copies on the bytes; type swaps, field drops and renames, value extremes,
 * duplicated and dropped array elements and swapped ids on the JSON tree.
 */
final class SeedMutants {
  /** A mutant: its bytes and how it was made, for the failure message. */
  record Mutant(int index, String operator, String description, byte[] bytes) {
    @Override
    public String toString() {
      return "#" + index + " " + operator + ": " + description;
    }
  }

  /** The operators, in the order mutants cycle through them. */
  static final List<String> OPERATORS =
      List.of(
          "bit-flip",
          "delete",
          "insert",
          "truncate",
          "copy-span",
          "type-swap",
          "drop-field",
          "rename-field",
          "extreme-value",
          "duplicate-element",
          "drop-element",
          "swap-reference");

  private static final String EXTREME = "@@lkjip-extreme@@";

  /** Raw number texts written where an extreme value goes. */
  private static final List<String> EXTREMES =
      List.of(
          "0",
          "-0",
          "-1",
          "-0.0001",
          "0.00000000000000000000000000000000000001",
          "1e100",
          "1e-100",
          "1e101",
          "1e999999999",
          "-1e999999999",
          "99999999999999999999999999999999",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "1.5",
          "100.000000001",
          "1" + "0".repeat(99),
          "NaN",
          "Infinity",
          "\"\"",
          "\"   \"",
          "\"\\u0000\"",
          "\"" + "x".repeat(300) + "\"",
          "true",
          "null",
          "[]",
          "{}");

  private static final byte[] INSERTS =
      "{}[]\",:\\0-e. \n\ttrue null 1e9 \"id\" ".getBytes(StandardCharsets.UTF_8);

  private static final int[] RAW_INSERTS = {0x00, 0x01, 0x7F, 0x80, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF};

  private final byte[] original;
  private final JsonNode tree;
  private final List<String> ids;

  SeedMutants(byte[] original) {
    this.original = original.clone();
    this.tree = LkjipJson.mapper().readTree(new String(original, StandardCharsets.UTF_8));
    this.ids = new ArrayList<>();
    collectIds(tree, ids);
  }

  /** {@code count} mutants from {@code seed}, the same every time. */
  List<Mutant> generate(long seed, int count) {
    List<Mutant> mutants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      mutants.add(mutant(seed, i));
    }
    return mutants;
  }

  /**
   * Mutant number {@code index} of {@code seed}: the same every time, and independent of the
   * others, so that mutants can be made in parallel.
   */
  Mutant mutant(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * index);
    return mutate(index, OPERATORS.get(index % OPERATORS.size()), random);
  }

  private Mutant mutate(int index, String operator, SplittableRandom r) {
    byte[] b = original;
    switch (operator) {
      case "bit-flip":
        {
          byte[] m = b.clone();
          int at = r.nextInt(m.length);
          int bit = r.nextInt(8);
          m[at] ^= (byte) (1 << bit);
          return new Mutant(index, operator, "byte " + at + " bit " + bit, m);
        }
      case "delete":
        {
          int at = r.nextInt(b.length);
          int n = 1 + r.nextInt(Math.min(16, b.length - at));
          return new Mutant(index, operator, n + " bytes at " + at, splice(b, at, n, new byte[0]));
        }
      case "insert":
        {
          int at = r.nextInt(b.length + 1);
          byte[] ins = new byte[1 + r.nextInt(8)];
          for (int k = 0; k < ins.length; k++) {
            ins[k] =
                r.nextInt(4) == 0
                    ? (byte) RAW_INSERTS[r.nextInt(RAW_INSERTS.length)]
                    : INSERTS[r.nextInt(INSERTS.length)];
          }
          return new Mutant(
              index, operator, Arrays.toString(ins) + " at " + at, splice(b, at, 0, ins));
        }
      case "truncate":
        {
          int at = r.nextInt(b.length);
          return new Mutant(index, operator, "at " + at, Arrays.copyOf(b, at));
        }
      case "copy-span":
        {
          int from = r.nextInt(b.length);
          int n = 1 + r.nextInt(Math.min(200, b.length - from));
          int to = r.nextInt(b.length + 1);
          return new Mutant(
              index,
              operator,
              n + " bytes from " + from + " to " + to,
              splice(b, to, 0, Arrays.copyOfRange(b, from, from + n)));
        }
      default:
        return treeMutant(index, operator, r);
    }
  }

  private Mutant treeMutant(int index, String operator, SplittableRandom r) {
    JsonNode copy = tree.deepCopy();
    List<Slot> slots = new ArrayList<>();
    collectSlots(copy, "$", slots);
    String description;
    switch (operator) {
      case "type-swap":
        {
          Slot s = pick(slots, r, x -> true);
          JsonNode swapped = swapType(s.get(), r);
          s.set(swapped);
          description = s.path + " -> " + swapped.getNodeType();
          break;
        }
      case "drop-field":
        {
          Slot s = pick(slots, r, x -> x.parent instanceof ObjectNode);
          ((ObjectNode) s.parent).remove(s.name);
          description = "drop " + s.path;
          break;
        }
      case "rename-field":
        {
          Slot s = pick(slots, r, x -> x.parent instanceof ObjectNode);
          String newName = rename(s.name, r);
          ObjectNode o = (ObjectNode) s.parent;
          JsonNode v = o.remove(s.name);
          o.set(newName, v);
          description = s.path + " renamed " + newName;
          break;
        }
      case "extreme-value":
        {
          Slot s = pick(slots, r, x -> x.get().isNumber() || x.get().isString());
          String extreme = EXTREMES.get(r.nextInt(EXTREMES.size()));
          s.set(JsonNodeFactory.instance.stringNode(EXTREME));
          String text = LkjipJson.prettyWriter().writeValueAsString(copy);
          return new Mutant(
              index,
              operator,
              s.path + " = " + extreme,
              text.replace("\"" + EXTREME + "\"", extreme).getBytes(StandardCharsets.UTF_8));
        }
      case "duplicate-element":
        {
          Slot s = pick(slots, r, x -> x.parent instanceof ArrayNode);
          ((ArrayNode) s.parent).insert(s.index, s.get().deepCopy());
          description = "duplicate " + s.path;
          break;
        }
      case "drop-element":
        {
          Slot s = pick(slots, r, x -> x.parent instanceof ArrayNode);
          ((ArrayNode) s.parent).remove(s.index);
          description = "drop " + s.path;
          break;
        }
      case "swap-reference":
        {
          Slot s =
              pick(
                  slots,
                  r,
                  x -> x.get().isString() && x.name != null && REFERENCES.contains(x.name));
          String other = ids.get(r.nextInt(ids.size()));
          s.set(JsonNodeFactory.instance.stringNode(other));
          description = s.path + " = " + other;
          break;
        }
      default:
        throw new IllegalStateException("bug: unknown operator " + operator);
    }
    return new Mutant(
        index, operator, description, LkjipJson.prettyWriter().writeValueAsBytes(copy));
  }

  private static final List<String> REFERENCES =
      List.of("id", "objective", "line", "subject", "dataset", "row", "column", "label");

  private static JsonNode swapType(JsonNode n, SplittableRandom r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> choices = new ArrayList<>();
    if (!n.isString()) {
      choices.add(f.stringNode(n.isValueNode() ? n.asString() : "x"));
    }
    if (!n.isNumber()) {
      choices.add(f.numberNode(java.math.BigDecimal.valueOf(r.nextInt(3000) - 500)));
    }
    if (!n.isObject()) {
      choices.add(f.objectNode().set("value", n.deepCopy()));
    }
    if (!n.isArray()) {
      choices.add(f.arrayNode().add(n.deepCopy()));
    }
    if (!n.isBoolean()) {
      choices.add(f.booleanNode(r.nextBoolean()));
    }
    choices.add(f.nullNode());
    return choices.get(r.nextInt(choices.size()));
  }

  private static String rename(String name, SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return name + "s";
      case 1:
        return name.toUpperCase(java.util.Locale.ROOT);
      case 2:
        return name.isEmpty() ? "x" : name.substring(1);
      default:
        return List.of("id", "name", "value", "type", "@class", "budget", "year").get(r.nextInt(7));
    }
  }

  private static Slot pick(
      List<Slot> slots, SplittableRandom r, java.util.function.Predicate<Slot> p) {
    List<Slot> fit = slots.stream().filter(p).toList();
    return fit.get(r.nextInt(fit.size()));
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    byte[] m = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, m, 0, at);
    System.arraycopy(insert, 0, m, at, insert.length);
    System.arraycopy(b, at + remove, m, at + insert.length, b.length - at - remove);
    return m;
  }

  /** A place in the tree: a property of an object or an element of an array. */
  private static final class Slot {
    final JsonNode parent;
    final @org.jspecify.annotations.Nullable String name;
    final int index;
    final String path;

    Slot(JsonNode parent, @org.jspecify.annotations.Nullable String name, int index, String path) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.path = path;
    }

    JsonNode get() {
      return name != null ? parent.get(name) : parent.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) parent).set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void collectSlots(JsonNode node, String path, List<Slot> slots) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path + "." + e.getKey();
        slots.add(new Slot(o, e.getKey(), -1, p));
        collectSlots(e.getValue(), p, slots);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String p = path + "[" + i + "]";
        slots.add(new Slot(a, null, i, p));
        collectSlots(a.get(i), p, slots);
      }
    }
  }

  private static void collectIds(JsonNode node, List<String> ids) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (REFERENCES.contains(e.getKey()) && e.getValue().isString()) {
          ids.add(e.getValue().asString());
        }
        collectIds(e.getValue(), ids);
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(n -> collectIds(n, ids));
    }
  }
}
