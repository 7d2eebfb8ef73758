package org.lkjip.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Maven section of docs/ci.md names the outputs the goal really writes. */
class CiDocsTests {
  private static final Path CI_DOCS = Path.of("../docs/ci.md");

  @Test
  void mavenSection_namesExactlyTheGoalsOutputs() throws IOException {
    String docs = Files.readString(CI_DOCS, StandardCharsets.UTF_8);
    int start = docs.indexOf("\n## Maven\n");
    assertThat(start).as("docs/ci.md has a Maven section").isNotNegative();
    int end = docs.indexOf("\n## ", start + 1);
    String section = docs.substring(start, end < 0 ? docs.length() : end);

    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("target/lkjip/([A-Za-z0-9-]+\\.[a-z]+)").matcher(section);
    while (m.find()) {
      named.add(m.group(1));
    }
    Matcher listed = Pattern.compile("`([A-Za-z0-9-]+\\.(?:txt|sarif|xml|json))`").matcher(section);
    Set<String> listedNames = new TreeSet<>();
    while (listed.find()) {
      if (!listed.group(1).equals("lkjip-baseline.json")) {
        listedNames.add(listed.group(1));
      }
    }

    Set<String> written =
        new TreeSet<>(
            Set.of(
                VerifyMojo.VERDICT, VerifyMojo.SARIF, VerifyMojo.JUNIT, VerifyMojo.CODE_QUALITY));
    assertThat(listedNames).as("outputs listed in the section").isEqualTo(written);
    assertThat(written).containsAll(named);
  }
}
