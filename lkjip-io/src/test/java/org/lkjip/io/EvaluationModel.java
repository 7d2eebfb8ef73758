package org.lkjip.io;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.lkjip.evaluation.Evaluation;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * What Jackson databind, configured as {@link EvaluationOracle#MAPPER}, writes for an {@link
 * Evaluation}, as its serialization introspection reports it: every object type reachable from
 * {@code Evaluation} with its properties in writing order, and every enum type. Also records which
 * shapes a set of evaluations exercises (each optional present and absent, each collection empty
 * and not, each enum constant, each boolean value), to show that a corpus tests every case.
 */
final class EvaluationModel {
  /**
   * A property as databind writes it: its name, the accessor it is read with, its declared type.
   */
  record Property(String name, String accessor, JavaType type) {
    static Property of(BeanProperty p) {
      return new Property(p.getName(), p.getMember().getName(), p.getType());
    }
  }

  private final Map<Class<?>, List<Property>> objects = new LinkedHashMap<>();
  private final Set<Class<?>> enums = new LinkedHashSet<>();
  private final Set<String> seen = new TreeSet<>();

  /** The model, introspected from {@code Evaluation} down. */
  EvaluationModel() {
    Deque<JavaType> todo = new ArrayDeque<>();
    todo.add(EvaluationOracle.MAPPER.constructType(Evaluation.class));
    while (!todo.isEmpty()) {
      JavaType type = todo.poll();
      while (type.isContainerType() || type.isReferenceType()) {
        type = type.getContentType();
      }
      Class<?> raw = type.getRawClass();
      if (type.isEnumType()) {
        enums.add(raw);
      } else if (!objects.containsKey(raw)) {
        List<Property> properties = properties(type);
        if (properties != null) {
          objects.put(raw, properties);
          properties.forEach(p -> todo.add(p.type()));
        }
      }
    }
  }

  /** Each object type, with its properties in writing order. */
  Map<Class<?>, List<Property>> objects() {
    return objects;
  }

  /** Each enum type. */
  Set<Class<?>> enums() {
    return enums;
  }

  /** The properties of an object type in writing order, or null when it is not written as one. */
  private static @Nullable List<Property> properties(JavaType type) {
    List<Property> properties = new ArrayList<>();
    boolean[] object = {false};
    EvaluationOracle.MAPPER.acceptJsonFormatVisitor(
        type,
        new JsonFormatVisitorWrapper.Base() {
          @Override
          public JsonObjectFormatVisitor expectObjectFormat(JavaType t) {
            object[0] = true;
            return new JsonObjectFormatVisitor.Base(getContext()) {
              @Override
              public void property(BeanProperty p) {
                properties.add(Property.of(p));
              }

              @Override
              public void optionalProperty(BeanProperty p) {
                properties.add(Property.of(p));
              }
            };
          }
        });
    return object[0] ? properties : null;
  }

  /**
   * Every shape that a complete corpus exercises, e.g. "Figure.reason absent", "Status.COMPUTED".
   */
  Set<String> allShapes() {
    Set<String> all = new TreeSet<>();
    objects.forEach(
        (type, properties) -> {
          for (Property p : properties) {
            String at = type.getSimpleName() + "." + p.name();
            if (p.type().isReferenceType()) {
              all.add(at + " present");
              all.add(at + " absent");
            } else if (p.type().isContainerType()) {
              all.add(at + " non-empty");
              all.add(at + " empty");
            } else if (p.type().getRawClass() == boolean.class) {
              all.add(at + " true");
              all.add(at + " false");
            }
          }
        });
    for (Class<?> e : enums) {
      for (Object constant : e.getEnumConstants()) {
        all.add(typeName(e) + "." + ((Enum<?>) constant).name());
      }
    }
    return all;
  }

  /** The shapes recorded so far by {@link #record}. */
  Set<String> seenShapes() {
    return seen;
  }

  /** Records the shapes of an evaluation, walking it through the accessors named by Jackson. */
  void record(Evaluation evaluation) {
    walk(evaluation, EvaluationOracle.MAPPER.constructType(Evaluation.class));
  }

  private void walk(Object value, JavaType type) {
    if (value instanceof Enum<?> e) {
      seen.add(typeName(e.getDeclaringClass()) + "." + e.name());
      return;
    }
    List<Property> properties = objects.get(type.getRawClass());
    if (properties == null) {
      return;
    }
    for (Property p : properties) {
      String at = type.getRawClass().getSimpleName() + "." + p.name();
      Object v = get(value, p.accessor());
      if (v instanceof Optional<?> o) {
        seen.add(at + (o.isPresent() ? " present" : " absent"));
        o.ifPresent(x -> walk(x, p.type().getContentType()));
      } else if (v instanceof Collection<?> c) {
        seen.add(at + (c.isEmpty() ? " empty" : " non-empty"));
        c.forEach(x -> walk(x, p.type().getContentType()));
      } else if (v instanceof Map<?, ?> m) {
        seen.add(at + (m.isEmpty() ? " empty" : " non-empty"));
        m.values().forEach(x -> walk(x, p.type().getContentType()));
      } else if (v instanceof Boolean b) {
        seen.add(at + " " + b);
      } else {
        walk(v, p.type());
      }
    }
  }

  /** A type's name without its package, e.g. "ScaleFinding$Kind". */
  private static String typeName(Class<?> type) {
    return type.getName().substring(type.getPackageName().length() + 1);
  }

  private static Object get(Object bean, String property) {
    try {
      return bean.getClass().getMethod(property).invoke(bean);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + property + " of " + bean.getClass(), e);
    }
  }
}
