package org.lkjip.examples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.Evaluation;
import org.lkjip.evaluation.Evaluator;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.LineResult;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.grading.Grader;
import org.lkjip.evaluation.grading.Scales;
import org.lkjip.examples.batch.Ndjson;
import org.lkjip.examples.synth.SyntheticReports.Defect;
import org.lkjip.examples.synth.SyntheticReports.Generated;
import org.lkjip.formulas.Figure;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.IndonesianNumbers;
import org.lkjip.io.ReportReader;
import org.lkjip.io.Schemas;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class SyntheticReportsTests {
  private static final int SEEDS = 120;
  private static final int PLANNED = 4000;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static byte[] ndjson(long runSeed, long count) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticReports.writeNdjson(runSeed, count, out);
    return out.toByteArray();
  }

  @Test
  void writeNdjson_sameSeed_identicalBytes() throws IOException {
    byte[] first = ndjson(7, 25);
    byte[] second = ndjson(7, 25);
    assertThat(second).isEqualTo(first);
    assertThat(ndjson(8, 25)).isNotEqualTo(first);
  }

  @Test
  void writeNdjson_oneCompactDocumentPerLine() throws IOException {
    String text = new String(ndjson(3, 12), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    String[] lines = text.split("\n", -1);
    assertThat(lines).hasSize(13); // 12 lines and the empty rest after the final newline
    assertThat(lines[12]).isEmpty();
    for (int i = 0; i < 12; i++) {
      assertThat(lines[i])
          .startsWith("{\"format\":\"lkjip-report/1\",\"report\":{")
          .doesNotContain("\r");
    }
  }

  @Test
  void generateSized_hasExactlyTheCounts_isDeterministic_andReconciles() {
    for (int[] size : new int[][] {{1, 1}, {7, 333}, {40, 2_000}}) {
      Report r = SyntheticReports.generate(5, size[0], size[1]);
      long indicators =
          r.goals().stream()
              .flatMap(g -> g.objectives().stream())
              .mapToLong(o -> o.indicators().size())
              .sum();
      long subs =
          r.programs().stream()
              .flatMap(p -> p.activities().stream())
              .mapToLong(a -> a.subActivities().size())
              .sum();
      assertThat(indicators).isEqualTo(size[0]);
      assertThat(subs).isEqualTo(size[1]);
      assertThat(SyntheticReports.generate(5, size[0], size[1])).isEqualTo(r);
      // no planted defect: no published figure mismatches (a zero denominator is printed "-")
      assertThat(
              new org.lkjip.evaluation.audit.Auditor(FormulaRegistry.standard())
                  .verify(r, RuleSets.recommended(), Optional.empty())
                  .figures())
          .isNotEmpty()
          .noneMatch(f -> f.status() == org.lkjip.evaluation.audit.ReconciliationStatus.MISMATCH);
    }
  }

  @Test
  void generate_reportsAreReadBackEqual() {
    ReportReader reader = new ReportReader();
    for (long seed = 0; seed < 40; seed++) {
      Report report = SyntheticReports.generate(seed);
      Report back = reader.read("seed " + seed, Ndjson.report(report));
      assertThat(back).as("seed %d", seed).isEqualTo(report);
    }
  }

  @Test
  void generate_reportsValidateAgainstTheSchema() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Schemas.text(Schemas.REPORT_1), InputFormat.JSON);
    JsonMapper plain =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    for (long seed = 100; seed < 120; seed++) {
      byte[] line = Ndjson.report(SyntheticReports.generate(seed));
      assertThat(schema.validate(plain.readTree(line))).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void generate_shapeAsIssued() {
    Set<String> formulas = new HashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Report r = SyntheticReports.generate(seed);
      assertThat(r.indicators()).hasSizeBetween(6, 20);
      assertThat(r.subActivities()).hasSizeBetween(10, 200);
      r.indicators().forEach(i -> i.formula().ifPresent(formulas::add));
      assertThat(r.statedScale()).map(s -> s.id()).contains(Scales.AKIP);
    }
    // the ten built-in ratio and growth formulas and the direct value
    assertThat(formulas).hasSize(11);
  }

  @Test
  void plannedDefect_aboutOneReportInTenOfEveryKind() {
    Map<Defect, Integer> kinds = new EnumMap<>(Defect.class);
    int defective = 0;
    for (long seed = 0; seed < PLANNED; seed++) {
      Optional<Defect> d = SyntheticReports.plannedDefect(seed);
      if (d.isPresent()) {
        defective++;
        kinds.merge(d.get(), 1, Integer::sum);
      }
    }
    assertThat(defective).isBetween(PLANNED / 20, PLANNED * 3 / 20);
    assertThat(kinds.keySet()).containsExactlyInAnyOrder(Defect.values());
  }

  @Test
  void generateDetailed_plantsThePlannedDefect() {
    for (Defect kind : Defect.values()) {
      for (long seed : seedsPlanned(kind, 2)) {
        assertThat(SyntheticReports.generateDetailed(seed).defect()).contains(kind);
      }
    }
    for (long seed = 0; seed < 20; seed++) {
      if (SyntheticReports.plannedDefect(seed).isEmpty()) {
        assertThat(SyntheticReports.generateDetailed(seed).defect()).isEmpty();
      }
    }
  }

  /** The first {@code n} seeds planned to carry {@code kind}. */
  private static List<Long> seedsPlanned(Defect kind, int n) {
    List<Long> seeds = new ArrayList<>();
    for (long seed = 0; seeds.size() < n && seed < PLANNED; seed++) {
      if (SyntheticReports.plannedDefect(seed).orElse(null) == kind) {
        seeds.add(seed);
      }
    }
    assertThat(seeds).hasSize(n);
    return seeds;
  }

  /** Money totals recomputed here from the lines, independently of the evaluator. */
  @Test
  void generate_withoutDefect_totalRowIsTheSumOfTheLines() {
    for (long seed = 0; seed < 60; seed++) {
      Generated g = SyntheticReports.generateDetailed(seed);
      if (g.defect().isPresent()) {
        continue;
      }
      Report r = g.report();
      BigDecimal budget = BigDecimal.ZERO;
      BigDecimal spending = BigDecimal.ZERO;
      for (SubActivity s : r.subActivities()) {
        budget = budget.add(s.budget());
        spending = spending.add(s.spending().orElseThrow());
      }
      assertThat(total(r, Measure.BUDGET).value()).contains(budget);
      assertThat(total(r, Measure.SPENDING).value()).contains(spending);
      assertThat(total(r, Measure.BUDGET).printed())
          .isEqualTo("Rp " + IndonesianNumbers.formatIndonesian(budget, 0));
      BigDecimal absorption = spending.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
      assertThat(total(r, Measure.ABSORPTION).value()).contains(absorption);
      assertThat(total(r, Measure.ABSORPTION).printed())
          .isEqualTo(IndonesianNumbers.formatIndonesian(absorption, 2) + "%");
    }
  }

  /** The report's published total row figure (no subject) for a measure. */
  private static PublishedFigure total(Report r, Measure measure) {
    return r.published().stream()
        .filter(f -> f.subject().isEmpty() && f.measure() == measure)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void generate_digitSwap_exactlyOneTotalDiffersFromItsLines() {
    int checked = 0;
    for (long seed : seedsPlanned(Defect.DIGIT_SWAP_IN_TOTAL, 5)) {
      Generated g = SyntheticReports.generateDetailed(seed);
      checked++;
      Report r = g.report();
      List<String> wrong = new ArrayList<>();
      for (PublishedFigure f : r.published()) {
        if (f.measure() != Measure.BUDGET && f.measure() != Measure.SPENDING) {
          continue;
        }
        if (f.table().equals("Tabel 12")
            && r.find(f.subject().orElseThrow(), SubActivity.class).isPresent()) {
          continue; // a line, not a total
        }
        List<SubActivity> lines =
            f.subject().isEmpty()
                ? r.subActivities()
                : r.programs().stream()
                    .filter(p -> p.id().equals(f.subject().get()))
                    .flatMap(p -> p.activities().stream())
                    .flatMap(a -> a.subActivities().stream())
                    .toList();
        BigDecimal sum =
            lines.stream()
                .map(s -> f.measure() == Measure.BUDGET ? s.budget() : s.spending().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (f.value().orElseThrow().compareTo(sum) != 0) {
          wrong.add(f.table() + " " + f.row() + " " + f.column());
          // the printed text says what the value says
          assertThat(
                  IndonesianNumbers.parse(f.printed(), IndonesianNumbers.Convention.INDONESIAN)
                      .value())
              .contains(f.value().orElseThrow());
        }
      }
      assertThat(wrong).as("seed %d", seed).hasSize(1);
    }
    assertThat(checked).isEqualTo(5);
  }

  @Test
  void generate_wrongBand_exactlyOneGradeContradictsTheStatedScale() {
    int checked = 0;
    for (long seed : seedsPlanned(Defect.GRADE_FROM_WRONG_BAND, 5)) {
      Generated g = SyntheticReports.generateDetailed(seed);
      if (g.defect().orElse(null) != Defect.GRADE_FROM_WRONG_BAND) {
        continue; // no graded indicator: a digit swap instead
      }
      checked++;
      Report r = g.report();
      int contradictions = 0;
      for (PublishedFigure grade : r.published()) {
        if (grade.measure() != Measure.GRADE) {
          continue;
        }
        PublishedFigure achievement =
            r.published().stream()
                .filter(
                    f ->
                        f.measure() == Measure.ACHIEVEMENT
                            && f.table().equals(grade.table())
                            && f.subject().equals(grade.subject()))
                .findFirst()
                .orElseThrow();
        String label =
            Grader.grade(
                    r.statedScale().orElseThrow(),
                    achievement.value().orElseThrow(),
                    RuleSets.recommended().gradeAboveTopBandAsTop())
                .label()
                .orElseThrow();
        if (!label.equals(grade.printed())) {
          contradictions++;
        }
      }
      assertThat(contradictions).as("seed %d", seed).isEqualTo(1);
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  @Test
  void generate_duplicatedCode_twoSubActivitiesShareACode() {
    List<Long> seeds = new ArrayList<>(seedsPlanned(Defect.DUPLICATED_CODE, 5));
    for (long seed = 0; seed < 20; seed++) {
      seeds.add(seed);
    }
    int checked = 0;
    for (long seed : seeds) {
      Generated g = SyntheticReports.generateDetailed(seed);
      Report r = g.report();
      Set<String> codes = new HashSet<>();
      int repeats = 0;
      for (SubActivity s : r.subActivities()) {
        if (!codes.add(s.code().orElseThrow())) {
          repeats++;
        }
      }
      boolean duplicated = g.defect().orElse(null) == Defect.DUPLICATED_CODE;
      assertThat(repeats).as("seed %d", seed).isEqualTo(duplicated ? 1 : 0);
      if (duplicated) {
        checked++;
      }
    }
    assertThat(checked).isEqualTo(5);
  }

  @Test
  void generate_otherRounding_onePercentageIsTruncatedInsteadOfRoundedHalfUp() {
    Evaluator evaluator = new Evaluator(FormulaRegistry.standard());
    int checked = 0;
    for (long seed : seedsPlanned(Defect.OTHER_ROUNDING, 5)) {
      Generated g = SyntheticReports.generateDetailed(seed);
      if (g.defect().orElse(null) != Defect.OTHER_ROUNDING) {
        continue; // no percentage with a third decimal: a digit swap instead
      }
      checked++;
      Report r = g.report();
      Evaluation e = evaluator.evaluate(r, RuleSets.recommended());
      int differing = 0;
      for (PublishedFigure f : r.published()) {
        Optional<Figure> recomputed = recomputed(r, e, f);
        if (recomputed.isEmpty() || recomputed.get().unrounded().isEmpty() || f.value().isEmpty()) {
          continue;
        }
        BigDecimal unrounded = recomputed.get().unrounded().orElseThrow();
        BigDecimal halfUp = unrounded.setScale(2, RoundingMode.HALF_UP);
        if (f.value().get().compareTo(halfUp) != 0) {
          differing++;
          assertThat(f.value()).contains(unrounded.setScale(2, RoundingMode.DOWN));
        }
      }
      assertThat(differing).as("seed %d", seed).isEqualTo(1);
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  /** The evaluation's figure for a published percentage, when it has one. */
  private static Optional<Figure> recomputed(Report r, Evaluation e, PublishedFigure f) {
    if (f.subject().isEmpty()) {
      return f.measure() == Measure.ABSORPTION
          ? Optional.of(e.totals().absorption())
          : Optional.empty();
    }
    String id = f.subject().get();
    if (r.find(id, Indicator.class).isPresent()) {
      IndicatorYear y =
          e.indicator(id).orElseThrow().years().stream()
              .filter(x -> x.year() == r.fiscalYear())
              .findFirst()
              .orElseThrow();
      return switch (f.measure()) {
        case INDICATOR_VALUE -> Optional.of(y.value());
        case ACHIEVEMENT -> Optional.of(y.achievement());
        default -> Optional.empty();
      };
    }
    if (e.objective(id).isPresent()) {
      return switch (f.measure()) {
        case ACHIEVEMENT -> Optional.of(e.objective(id).get().achievement());
        case EFFICIENCY -> Optional.of(e.objective(id).get().efficiency());
        default -> Optional.empty();
      };
    }
    return f.measure() == Measure.ABSORPTION
        ? e.line(id).map(LineResult::absorption)
        : Optional.empty();
  }

  @Test
  void generate_indicatorTargetsArePrintedAsInTheReport() {
    Report r = SyntheticReports.generate(42);
    for (Indicator i : r.indicators()) {
      PublishedFigure target =
          r.published().stream()
              .filter(f -> f.measure() == Measure.TARGET && f.subject().equals(Optional.of(i.id())))
              .findFirst()
              .orElseThrow();
      BigDecimal value = i.targetFor(r.fiscalYear()).orElseThrow().value().orElseThrow();
      assertThat(target.value()).contains(value);
      assertThat(target.printed()).isEqualTo(value.toPlainString() + "%");
    }
  }
}
