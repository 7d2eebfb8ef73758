package org.lkjip.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lkjip.model.Report;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * Keeps {@link ReportBinder} in step with the model and with databind: every model type reachable
 * from {@link Report} is bound, with exactly the property names Jackson gives it (on writing, and
 * on reading through the generated {@code Json} classes), every enum constant is read by its name
 * as Jackson reads it, the count limits are those of {@link ReportReader}, and a report with every
 * property present is read by the fast path. A property added to the model fails here until the
 * binder (and the maximal report below) learn it.
 *
 * <p>Also checks {@link StrictUtf8} against the JDK's strict decoder.
 */
class ReportBinderDriftTests {
  /** The model types reachable from {@link Report}, and the enums among their properties. */
  private static void reachable(Class<?> type, Set<Class<?>> types, Set<Class<?>> enums) {
    if (!types.add(type)) {
      return;
    }
    for (Method m : attributes(type)) {
      Class<?> t = elementType(m.getGenericReturnType());
      if (t.isEnum()) {
        enums.add(t);
      } else if (t.isInterface() && t.getPackage().equals(Report.class.getPackage())) {
        reachable(t, types, enums);
      }
    }
  }

  /**
   * The attributes of a model interface: its abstract accessors, and the default ones that its
   * builder can set ({@code @Value.Default}); lazy attributes are computed, not bound.
   */
  private static List<Method> attributes(Class<?> type) {
    Set<String> settable = new TreeSet<>();
    try {
      Class<?> builder =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Builder");
      for (Method m : builder.getMethods()) {
        settable.add(m.getName());
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated builder for " + type, e);
    }
    return java.util.Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> Modifier.isAbstract(m.getModifiers()) || settable.contains(m.getName()))
        .toList();
  }

  /** The type of an attribute, or of its elements: {@code Optional<X>} and lists give X. */
  private static Class<?> elementType(Type t) {
    if (t instanceof ParameterizedType p) {
      return elementType(p.getActualTypeArguments()[0]);
    }
    return (Class<?>) t;
  }

  /** The property names Jackson writes for a model type. */
  private static Set<String> writtenNames(Class<?> type) {
    Set<String> names = new TreeSet<>();
    LkjipJson.mapper()
        .acceptJsonFormatVisitor(
            type,
            new JsonFormatVisitorWrapper.Base() {
              @Override
              public JsonObjectFormatVisitor expectObjectFormat(JavaType t) {
                return new JsonObjectFormatVisitor.Base(getContext()) {
                  @Override
                  public void property(BeanProperty p) {
                    names.add(p.getName());
                  }

                  @Override
                  public void optionalProperty(BeanProperty p) {
                    names.add(p.getName());
                  }

                  @Override
                  public void property(String name, JsonFormatVisitable h, JavaType hint) {
                    names.add(name);
                  }

                  @Override
                  public void optionalProperty(String name, JsonFormatVisitable h, JavaType hint) {
                    names.add(name);
                  }
                };
              }
            });
    return names;
  }

  /** The property names databind reads: the setters of the generated {@code ImmutableX.Json}. */
  private static Set<String> readNames(Class<?> type) throws ClassNotFoundException {
    Class<?> json =
        Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Json");
    Set<String> names = new TreeSet<>();
    for (Method m : json.getDeclaredMethods()) {
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (p != null) {
        names.add(p.value());
      }
    }
    return names;
  }

  @Test
  void binder_bindsEveryModelTypeAndEnum() {
    Set<Class<?>> types = new LinkedHashSet<>();
    Set<Class<?>> enums = new LinkedHashSet<>();
    reachable(Report.class, types, enums);

    assertThat(ReportBinder.PROPERTIES.keySet()).containsExactlyInAnyOrderElementsOf(types);
    assertThat(new LinkedHashSet<Class<?>>(ReportBinder.ENUMS)).isEqualTo(enums);
  }

  @Test
  void binder_propertyNamesAreJacksons() throws ClassNotFoundException {
    Map<String, Set<String>> binder = new TreeMap<>();
    Map<String, Set<String>> written = new TreeMap<>();
    Map<String, Set<String>> read = new TreeMap<>();
    Map<String, Set<String>> attributes = new TreeMap<>();
    for (Map.Entry<Class<?>, List<String>> e : ReportBinder.PROPERTIES.entrySet()) {
      String type = e.getKey().getSimpleName();
      binder.put(type, new TreeSet<>(e.getValue()));
      written.put(type, writtenNames(e.getKey()));
      read.put(type, readNames(e.getKey()));
      Set<String> names = new TreeSet<>();
      attributes(e.getKey()).forEach(m -> names.add(m.getName()));
      attributes.put(type, names);
    }

    assertThat(binder).isEqualTo(written).isEqualTo(read).isEqualTo(attributes);
  }

