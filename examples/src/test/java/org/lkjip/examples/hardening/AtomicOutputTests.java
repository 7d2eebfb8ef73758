package org.lkjip.examples.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkjip.examples.cli.LkjipCli;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.io.LkjipJson;
import tools.jackson.databind.JsonNode;

/**
 * Atomic output under a hard kill: a CLI batch run in its own JVM, killed with {@code
 * destroyForcibly()} (SIGKILL) while it writes, leaves its output path absent (or, had it finished,
 * complete); the only thing it can leave is its temporary file, {@code .NAME.*.tmp} in the output's
 * directory, which a killed process has no chance to delete.
 */
class AtomicOutputTests {
  private static final int REPORTS = 200;

  /** The temporary file of {@code AtomicFiles} for an output named {@code out.ndjson}. */
  private static final Pattern TEMP = Pattern.compile("\\.out\\.ndjson\\.[0-9a-z]+\\.tmp");

  @Test
  void batchVerify_killedWhileWriting_noPartialOutput(@TempDir Path dir) throws Exception {
    // 20 generated reports, each given 10 times: a run of some seconds, cheap to make.
    java.io.ByteArrayOutputStream twenty = new java.io.ByteArrayOutputStream();
    SyntheticReports.writeNdjson(7, 20, twenty);
    Path input = dir.resolve("in.ndjson");
    try (OutputStream out = Files.newOutputStream(input)) {
      for (int i = 0; i < REPORTS / 20; i++) {
        twenty.writeTo(out);
      }
    }
    Path output = dir.resolve("out.ndjson");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LkjipCli.class.getName(),
                "batch",
                "verify",
                input.toString(),
                "--output",
                output.toString(),
                "--threads",
                "1")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    boolean killedWhileWriting = false;
    try {
      // Wait until the temporary file exists (the run is writing), let it write, then kill.
      for (int i = 0; i < 1200 && p.isAlive(); i++) {
        if (!temporaryFiles(dir).isEmpty()) {
          Thread.sleep(300);
          killedWhileWriting = p.isAlive();
          p.destroyForcibly();
          break;
        }
        Thread.sleep(25);
      }
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }

    assertThat(killedWhileWriting)
        .as("killed while writing; log: %s", Files.readString(dir.resolve("log.txt")))
        .isTrue();
    assertThat(output).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .allMatch(n -> n.equals("in.ndjson") || n.equals("log.txt") || TEMP.matcher(n).matches());
    }
  }

  @Test
  void batchVerify_runToTheEnd_completeOutputNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.ndjson");
    try (OutputStream out = Files.newOutputStream(input)) {
      SyntheticReports.writeNdjson(7, 5, out);
    }
    Path output = dir.resolve("out.ndjson");

    int code =
        LkjipCli.commandLine(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()))
            .execute("batch", "verify", input.toString(), "--output", output.toString());

    assertThat(code).isIn(0, 1);
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5);
    for (String line : lines) {
      JsonNode doc = LkjipJson.mapper().readTree(line);
      assertThat(doc.get("format").asString()).isEqualTo("lkjip-verification/1");
    }
    assertThat(temporaryFiles(dir)).isEmpty();
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> TEMP.matcher(f.getFileName().toString()).matches()).toList();
    }
  }
}
