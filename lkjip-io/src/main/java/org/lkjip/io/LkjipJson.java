package org.lkjip.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.cfg.MutableConfigOverride;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.datatype.guava.GuavaModule;

/**
 * The one place where lkjip's Jackson {@link JsonMapper} is configured; readers and writers share
 * the instance it builds (a mapper is immutable and thread-safe).
 *
 * <p>Reading is strict: unknown and duplicate properties, {@code null}, trailing tokens, NaN and
 * Infinity, numbers given as strings (and strings as numbers), fractional values for integers, enum
 * values given as numbers and anything over the {@link Limits} are errors. Decimals are read as
 * {@link BigDecimal}, never as binary floating point. No type information is ever taken from the
 * input (no default typing).
 *
 * <p>Writing is deterministic: properties in the order the model declares them (not sorted),
 * decimals in plain notation ({@code 1000}, never {@code 1E+3}), absent optionals and empty
 * collections omitted, and two-space indentation with {@code "\n"} line ends on every platform.
 *
 * @since 0.1
 */
public final class LkjipJson {
  private static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
          .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
          .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
          .maxStringLength(Limits.MAX_STRING_LENGTH)
          .maxNameLength(Limits.MAX_NAME_LENGTH)
          .maxTokenCount(Limits.MAX_TOKEN_COUNT)
          .build();

  /** The stream factory alone, built on first use (cheap: jackson-core only). */
  private static final class Streams {
    static final JsonFactory FACTORY = buildFactory();
  }

  /**
   * The mapper, built on first use: building it loads and configures databind, which costs a
   * one-shot run (a cold {@code lkjip verify}) a few hundred milliseconds, and the hand-written
   * report reader and evaluation writer do not need it.
   */
  private static final class Mappers {
    static final JsonMapper MAPPER = build(Streams.FACTORY);

    static final ObjectWriter PRETTY_WRITER =
        MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
  }

  private LkjipJson() {}

  /** The shared mapper, never null. */
  public static JsonMapper mapper() {
    return Mappers.MAPPER;
  }

  /**
   * The stream factory the shared mapper is built on (the same read features, write features and
   * {@link Limits}), for code that reads or writes tokens without databind; never null.
   */
  static JsonFactory factory() {
    return Streams.FACTORY;
  }

  /**
   * A writer of the shared mapper that indents with two spaces and ends lines with {@code "\n"};
   * never null. It writes no final newline: file writers add one.
   */
  public static ObjectWriter prettyWriter() {
    return Mappers.PRETTY_WRITER;
  }

  private static JsonFactory buildFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(READ_CONSTRAINTS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  private static JsonMapper build(JsonFactory factory) {
    SimpleModule strictNumbers = new SimpleModule("lkjip-strict-numbers");
    strictNumbers.addDeserializer(BigDecimal.class, new StrictDecimalDeserializer());
    strictNumbers.setDeserializerModifier(new ExactEnumNames());
    return JsonMapper.builder(factory)
        .addModule(new GuavaModule())
        .addModule(strictNumbers)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .deactivateDefaultTyping()
        .defaultPrettyPrinter(prettyPrinter())
        .withCoercionConfig(LogicalType.Integer, LkjipJson::failOnScalarCoercion)
        // Jackson's names for the fractional number type and input shape: configured here to
        // refuse coercions; nothing in lkjip is a float or double
        .withCoercionConfig(LogicalType.Float, LkjipJson::failOnScalarCoercion)
        .withCoercionConfig(LogicalType.Boolean, LkjipJson::failOnScalarCoercion)
        .withCoercionConfig(LogicalType.Textual, LkjipJson::failOnScalarCoercion)
        .withCoercionConfig(LogicalType.Enum, LkjipJson::failOnScalarCoercion)
        .withCoercionConfigDefaults(
            c -> {
              c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
              c.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
              c.setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
              c.setAcceptBlankAsEmpty(false);
            })
        .changeDefaultNullHandling(h -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .changeDefaultPropertyInclusion(
            i ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        // Config overrides match the declared type exactly, so each collection type is named.
        .withConfigOverride(ImmutableList.class, LkjipJson::omitWhenEmpty)
        .withConfigOverride(ImmutableSet.class, LkjipJson::omitWhenEmpty)
        .withConfigOverride(ImmutableSortedSet.class, LkjipJson::omitWhenEmpty)
        .withConfigOverride(ImmutableMap.class, LkjipJson::omitWhenEmpty)
        .withConfigOverride(ImmutableSortedMap.class, LkjipJson::omitWhenEmpty)
        .build();
  }

  private static void omitWhenEmpty(MutableConfigOverride o) {
    o.setInclude(
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT));
  }

  private static void failOnScalarCoercion(MutableCoercionConfig c) {
    c.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Reads a {@link BigDecimal} from a JSON number only, never from a string, and rejects decimals
   * whose scale magnitude is over {@link Limits#MAX_DECIMAL_SCALE}. An integer written with an
   * exponent ({@code 1e3}) is read with scale 0, as it is written back.
   */
  static final class StrictDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    StrictDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal v;
        try {
          v = p.getDecimalValue();
        } catch (JacksonException | NumberFormatException e) {
          // An exponent beyond the int range, e.g. 1e2147483648: no BigDecimal can hold it.
          throw ctxt.weirdStringException(
              p.getString(),
              BigDecimal.class,
              "its exponent is out of range (at most " + Limits.MAX_DECIMAL_SCALE + " either way)");
        }
        if (Math.abs((long) v.scale()) > Limits.MAX_DECIMAL_SCALE) {
          throw ctxt.weirdNumberException(
              v,
              BigDecimal.class,
              "its exponent is out of range (scale "
                  + v.scale()
                  + ", at most "
                  + Limits.MAX_DECIMAL_SCALE
                  + " either way)");
        }
        // 1e3 is read as 1000 (scale 0), not 1E+3 (scale -3): decimals are written plain, so a
        // negative scale would not survive writing and reading back.
        return v.scale() < 0 ? v.setScale(0) : v;
      }
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
  }

  /**
   * Makes enum values exact: Jackson accepts {@code "SPENDING "} for {@code SPENDING} (it retries
   * with the text trimmed); lkjip rejects any value with leading or trailing blanks.
   */
  static final class ExactEnumNames extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescRef,
        ValueDeserializer<?> deserializer) {
      return new ExactEnumDeserializer(deserializer, type.getRawClass());
    }
  }

  /** Rejects enum names with surrounding blanks, then lets Jackson's deserializer do the rest. */
  static final class ExactEnumDeserializer extends DelegatingDeserializer {
    private final Class<?> enumType;

    ExactEnumDeserializer(ValueDeserializer<?> delegate, Class<?> enumType) {
      super(delegate);
      this.enumType = enumType;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
      return new ExactEnumDeserializer(newDelegatee, enumType);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String name = p.getString();
        if (!name.equals(name.strip())) {
          throw ctxt.weirdStringException(name, enumType, "blanks around the name");
        }
      }
      return super.deserialize(p, ctxt);
    }
  }
}