  @Test
  void binder_readsEnumsByNameAsJacksonDoes() {
    for (Class<? extends Enum<?>> type : ReportBinder.ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String json = "\"" + constant.name() + "\"";
        assertThat(LkjipJson.mapper().writeValueAsString(constant)).isEqualTo(json);
        assertThat(LkjipJson.mapper().readValue(json, type)).isSameAs(constant);
      }
    }
  }

  @Test
  void binder_countsWhatTheStrictPathCounts() {
    assertThat(ReportReader.COUNT_LIMITS)
        .extracting(JsonDocuments.CountLimit::arrays, JsonDocuments.CountLimit::max)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Set.of("indicators"), Limits.MAX_INDICATORS),
            org.assertj.core.groups.Tuple.tuple(
                Set.of("programs", "activities", "subActivities"), Limits.MAX_BUDGET_LINES));
  }

  /** Records, per model type, the properties a JSON object of that type holds. */
  private static void present(JsonNode node, Class<?> type, Map<Class<?>, Set<String>> seen) {
    Map<String, Class<?>> propertyTypes = new HashMap<>();
    attributes(type)
        .forEach(m -> propertyTypes.put(m.getName(), elementType(m.getGenericReturnType())));
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      seen.computeIfAbsent(type, t -> new TreeSet<>()).add(e.getKey());
      Class<?> child = propertyTypes.get(e.getKey());
      if (child == null || !ReportBinder.PROPERTIES.containsKey(child)) {
        continue;
      }
      JsonNode value = e.getValue();
      for (JsonNode element : value.isArray() ? value.values() : List.of(value)) {
        present(element, child, seen);
      }
    }
  }

  @Test
  void binder_readsAReportWithEveryProperty() {
    Report report = MaximalReport.report();
    String json = new ReportWriter().toJson(report);
    Map<Class<?>, Set<String>> seen = new HashMap<>();
    present(LkjipJson.mapper().readTree(json).get("report"), Report.class, seen);

    for (Map.Entry<Class<?>, List<String>> e : ReportBinder.PROPERTIES.entrySet()) {
      assertThat(seen.get(e.getKey()))
          .as("properties of %s in the maximal report", e.getKey().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(e.getValue());
    }
    ReportBinder.Outcome fast = ReportBinder.bind(json.getBytes(StandardCharsets.UTF_8));
    assertThat(fast.declined()).isNull();
    assertThat(fast.report()).isEqualTo(report).isEqualTo(ReportReader.readStrictly("x", json));
  }

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void strictUtf8_agreesWithTheJdkDecoder() {
    SplittableRandom random = new SplittableRandom(42);
    int valid = 0;
    for (int n = 0; n < 300_000; n++) {
      byte[] b = new byte[random.nextInt(1, 20)];
      for (int i = 0; i < b.length; i++) {
        // Mostly bytes that matter: leads, continuations and the edges of the valid ranges.
        b[i] =
            switch (random.nextInt(4)) {
              case 0 -> (byte) random.nextInt(0x80);
              case 1 -> (byte) random.nextInt(0x80, 0xC0);
              default -> (byte) random.nextInt(0xC0, 0x100);
            };
      }
      boolean jdk = jdkAccepts(b);
      valid += jdk ? 1 : 0;
      assertThat(StrictUtf8.isWellFormed(b, 0, b.length))
          .as("%s", java.util.HexFormat.ofDelimiter(" ").formatHex(b))
          .isEqualTo(jdk);
    }
    assertThat(valid).isGreaterThan(1000);
  }

  @Test
  void strictUtf8_everyTwoToFourByteEdge_agreesWithTheJdkDecoder() {
    int[] edges = {
      0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC1, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5
    };
    for (int a : edges) {
      for (int b : edges) {
        for (int c : edges) {
          for (int d : edges) {
            byte[] bytes = {(byte) a, (byte) b, (byte) c, (byte) d};
            for (int len = 1; len <= 4; len++) {
              byte[] prefix = java.util.Arrays.copyOf(bytes, len);
              assertThat(StrictUtf8.isWellFormed(prefix, 0, len)).isEqualTo(jdkAccepts(prefix));
            }
          }
        }
      }
    }
    // Long ASCII runs around multi-byte characters, to exercise the eight-byte steps.
    for (int at = 0; at < 24; at++) {
      byte[] bytes =
          ("x".repeat(at) + "\u00e9\u4e2d\ud83d\udcc8" + "x".repeat(24))
              .getBytes(StandardCharsets.UTF_8);
      assertThat(StrictUtf8.isWellFormed(bytes, 0, bytes.length)).isTrue();
      for (int k = 0; k < bytes.length; k++) {
        if (bytes[k] >= 0) {
          byte[] bad = bytes.clone();
          bad[k] = (byte) 0x80;
          assertThat(StrictUtf8.isWellFormed(bad, 0, bad.length)).isFalse();
          assertThat(StrictUtf8.isWellFormed(bad, 0, k))
              .isEqualTo(jdkAccepts(java.util.Arrays.copyOf(bad, k)));
        }
      }
    }
  }
}
