package org.lkjip.io;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.lkjip.formulas.FormulaDefinition;

/**
 * Reads and writes formula definitions (formulas as data, for host applications without Java) as a
 * {@value #FORMAT} document: {@code {"format": "lkjip-formulas/1", "formulas": [{"kind": "ratio",
 * "id": "...", ...}, ...]}}, described by the schema {@value Schemas#FORMULAS_1}.
 *
 * <p>Reading is as strict as {@link ReportReader}: same limits, unknown or duplicate properties and
 * unknown {@code kind}s refused (only the fixed kinds ratio, growth, sum and difference exist; no
 * class names are taken from input), and every error is one {@link LkjipInputException} with the
 * source, JSON path, line and column. A definition the formulas module rejects (a reserved {@code
 * lkjip:} id, no inputs on a side, the same input twice) is reported at its object.
 *
 * <p>Instances hold no state and are safe to share between threads.
 *
 * @since 0.1
 */
public final class FormulaDefinitionsIo {
  /** The document format. */
  public static final String FORMAT = FormulaDefinition.FORMAT;

  /** Name of the payload property. */
  public static final String PAYLOAD = "formulas";

  /** Creates a reader/writer. */
  public FormulaDefinitionsIo() {}

  /**
   * Reads the definitions of a UTF-8 file; the file name is the source name in errors.
   *
   * @throws LkjipInputException if the file cannot be read or is not a valid document
   */
  public ImmutableList<FormulaDefinition> read(Path file) {
    String source = file.toString();
    return read(source, JsonSources.decodeUtf8(source, JsonSources.readFile(file)));
  }

  /**
   * Reads the definitions of a document given as UTF-8 bytes (strict: a malformed byte is an error
   * with its line and column).
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the bytes are not a valid document
   * @since 0.1
   */
  public ImmutableList<FormulaDefinition> read(String sourceName, byte[] json) {
    JsonSources.checkSize(sourceName, json.length);
    return read(sourceName, JsonSources.decodeUtf8(sourceName, json));
  }

  /**
   * Reads the definitions of a document given as text.
   *
   * @param sourceName name of the input in error messages
   * @throws LkjipInputException if the text is not a valid document
   */
  public ImmutableList<FormulaDefinition> read(String sourceName, String json) {
    JsonSources.checkSize(sourceName, json.length());
    FormulaDefinition[] definitions =
        JsonDocuments.read(sourceName, json, FORMAT, PAYLOAD, FormulaDefinition[].class);
    return ImmutableList.copyOf(Arrays.asList(definitions));
  }

  /** The document as pretty-printed JSON text ending with a newline; never null. */
  public String toJson(List<? extends FormulaDefinition> definitions) {
    return ReportWriter.envelope(FORMAT, PAYLOAD, definitions.toArray(new FormulaDefinition[0]));
  }
}
