package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.io.RuleSetReader;

/**
 * The malformed rule sets of {@code corpus/rulesets/INDEX.tsv} (written by {@code
 * corpus/generate.py}): each is rejected by {@link RuleSetReader} with one located error at the
 * fault, like the report corpus; the valid base they are made from reads as the built-in rule set.
 */
class RuleSetCorpusTests {
  private static Path directory() {
    return Resources.corpus().resolve("rulesets");
  }

  static List<CorpusTests.Case> cases() {
    return CorpusTests.cases(directory());
  }

  @Test
  void read_validBase_theRecommendedRuleSet() {
    assertThat(new RuleSetReader().read(directory().resolve("valid-recommended.json")))
        .isEqualTo(RuleSets.recommended());
  }

  @Test
  void index_distinctCases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(new HashSet<>(cases().stream().map(CorpusTests.Case::why).toList()))
        .hasSameSizeAs(cases());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void read_malformedRuleSet_locatedErrorAtTheFault(CorpusTests.Case c) {
    CorpusTests.assertLocatedAtTheFault(
        c, CorpusTests.readFails(() -> new RuleSetReader().read(c.location())));
  }
}
