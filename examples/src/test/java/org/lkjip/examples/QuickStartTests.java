package org.lkjip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start is the whole text of {@code QuickStart.java}, so it compiles as written;
 * run on the seed it prints the seed's known defects.
 */
class QuickStartTests {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src", "main", "java", "org", "lkjip", "examples", "QuickStart.java");

  @Test
  void readme_quickStartBlock_isTheCompiledSourceFile() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("\n## Quick start (Java)\n"));
    int start = section.indexOf("```java\n") + "```java\n".length();
    String block = section.substring(start, section.indexOf("```\n", start));
    assertThat(block).isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
  }

  @Test
  void main_seed_printsTheMismatchesIncludingTheProgramSpendingThatIsNotTheSumOfItsLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {"data/tebing-tinggi-2022.json"});
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    // Tabel 12 prints 245.594.404 for program 4; its lines (RFK) sum to 245.594.044.
    assertThat(out.lines())
        .anySatisfy(l -> assertThat(l).startsWith("Tabel 12 row 4 ").contains("245594044"))
        .allSatisfy(l -> assertThat(l).doesNotEndWith("()"));
    Golden.check("quick-start-seed.txt", out);
  }
}
