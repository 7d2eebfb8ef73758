package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.EvaluationWriter;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.LkjipJson;
import org.lkjip.io.ReportReader;
import org.lkjip.io.ReportWriter;
import org.lkjip.model.Report;

/**
 * The same input and rule set give byte-identical output: on every run, from distinct but equal
 * report instances (no identity-hash order), and whatever the default locale and time zone
 * (Indonesian, Turkish dotless i, Arabic and Thai digits, zones from UTC-3:30 to UTC+14).
 */
class DeterminismTests {
  private static final List<Locale> LOCALES =
      List.of(
          Locale.forLanguageTag("id-ID"),
          Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("ar-SA-u-nu-arab"),
          Locale.forLanguageTag("th-TH-u-nu-thai"),
          Locale.forLanguageTag("de-CH"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"));

  private static final List<String> ZONES =
      List.of("Asia/Jakarta", "America/St_Johns", "Pacific/Kiritimati", "UTC");

  private static byte[] seed = new byte[0];

  @BeforeAll
  static void readSeed() throws IOException {
    seed = Files.readAllBytes(Resources.seed());
  }

  /** Everything the library writes about the seed, under every built-in rule set, as text. */
  private static List<String> outputs() {
    Report report = new ReportReader().read("seed.json", seed);
    FormulaRegistry registry = FormulaRegistry.standard();
    Evaluator evaluator = new Evaluator(registry);
    Auditor auditor = new Auditor(registry);
    List<String> out = new ArrayList<>();
    out.add(new ReportWriter().toJson(report));
    for (RuleSet rules : RuleSets.builtIns()) {
      out.add(new EvaluationWriter().toJson(evaluator.evaluate(report, rules, "hash")));
      out.add(
          LkjipJson.prettyWriter()
              .writeValueAsString(auditor.verify(report, rules, Optional.of("hash"))));
    }
    out.add(errorOf("{\"format\": \"lkjip-report/1\", \"report\": {\"fiscalYear\": 1e999999}}"));
    out.add(errorOf("{\"format\": \"LKJIP-REPORT/1\"}"));
    out.add(
        errorOf(
            new String(seed, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"fiscalYear\": 2022", "\"fiscalYear\": 2022, \"İD\": \"ı\"")));
    return out;
  }

  private static String errorOf(String doc) {
    try {
      new ReportReader().read("doc.json", doc);
      return "accepted";
    } catch (LkjipInputException e) {
      return e.getMessage();
    }
  }

  @Test
  void outputs_repeatedRuns_identical() {
    List<String> first = outputs();

    for (int run = 0; run < 3; run++) {
      assertThat(outputs()).isEqualTo(first);
    }
    assertThat(first).hasSize(2 * RuleSets.builtIns().size() + 4);
  }

  @Test
  void outputs_otherLocalesAndTimeZones_identical() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      List<String> baseline = outputs();
      for (int i = 0; i < LOCALES.size(); i++) {
        Locale.setDefault(LOCALES.get(i));
        TimeZone.setDefault(TimeZone.getTimeZone(ZONES.get(i % ZONES.size())));

        assertThat(outputs())
            .as("%s %s", LOCALES.get(i), ZONES.get(i % ZONES.size()))
            .isEqualTo(baseline);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
