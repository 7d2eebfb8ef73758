package org.lkjip.evaluation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.ImmutableRuleSet;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.achievement.ImmutableAchievementPolicy;
import org.lkjip.evaluation.audit.CauseReports.Spec;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.model.Measure;
import org.lkjip.model.Polarity;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;

/**
 * The cause search on generated reports (seeded random counts and targets, {@link CauseReports})
 * with one variant planted: the printed figure computed with the variant's formula (written here,
 * independently of the search). The search must name the variant's candidate among those that
 * reproduce the figure, and leave every other figure as it was.
 */
class CauseSearchTests {
  private static final RuleSet RULES = RuleSets.recommended();
  private static final int SEEDS = 25;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Auditor AUDITOR = new Auditor(FormulaRegistry.standard());

  // ------------------------------------------------------------------ achievement formulas

  @Test
  void search_negativeIndicatorPrintedAsROverT_namesTheOtherPolarityFormula() {
    plantOnFirstIndicator(
        Polarity.NEGATIVE, (r, t) -> r.multiply(HUNDRED).divide(t, MC), "formula-r-over-t");
  }

  @Test
  void search_negativeIndicatorPrintedAsTOverR_namesTheOtherNegativeForm() {
    plantOnFirstIndicator(
        Polarity.NEGATIVE, (r, t) -> t.multiply(HUNDRED).divide(r, MC), "formula-t-over-r");
  }

  @Test
  void search_positiveIndicatorPrintedAsTwoTMinusR_namesTheNegativeForm() {
    plantOnFirstIndicator(
        Polarity.POSITIVE,
        (r, t) -> t.add(t).subtract(r).multiply(HUNDRED).divide(t, MC),
        "formula-2t-minus-r-over-t");
  }

  @Test
  void search_positiveIndicatorWithTargetAndActualSwapped_namesTOverR() {
    plantOnFirstIndicator(
        Polarity.POSITIVE, (r, t) -> t.multiply(HUNDRED).divide(r, MC), "formula-t-over-r");
  }

  @Test
  void search_negativeIndicatorWithTargetAndActualSwapped_namesTheSwap() {
    plantOnFirstIndicator(
        Polarity.NEGATIVE,
        (r, t) -> r.add(r).subtract(t).multiply(HUNDRED).divide(r, MC),
        "swapped-target-actual");
  }

  // ------------------------------------------------------------------ caps

