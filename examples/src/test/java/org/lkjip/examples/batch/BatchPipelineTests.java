package org.lkjip.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.batch.BatchPipeline.OnError;
import org.lkjip.examples.batch.BatchPipeline.Options;
import org.lkjip.examples.batch.BatchPipeline.Summary;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.LkjipJson;
import tools.jackson.databind.JsonNode;

class BatchPipelineTests {
  private static final int REPORTS = 24;

  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  /** {@code count} generated report lines. */
  private static List<byte[]> lines(int count) {
    List<byte[]> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(Ndjson.report(SyntheticReports.generate(SyntheticReports.seedOf(5, i))));
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** The line without its final newline, as the pipeline hashes it. */
  private static byte[] content(byte[] line) {
    return java.util.Arrays.copyOf(line, line.length - 1);
  }

  private static BatchPipeline evaluating(OnError onError, int workers) {
    return new BatchPipeline(
        Processors.evaluate(FormulaRegistry.standard(), RuleSets.recommended()),
        Options.defaults().withWorkers(workers).withOnError(onError));
  }

  private static List<JsonNode> outputDocuments(byte[] output) {
    List<JsonNode> docs = new ArrayList<>();
    for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        docs.add(LkjipJson.mapper().readTree(line));
      }
    }
    return docs;
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private Summary run(BatchPipeline pipeline, byte[] input, ByteArrayOutputStream out)
      throws IOException {
    return pipeline.run(new ByteArrayInputStream(input), "in.ndjson", out, err);
  }

