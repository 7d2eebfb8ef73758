package org.lkjip.io;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * A {@link DefaultPrettyPrinter} that writes exactly what the printer it copies writes, each
 * separator with its line end and indentation as one pre-encoded string per nesting level: one
 * {@link JsonGenerator#writeRaw(SerializableString)} (a byte copy in a UTF-8 generator) where the
 * original writes the separator, the line end and the indentation as three pieces of text to
 * encode.
 *
 * <p>The copied printer must indent objects and arrays with a {@link DefaultIndenter}, as {@link
 * LkjipJson}'s does.
 */
final class IndentingPrinter extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  /** Nesting levels whose strings are made once; deeper ones are made when needed. */
  private static final int LEVELS = 24;

  private final Strings strings;

  /**
   * A printer that writes what {@code base} writes.
   *
   * @throws IllegalArgumentException if {@code base} does not indent with {@link DefaultIndenter}s
   */
  IndentingPrinter(DefaultPrettyPrinter base) {
    super(base);
    this.strings = new Strings(this);
  }

  private IndentingPrinter(IndentingPrinter base) {
    super(base);
    this.strings = base.strings;
  }

  /** A fresh printer for one generator (a printer counts the nesting of what it writes). */
  @Override
  public IndentingPrinter createInstance() {
    return new IndentingPrinter(this);
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    ++_nesting;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    g.writeRaw(strings.objectFirst(_nesting));
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(strings.nameValue);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(strings.objectNext(_nesting));
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) {
    --_nesting;
    g.writeRaw(nrOfEntries > 0 ? strings.objectEnd(_nesting) : strings.emptyObjectEnd);
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    ++_nesting;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    g.writeRaw(strings.arrayFirst(_nesting));
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(strings.arrayNext(_nesting));
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) {
    --_nesting;
    g.writeRaw(nrOfValues > 0 ? strings.arrayEnd(_nesting) : strings.emptyArrayEnd);
  }

  /** The strings a printer writes, shared by its instances. */
  private static final class Strings {
    final SerializedString nameValue;
    final SerializedString emptyObjectEnd;
    final SerializedString emptyArrayEnd;
    private final Indentation objectFirst;
    private final Indentation objectNext;
    private final Indentation objectEnd;
    private final Indentation arrayFirst;
    private final Indentation arrayNext;
    private final Indentation arrayEnd;

    Strings(IndentingPrinter p) {
      DefaultIndenter objects = indenter(p._objectIndenter);
      DefaultIndenter arrays = indenter(p._arrayIndenter);
      nameValue = new SerializedString(p._objectNameValueSeparator);
      emptyObjectEnd = new SerializedString(p._objectEmptySeparator + "}");
      emptyArrayEnd = new SerializedString(p._arrayEmptySeparator + "]");
      objectFirst = new Indentation("", objects, "");
      objectNext = new Indentation(p._objectEntrySeparator, objects, "");
      objectEnd = new Indentation("", objects, "}");
      arrayFirst = new Indentation("", arrays, "");
      arrayNext = new Indentation(p._arrayElementSeparator, arrays, "");
      arrayEnd = new Indentation("", arrays, "]");
    }

    private static DefaultIndenter indenter(Indenter indenter) {
      if (indenter instanceof DefaultIndenter d && !d.isInline()) {
        return d;
      }
      throw new IllegalArgumentException("bug: the printer does not indent with a DefaultIndenter");
    }

    SerializableString objectFirst(int level) {
      return objectFirst.at(level);
    }

    SerializableString objectNext(int level) {
      return objectNext.at(level);
    }

    SerializableString objectEnd(int level) {
      return objectEnd.at(level);
    }

    SerializableString arrayFirst(int level) {
      return arrayFirst.at(level);
    }

    SerializableString arrayNext(int level) {
      return arrayNext.at(level);
    }

    SerializableString arrayEnd(int level) {
      return arrayEnd.at(level);
    }
  }

  /**
   * {@code before}, then what a {@link DefaultIndenter} writes for a level (its line end and the
   * level's indentation), then {@code after}: made once for the first {@link #LEVELS} levels.
   */
  private static final class Indentation {
    private final String before;
    private final String eol;
    private final String indent;
    private final String after;
    private final SerializedString[] levels = new SerializedString[LEVELS];

    Indentation(String before, DefaultIndenter indenter, String after) {
      this.before = before;
      this.eol = indenter.getEol();
      this.indent = indenter.getIndent();
      this.after = after;
      for (int level = 0; level < LEVELS; level++) {
        levels[level] = make(level);
      }
    }

    SerializableString at(int level) {
      return level >= 0 && level < LEVELS ? levels[level] : make(level);
    }

    private SerializedString make(int level) {
      return new SerializedString(before + eol + indent.repeat(Math.max(0, level)) + after);
    }
  }
}
