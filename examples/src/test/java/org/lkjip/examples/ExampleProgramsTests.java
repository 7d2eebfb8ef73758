package org.lkjip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The example programs against golden output files. */
class ExampleProgramsTests {
  private static final String SEED = "data/tebing-tinggi-2022.json";

  @Test
  void auditorExample_seedUnderItsOwnRules_printsTheTextTableAndExitsOne() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AuditorExample.run(
            new String[] {SEED, "seed-tebing-tinggi-2022"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(1);
    Golden.check("auditor-example-seed.txt", out.toString());
  }

  @Test
  void auditorExample_badInput_exitsTwoWithOneLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AuditorExample.run(
            new String[] {"src/test/resources/cli/malformed-report.json"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("malformed-report.json:5:24: $.report");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void auditorExample_unknownRuleSet_exitsTwo() {
    StringWriter err = new StringWriter();
    int code =
        AuditorExample.run(
            new String[] {SEED, "nope"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: unknown rule set 'nope'\n");
  }

  /**
   * The host example's indicator: 1830 unemployed of a labour force of 29412 → 6.2219…%, against a
   * target of 6% with negative polarity: (2 × 6 − 6.2219…) / 6 × 100 = 96.3008…, half-up 96.30, in
   * the AKIP band (85, 100] Memuaskan.
   */
  @Test
  void hostApplicationExample_printsTheAchievementWithItsProvenance() {
    StringWriter out = new StringWriter();
    HostApplicationExample.run(new PrintWriter(out, true));
    assertThat(out.toString())
        .contains("  achievement: 96.30\n")
        .contains("  grade: Memuaskan on scale akip\n")
        .contains("rule:      achievement")
        .contains("input:     unemployed = 1830")
        .contains("input:     labourForce = 29412")
        .contains("rule:      tebing:open-unemployment-rate");
    Golden.check("host-application-example.txt", out.toString());
  }
}