  @Test
  void search_achievementAboveTheCapPrintedAsTheCap_namesTheCap() {
    for (int cap : new int[] {100, 120}) {
      BigDecimal c = BigDecimal.valueOf(cap);
      int planted =
          plant(
              seed -> {
                Spec s = CauseReports.spec(new SplittableRandom(seed), Polarity.POSITIVE);
                return s.value()
                            .multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(s.target()), MC)
                            .compareTo(c)
                        > 0
                    ? s
                    : null;
              },
              s -> c,
              "cap-" + cap,
              RULES);
      assertThat(planted).as("seeds with achievement above %s", cap).isPositive();
    }
  }

  @Test
  void search_ruleSetCapsButThePrintedValueIsUncapped_namesNoCap() {
    RuleSet capped =
        ImmutableRuleSet.copyOf(RULES)
            .withAchievement(
                ImmutableAchievementPolicy.copyOf(RULES.achievement()).withCap(HUNDRED));
    int planted =
        plant(
            seed -> {
              Spec s = CauseReports.spec(new SplittableRandom(seed), Polarity.POSITIVE);
              return s.value().compareTo(BigDecimal.valueOf(s.target())) > 0 ? s : null;
            },
            s -> s.value().multiply(HUNDRED).divide(BigDecimal.valueOf(s.target()), MC),
            "no-cap",
            capped);
    assertThat(planted).isPositive();
  }

  // ------------------------------------------------------------------ inputs as printed

  @Test
  void search_achievementFromAnUnroundedRealisasiPrintedRounded_namesTheInterval() {
    int planted = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Spec random = CauseReports.spec(rnd, Polarity.POSITIVE);
      // the unrounded realisasi (3 decimals) is printed half-up to 1 decimal; the report has no
      // counts, so the rule set computes achievement from the printed realisasi
      BigDecimal hidden = BigDecimal.valueOf(rnd.nextInt(5_000, 99_000), 3);
      BigDecimal printedActual = hidden.setScale(1, RoundingMode.HALF_UP);
      Spec s =
          new Spec(
              Polarity.POSITIVE, 0, 1, random.target(), random.previousTarget(), printedActual);
      BigDecimal t = BigDecimal.valueOf(s.target());
      BigDecimal fromHidden = rounded(hidden.multiply(HUNDRED).divide(t, MC));
      BigDecimal fromPrinted = printedActual.multiply(HUNDRED).divide(t, MC);
      // a value another rounding of the rule's own value gives is not a mismatch
      if (Reconciler.MODES.stream()
          .anyMatch(m -> fromPrinted.setScale(2, m).compareTo(fromHidden) == 0)) {
        continue;
      }
      Report base = CauseReports.report(List.of(s), RULES);
      Candidate c =
          assertNamed(
              base,
              CauseReports.withPrinted(base, achievementOf("I1"), fromHidden),
              achievementOf("I1"),
              "unrounded-printed-actual",
              RULES);
      BigDecimal unit = new BigDecimal("0.05");
      assertThat(c.low().orElseThrow())
          .isLessThanOrEqualTo(printedActual.subtract(unit).multiply(HUNDRED).divide(t, MC));
      assertThat(c.high().orElseThrow())
          .isGreaterThanOrEqualTo(printedActual.add(unit).multiply(HUNDRED).divide(t, MC));
      planted++;
    }
    assertThat(planted).isGreaterThan(SEEDS / 2);
  }

  @Test
  void search_achievementFromTheRealisasiAsPrinted_namesThePrintedActual() {
    int planted = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Spec s = CauseReports.spec(rnd, Polarity.POSITIVE);
      Report base = CauseReports.report(List.of(s), RULES);
      // the report prints a realisasi other than the data's, and the achievement from it
      BigDecimal printedActual =
          s.value()
              .add(BigDecimal.valueOf(rnd.nextInt(100, 900), 2))
              .setScale(2, RoundingMode.HALF_UP);
      BigDecimal t = BigDecimal.valueOf(s.target());
      Report withActual =
          CauseReports.withPrinted(
              base,
              CauseReports.at(CauseReports.INDICATORS, Measure.INDICATOR_VALUE, "I1"),
              printedActual);
      Report planted2 =
          CauseReports.withPrinted(
              withActual,
              achievementOf("I1"),
              rounded(printedActual.multiply(HUNDRED).divide(t, MC)));
      assertNamed(
          base,
          planted2,
          achievementOf("I1"),
          "printed-actual",
          RULES,
          List.of(CauseReports.at(CauseReports.INDICATORS, Measure.INDICATOR_VALUE, "I1")));
      planted++;
    }
    assertThat(planted).isEqualTo(SEEDS);
  }

  // ------------------------------------------------------------------ other inputs

  @Test
  void search_achievementAgainstThePreviousYearsTarget_namesIt() {
    plantOnFirstIndicator(Polarity.POSITIVE, (r, t) -> null, "previous-year-target");
  }

  @Test
  void search_percentIndicatorPrintedInPoints_namesPercentagePoints() {
    plantOnFirstIndicator(Polarity.POSITIVE, (r, t) -> r.subtract(t), "percentage-points");
    plantOnFirstIndicator(Polarity.NEGATIVE, (r, t) -> t.subtract(r), "percentage-points");
    plantOnFirstIndicator(
        Polarity.POSITIVE, (r, t) -> HUNDRED.add(r).subtract(t), "percentage-points-from-100");
  }

  // ------------------------------------------------------------------ aggregates

  @Test
  void search_objectiveMeanOverPrintedRowsWithOneWrongRow_namesTheMeanOfPrintedRows() {
    aggregate(false, "mean-of-printed-rows");
  }

  @Test
  void search_objectivePrintedAsTheSumOfItsRows_namesTheSumOfPrintedRows() {
    aggregate(true, "sum-of-printed-rows");
  }

  private void aggregate(boolean sum, String id) {
    for (int seed = 1; seed <= SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<Spec> specs = new ArrayList<>();
      int n = rnd.nextInt(2, 5);
      for (int k = 0; k < n; k++) {
        specs.add(
            CauseReports.spec(rnd, rnd.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE));
      }
      Report base = CauseReports.report(specs, RULES);
      // one indicator row printed wrong, and the objective row from the printed rows
      int wrong = rnd.nextInt(n);
      String wrongId = "I" + (wrong + 1);
      BigDecimal wrongValue =
          printedOf(base, achievementOf(wrongId))
              .add(BigDecimal.valueOf(rnd.nextInt(100, 2000), 2));
      Report withWrongRow = CauseReports.withPrinted(base, achievementOf(wrongId), wrongValue);
      BigDecimal total = BigDecimal.ZERO;
      for (int k = 0; k < n; k++) {
        total = total.add(printedOf(withWrongRow, achievementOf("I" + (k + 1))));
      }
      BigDecimal aggregate = sum ? total : rounded(total.divide(BigDecimal.valueOf(n), MC));
      Report planted = CauseReports.withPrinted(withWrongRow, objective(), aggregate);
      assertNamed(base, planted, objective(), id, RULES, List.of(achievementOf(wrongId)));
    }
  }

  // ------------------------------------------------------------------ rounded inputs

  /**
   * A line whose efficiency (recommended rule: output achievement − absorption) was printed from
   * the absorption truncated to 2 decimals first.
   */
  @Test
  void search_efficiencyFromTruncatedAbsorption_namesTheInputRounding() {
    int planted = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      long budget = rnd.nextLong(1_000_000, 900_000_000);
      long spending = budget - rnd.nextLong(1, budget / 20);
      BigDecimal absorption =
          BigDecimal.valueOf(spending).multiply(HUNDRED).divide(BigDecimal.valueOf(budget), MC);
      BigDecimal fromTruncated =
          rounded(HUNDRED.subtract(absorption.setScale(2, RoundingMode.DOWN)));
      BigDecimal rule = HUNDRED.subtract(absorption);
      if (Reconciler.MODES.stream()
          .anyMatch(m -> rule.setScale(2, m).compareTo(fromTruncated) == 0)) {
        continue;
      }
      Report base =
          CauseReports.report(
              List.of(CauseReports.spec(rnd, Polarity.POSITIVE)),
              RULES,
              List.<long[]>of(new long[] {budget, spending}));
      Predicate<PublishedFigure> line =
          CauseReports.at(CauseReports.LINES, Measure.EFFICIENCY, "1.a.1");
      assertNamed(
          base,
          CauseReports.withPrinted(base, line, fromTruncated),
          line,
          "inputs-rounded-down",
          RULES);
      planted++;
    }
    // truncation and half-up differ in about half of the draws
    assertThat(planted).isGreaterThan(SEEDS / 4);
  }

  // ------------------------------------------------------------------ ranking and none

  @Test
  void search_candidateNeedingAnotherRoundingMode_ranksAfterOnesThatDoNot() {
    int seen = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      Spec s = CauseReports.spec(new SplittableRandom(seed), Polarity.NEGATIVE);
      BigDecimal t = BigDecimal.valueOf(s.target());
      BigDecimal u = s.value().multiply(HUNDRED).divide(t, MC);
      BigDecimal truncated = u.setScale(2, RoundingMode.DOWN);
      if (truncated.compareTo(rounded(u)) == 0) {
        continue;
      }
      Report base = CauseReports.report(List.of(s), RULES);
      Candidate c =
          assertNamed(
              base,
              CauseReports.withPrinted(base, achievementOf("I1"), truncated),
              achievementOf("I1"),
              "formula-r-over-t",
              RULES);
      assertThat(c.changes()).isEqualTo(2);
      assertThat(c.rounding()).contains("down-2");
      seen++;
    }
    assertThat(seen).isPositive();
  }

  @Test
  void search_randomWrongValue_noCandidateReproducesAndTheCauseSaysWhatWasTried() {
    for (int seed = 1; seed <= SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      // two indicators, so that the objective's achievement is not the same quantity as one
      // indicator's (a check would then cite the other printed value)
      Report base =
          CauseReports.report(
              List.of(
                  CauseReports.spec(rnd, Polarity.POSITIVE),
                  CauseReports.spec(rnd, Polarity.NEGATIVE)),
              RULES);
      BigDecimal wrong = BigDecimal.valueOf(rnd.nextInt(1_000, 30_000), 2);
      Verification v = verify(CauseReports.withPrinted(base, achievementOf("I1"), wrong), RULES);
      FigureReconciliation r = find(v, achievementOf("I1"));
      assertThat(r.status()).isEqualTo(ReconciliationStatus.MISMATCH);
      assertThat(r.candidates()).isNotEmpty().noneMatch(Candidate::reproduces);
      assertThat(r.causeMessages()).extracting(Message::key).containsExactly("cause.noCandidate");
      Fact tried = r.causeMessages().get(0).args().get(0);
      assertThat(tried.value().split("; "))
          .containsExactlyElementsOf(r.candidates().stream().map(Candidate::id).toList());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static final java.math.MathContext MC = java.math.MathContext.DECIMAL128;

  /** A formula of the variant from the unrounded realisasi R and the target T; null: skip. */
  private interface Variant {
    @Nullable BigDecimal apply(BigDecimal r, BigDecimal t);
  }

  /**
   * Plants the variant on one indicator of {@code polarity} for each seed (the previous year's
   * target when the variant gives null) and checks that the search names {@code id}.
   */
  private void plantOnFirstIndicator(Polarity polarity, Variant variant, String id) {
    int planted =
        plant(
            seed -> CauseReports.spec(new SplittableRandom(seed), polarity),
            s -> {
              BigDecimal r = s.value();
              BigDecimal v = variant.apply(r, BigDecimal.valueOf(s.target()));
              if (v != null) {
                return v;
              }
              BigDecimal previous = BigDecimal.valueOf(s.previousTarget());
              return polarity == Polarity.POSITIVE
                  ? r.multiply(HUNDRED).divide(previous, MC)
                  : previous.add(previous).subtract(r).multiply(HUNDRED).divide(previous, MC);
            },
            id,
            RULES);
    assertThat(planted).as("seeds planted for %s", id).isGreaterThan(SEEDS / 2);
  }

  /** For each seed with a spec: prints the variant's value as the achievement and checks. */
  private int plant(
      Function<Long, @Nullable Spec> specs,
      Function<Spec, BigDecimal> variant,
      String id,
      RuleSet rules) {
    int planted = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Spec s = specs.apply(seed);
      if (s == null) {
        continue;
      }
      Report base = CauseReports.report(List.of(s), rules);
      BigDecimal value = rounded(variant.apply(s));
      if (value.compareTo(printedOf(base, achievementOf("I1"))) == 0) {
        continue;
      }
      assertNamed(
          base,
          CauseReports.withPrinted(base, achievementOf("I1"), value),
          achievementOf("I1"),
          id,
          rules);
      planted++;
    }
    return planted;
  }

  private static Candidate assertNamed(
      Report base, Report planted, Predicate<PublishedFigure> where, String id, RuleSet rules) {
    return assertNamed(base, planted, where, id, rules, List.of());
  }

  /**
   * The planted figure is a mismatch whose reproducing candidates include {@code id}, named in its
   * cause; every other figure (but {@code alsoChanged}) keeps its status and has no candidates.
   */
  private static Candidate assertNamed(
      Report base,
      Report planted,
      Predicate<PublishedFigure> where,
      String id,
      RuleSet rules,
      List<Predicate<PublishedFigure>> alsoChanged) {
    Verification before = verify(base, rules);
    Verification after = verify(planted, rules);
    for (int i = 0; i < after.figures().size(); i++) {
      FigureReconciliation r = after.figures().get(i);
      PublishedFigure p = r.published();
      if (where.test(p) || alsoChanged.stream().anyMatch(x -> x.test(p))) {
        continue;
      }
      assertThat(r.status()).as("%s", p).isEqualTo(before.figures().get(i).status());
      if (r.status() != ReconciliationStatus.MISMATCH) {
        assertThat(r.candidates()).as("%s", p).isEmpty();
      }
    }
    FigureReconciliation r = find(after, where);
    assertThat(r.status()).as("%s", r).isEqualTo(ReconciliationStatus.MISMATCH);
    List<String> reproducing =
        r.candidates().stream().filter(Candidate::reproduces).map(Candidate::id).toList();
    assertThat(reproducing).as("reproducing candidates of %s", r).contains(id);
    assertThat(r.causeMessages())
        .filteredOn(m -> m.key().equals("cause.candidate"))
        .extracting(m -> m.args().get(0).value())
        .containsExactlyElementsOf(reproducing);
    Candidate c = r.candidates().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    assertThat(c.value()).contains(r.published().value().orElseThrow());
    return c;
  }

  private static Verification verify(Report r, RuleSet rules) {
    return MessageInvariants.check(AUDITOR.verify(r, rules, Optional.empty()));
  }

  private static FigureReconciliation find(Verification v, Predicate<PublishedFigure> where) {
    return v.figures().stream().filter(r -> where.test(r.published())).findFirst().orElseThrow();
  }

  private static BigDecimal printedOf(Report r, Predicate<PublishedFigure> where) {
    return r.published().stream().filter(where).findFirst().orElseThrow().value().orElseThrow();
  }

  private static Predicate<PublishedFigure> achievementOf(String indicator) {
    return CauseReports.at(CauseReports.INDICATORS, Measure.ACHIEVEMENT, indicator);
  }

  private static Predicate<PublishedFigure> objective() {
    return CauseReports.at(CauseReports.OBJECTIVES, Measure.ACHIEVEMENT, CauseReports.OBJECTIVE);
  }

  /** As the recommended rule set rounds: half-up to 2 decimals. */
  private static BigDecimal rounded(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }
}
