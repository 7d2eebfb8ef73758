package org.lkjip.evaluation.audit;

import java.nio.file.Path;
import org.lkjip.model.Report;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.datatype.guava.GuavaModule;

/**
 * The seed report transcription ({@code examples/data/tebing-tinggi-2022.json}), read with a plain
 * Jackson mapper (lkjip-evaluation cannot depend on lkjip-io). Unknown properties (e.g. the derived
 * {@code isRange} of a target) are ignored.
 */
final class SeedReport {
  static final Path PATH = Path.of("../examples/data/tebing-tinggi-2022.json");

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new GuavaModule())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final Report REPORT = read();

  private SeedReport() {}

  /** The seed report, read once. */
  static Report report() {
    return REPORT;
  }

  private static Report read() {
    JsonNode doc = MAPPER.readTree(PATH.toFile());
    if (!"lkjip-report/1".equals(doc.path("format").asString())) {
      throw new IllegalStateException("not an lkjip-report/1 document: " + PATH);
    }
    return MAPPER.treeToValue(doc.get("report"), Report.class);
  }
}
