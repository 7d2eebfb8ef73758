package org.lkjip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start runs on the seed and lists its known defects. */
class QuickStartTests {
  @Test
  void mismatches_seed_includeTheProgramSpendingThatIsNotTheSumOfItsLines() {
    List<String> lines = QuickStart.mismatches(Path.of("data/tebing-tinggi-2022.json"));
    // Tabel 12 prints 245.594.404 for program 4; its lines (RFK) sum to 245.594.044.
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("Tabel 12 4 ").contains("245594044"));
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith("()"));
  }
}
