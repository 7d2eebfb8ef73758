package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lkjip.io.LkjipJson;
import tools.jackson.databind.JsonNode;

/**
 * An objective's figures printed for another year than the fiscal year (a table with 2021 and 2022
 * columns): each is compared with the value of its own year, and a budget of another year is not
 * recomputable rather than compared with the fiscal year's.
 */
class ObjectiveYearsTests {
  static final String REPORT = "src/test/resources/other-offices/objective-years.json";

  private static JsonNode figures() {
    CliRun run = CliRun.of("verify", REPORT, "--format", "json");
    assertThat(run.err()).isEmpty();
    return LkjipJson.mapper().readTree(run.out()).get("figures");
  }

  @Test
  void achievementOfAnotherYear_isTheMeanOfThatYearsIndicatorAchievements() {
    JsonNode f = figures();

    // 2021: (60/80 + 50/50) / 2 = (75 + 100) / 2 = 87.5; 2022: (90/100 + 45/50) / 2 = 90
    assertThat(f.get(0).get("year").asInt()).isEqualTo(2021);
    assertThat(f.get(0).get("status").asString()).isEqualTo("MATCH");
    assertThat(f.get(0).get("recomputed").asString()).startsWith("87.5");
    assertThat(f.get(1).get("status").asString()).isEqualTo("MATCH");
    assertThat(f.get(1).get("recomputed").asString()).startsWith("90");
  }

  @Test
  void budgetOfAnotherYear_notRecomputableNamingBothYears() {
    JsonNode f = figures();

    assertThat(f.get(2).get("status").asString()).isEqualTo("NOT_RECOMPUTABLE");
    assertThat(f.get(2).get("cause").asString()).contains("2022").contains("2021");
    assertThat(f.get(3).get("status").asString()).isEqualTo("MATCH");
  }
}
