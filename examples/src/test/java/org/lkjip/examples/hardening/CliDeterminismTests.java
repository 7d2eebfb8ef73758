package org.lkjip.examples.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The CLI's outputs for the seed (verify as text, Markdown, HTML and JSON; evaluate as JSON) are
 * byte-identical on every run and under other default locales and time zones.
 */
class CliDeterminismTests {
  private static final String SEED =
      Path.of("data", "tebing-tinggi-2022.json").toAbsolutePath().toString();

  private static List<String> outputs() {
    List<String> out = new ArrayList<>();
    for (String format : List.of("text", "md", "html", "json")) {
      CliCorpusTests.Run r = CliCorpusTests.run("verify", SEED, "--format", format);
      assertThat(r.err()).as(format).isEmpty();
      out.add(r.out());
    }
    out.add(CliCorpusTests.run("evaluate", SEED).out());
    return out;
  }

  @Test
  void outputs_twoRuns_identical() {
    List<String> first = outputs();

    assertThat(outputs()).isEqualTo(first);
    assertThat(first).allSatisfy(o -> assertThat(o).isNotBlank());
  }

  @Test
  void outputs_otherLocalesAndTimeZones_identical() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      List<String> baseline = outputs();
      String[][] settings = {
        {"id-ID", "Asia/Jakarta"},
        {"tr-TR", "Europe/Istanbul"},
        {"ar-SA-u-nu-arab", "Asia/Riyadh"},
        {"th-TH-u-nu-thai", "Pacific/Kiritimati"}
      };
      for (String[] s : settings) {
        Locale.setDefault(Locale.forLanguageTag(s[0]));
        TimeZone.setDefault(TimeZone.getTimeZone(s[1]));

        assertThat(outputs()).as("%s %s", s[0], s[1]).isEqualTo(baseline);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