  @Test
  void run_fourWorkers_outputInInputOrder() throws IOException {
    List<byte[]> lines = lines(REPORTS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Summary s = run(evaluating(OnError.STOP, 4), join(lines), out);
    List<JsonNode> docs = outputDocuments(out.toByteArray());
    assertThat(docs).hasSize(REPORTS);
    for (int i = 0; i < REPORTS; i++) {
      assertThat(docs.get(i).get("format").asString()).isEqualTo(Ndjson.EVALUATION_FORMAT);
      assertThat(docs.get(i).get("evaluation").get("inputHash").asString())
          .as("output line %d", i + 1)
          .isEqualTo(Processors.sha256(content(lines.get(i))));
    }
    assertThat(s.lines()).isEqualTo(REPORTS);
    assertThat(s.written()).isEqualTo(REPORTS);
    assertThat(s.bad()).isZero();
    assertThat(s.stopped()).isFalse();
    assertThat(err()).contains("batch: 24 lines read, 24 written, 0 bad");
  }

  @Test
  void run_oneWorkerAndFour_sameBytes() throws IOException {
    byte[] input = join(lines(8));
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    ByteArrayOutputStream four = new ByteArrayOutputStream();
    run(evaluating(OnError.STOP, 1), input, one);
    run(evaluating(OnError.STOP, 4), input, four);
    assertThat(four.toByteArray()).isEqualTo(one.toByteArray());
  }

  @Test
  void run_skipMode_badLineReportedWithItsNumberAndSkipped() throws IOException {
    List<byte[]> lines = lines(6);
    lines.set(
        2, "{\"format\": \"lkjip-report/1\", \"report\": {\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Summary s = run(evaluating(OnError.SKIP, 2), join(lines), out);
    List<JsonNode> docs = outputDocuments(out.toByteArray());
    // every line keeps its place: the bad one is an error record, the others their results
    assertThat(docs).hasSize(6);
    for (int i = 0; i < docs.size(); i++) {
      assertThat(docs.get(i).get("format").asString())
          .as("output line %d", i + 1)
          .isEqualTo(i == 2 ? BatchPipeline.ERROR_FORMAT : Ndjson.EVALUATION_FORMAT);
    }
    JsonNode error = docs.get(2).get("error");
    assertThat(error.get("input").asString()).isEqualTo("in.ndjson");
    assertThat(error.get("line").asLong()).isEqualTo(3);
    assertThat(error.get("path").asString()).startsWith("$");
    assertThat(error.get("message").asString()).isNotBlank();
    assertThat(s.bad()).isEqualTo(1);
    assertThat(s.written()).isEqualTo(5);
    assertThat(s.stopped()).isFalse();
    assertThat(err())
        .containsPattern("(?m)^lkjip: error: in\\.ndjson:3(:\\d+)?: .*\\(line skipped\\)$");
    assertThat(BatchRun.exitCode(s)).isEqualTo(BatchRun.EXIT_SKIPPED);
  }

  @Test
  void run_badValue_reportsLineColumnAndPath() throws IOException {
    List<byte[]> lines = lines(3);
    String good = new String(lines.get(1), StandardCharsets.UTF_8);
    String bad = good.replaceFirst("\"fiscalYear\":(\\d+)", "\"fiscalYear\":\"x\"");
    int column = bad.indexOf("\"x\"") + 1;
    lines.set(1, bad.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    run(evaluating(OnError.SKIP, 1), join(lines), out);
    assertThat(err()).contains("in.ndjson:2:" + column + ": $.report.fiscalYear: ");
    JsonNode error = outputDocuments(out.toByteArray()).get(1).get("error");
    assertThat(error.get("column").asInt()).isEqualTo(column);
    assertThat(error.get("path").asString()).isEqualTo("$.report.fiscalYear");
  }

  @Test
  void run_stopMode_nothingAfterTheBadLine() throws IOException {
    List<byte[]> lines = lines(8);
    lines.set(4, "not json\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Summary s = run(evaluating(OnError.STOP, 2), join(lines), out);
    assertThat(s.stopped()).isTrue();
    assertThat(s.bad()).isEqualTo(1);
    assertThat(s.written()).isEqualTo(4);
    assertThat(outputDocuments(out.toByteArray())).hasSize(4);
    assertThat(err()).containsPattern("(?m)^lkjip: error: in\\.ndjson:5(:\\d+)?: .*stopping");
    assertThat(BatchRun.exitCode(s)).isEqualTo(BatchRun.EXIT_STOPPED);
  }

  @Test
  void run_blankLinesAndCrlf_countedNotLost() throws IOException {
    List<byte[]> lines = lines(2);
    String first = new String(lines.get(0), StandardCharsets.UTF_8);
    byte[] input =
        (first.substring(0, first.length() - 1)
                + "\r\n\n   \n"
                + new String(lines.get(1), StandardCharsets.UTF_8).trim())
            .getBytes(StandardCharsets.UTF_8); // no final newline
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Summary s = run(evaluating(OnError.STOP, 2), input, out);
    assertThat(s.lines()).isEqualTo(4);
    assertThat(s.blank()).isEqualTo(2);
    assertThat(s.written()).isEqualTo(2);
    assertThat(outputDocuments(out.toByteArray())).hasSize(2);
  }

  @Test
  void batchRun_stopWritingAFile_outputFileAbsent() throws IOException {
    List<byte[]> lines = lines(5);
    lines.set(3, "{}\n".getBytes(StandardCharsets.UTF_8));
    Path in = dir.resolve("in.ndjson");
    Files.write(in, join(lines));
    Path outFile = dir.resolve("out.ndjson");
    Summary s =
        BatchRun.run(
            evaluating(OnError.STOP, 2),
            in.toString(),
            outFile.toString(),
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            err);
    assertThat(s.stopped()).isTrue();
    assertThat(outFile).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(in); // no temporary file left behind
    }
    assertThat(err()).contains(in + ":4");
  }

  @Test
  void batchRun_skipWritingAFile_fileHasTheGoodLines() throws IOException {
    List<byte[]> lines = lines(5);
    lines.set(0, "[1, 2]\n".getBytes(StandardCharsets.UTF_8));
    Path in = dir.resolve("in.ndjson");
    Files.write(in, join(lines));
    Path outFile = dir.resolve("out.ndjson");
    Summary s =
        BatchRun.run(
            evaluating(OnError.SKIP, 2),
            in.toString(),
            outFile.toString(),
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            err);
    assertThat(s.written()).isEqualTo(4);
    List<JsonNode> docs = outputDocuments(Files.readAllBytes(outFile));
    assertThat(docs).hasSize(5);
    assertThat(docs.get(0).get("format").asString()).isEqualTo(BatchPipeline.ERROR_FORMAT);
    assertThat(docs.get(0).get("error").get("line").asLong()).isEqualTo(1);
    assertThat(docs.subList(1, 5))
        .allMatch(d -> d.get("format").asString().equals(Ndjson.EVALUATION_FORMAT));
  }

  @Test
  void batchCommand_stdinToStdout_verifies() {
    byte[] input = join(lines(3));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int code =
        new picocli.CommandLine(
                new BatchCommand(
                    new ByteArrayInputStream(input),
                    new PrintStream(stdout, true, StandardCharsets.UTF_8),
                    err))
            .execute("verify", "-", "--output", "-");
    assertThat(code).isEqualTo(BatchRun.EXIT_OK);
    List<JsonNode> docs = outputDocuments(stdout.toByteArray());
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).get("format").asString()).isEqualTo(Ndjson.VERIFICATION_FORMAT);
  }
}
