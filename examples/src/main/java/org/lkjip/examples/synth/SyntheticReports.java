package org.lkjip.examples.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.lkjip.examples.batch.Ndjson;
import org.lkjip.model.Absence;
import org.lkjip.model.Activity;
import org.lkjip.model.Agency;
import org.lkjip.model.Alignment;
import org.lkjip.model.AlignmentLink;
import org.lkjip.model.Goal;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Program;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * Generates synthetic reports at the seed's shape with realistic variation, deterministically from
 * a seed number: the same seed gives the same report on every machine ({@link SplittableRandom} is
 * specified exactly).
 *
 * <p>A report has 6–20 indicators spread over goals and objectives, covering every built-in formula
 * kind, and 10–200 sub-activities under programs and activities, with budgets, spending by quarter,
 * physical progress, outputs, nomenclature codes and a cascade linking every sub-activity to an
 * objective. Published figures are added by {@link SyntheticPublisher}: what the {@code
 * recommended} rule set gives, printed the Indonesian way, with a planted {@link Defect} in about
 * one report in ten.
 *
 * <p>The generator uses no hash-ordered collection and no clock, so its output is the same bytes on
 * every run and every machine.
 */
public final class SyntheticReports {
  private static final String[] RATIO_FORMULAS = {
    "lkjip:certification-ratio:certified:examined",
    "lkjip:protected-workers:insured:workers",
    "lkjip:umk-share:paidAtLeastUmk:workers",
    "lkjip:ikm-standard-products:meetingStandard:products",
    "lkjip:ikm-national-promotion:promoted:products",
    "lkjip:placement-rate:placedCardHolders:cardsIssued",
    "lkjip:disputes-resolved:resolved:disputes",
    "lkjip:decent-work-firms:decentFirms:firms",
  };
  private static final String[] GROWTH_FORMULAS = {
    "lkjip:placement-growth:placed", "lkjip:ikm-growth:ikmUnits",
  };
  private static final String[] UNITS = {"bulan", "Jenis", "unit", "dokumen", "kegiatan", "orang"};

  private SyntheticReports() {}

  /** The report for {@code seed}, with its published figures; never null. */
  public static Report generate(long seed) {
    return generateDetailed(seed).report();
  }

  /**
   * The report for {@code seed} and the defect planted in it, if any (about one report in ten).
   * Never null.
   */
  public static Generated generateDetailed(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    SplittableRandom defects = rnd.split();
    Optional<Defect> defect = plannedDefect(defects);
    Report structure = new Builder(rnd, seed).build();
    return SyntheticPublisher.publish(structure, defect, defects);
  }

  /**
   * A report of exactly {@code indicators} indicators and {@code subActivities} sub-activities
   * (programs and activities drawn as for {@link #generate(long)}), with its published figures and
   * no planted defect: the size a benchmark asks for, e.g. 50,000 sub-activities for the workbook
   * benchmarks. Never null.
   *
   * @throws IllegalArgumentException if a count is below 1
   * @since 0.2
   */
  public static Report generate(long seed, int indicators, int subActivities) {
    if (indicators < 1 || subActivities < 1) {
      throw new IllegalArgumentException(
          "a report needs at least one indicator and one sub-activity, not "
              + indicators
              + " and "
              + subActivities);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    SplittableRandom defects = rnd.split();
    Report structure = new Builder(rnd, seed).build(indicators, subActivities);
    return SyntheticPublisher.publish(structure, Optional.empty(), defects).report();
  }

  /**
   * The defect planned for {@code seed}, cheaply, without generating the report. The report gets
   * it, except that a grade or rounding defect the report cannot hold becomes a digit swap.
   */
  public static Optional<Defect> plannedDefect(long seed) {
    return plannedDefect(new SplittableRandom(seed).split());
  }

  private static Optional<Defect> plannedDefect(SplittableRandom defects) {
    return defects.nextInt(DEFECT_ONE_IN) == 0
        ? Optional.of(Defect.values()[defects.nextInt(Defect.values().length)])
        : Optional.empty();
  }

  /**
   * The seed of the {@code index}-th report of a run with {@code runSeed}, as {@link #stream} uses.
   */
  public static long seedOf(long runSeed, long index) {
    // SplittableRandom's mixing of (seed, index): distinct runs do not share report seeds.
    return new SplittableRandom(runSeed ^ (index * 0x9E3779B97F4A7C15L)).nextLong();
  }

  /**
   * Writes {@code count} reports of run {@code runSeed} as NDJSON: one compact {@code
   * lkjip-report/1} document a line, each ending with {@code "\n"}. The same arguments always give
   * the same bytes. The stream is flushed, not closed.
   *
   * @throws IOException if the stream fails
   */
  public static void writeNdjson(long runSeed, long count, OutputStream out) throws IOException {
    for (long i = 0; i < count; i++) {
      out.write(Ndjson.report(generate(seedOf(runSeed, i))));
    }
    out.flush();
  }

  /** One generated report and the defect planted in it. */
  public record Generated(Report report, Optional<Defect> defect) {}

  /** The kinds of defect the generator plants, each the way a real report gets it wrong. */
  public enum Defect {
    /**
     * Two adjacent digits swapped in a printed total (budget or spending of the report or a
     * program).
     */
    DIGIT_SWAP_IN_TOTAL,
    /** An indicator's printed grade taken from a neighbouring band of the stated scale. */
    GRADE_FROM_WRONG_BAND,
    /** One sub-activity printed with the nomenclature code of another. */
    DUPLICATED_CODE,
    /** A printed percentage truncated where the rule set rounds half-up. */
    OTHER_ROUNDING
  }

  /** One report in this many carries a defect. */
  static final int DEFECT_ONE_IN = 10;

  private static final class Builder {
    private final SplittableRandom rnd;
    private final long seed;
    private final int year;

    Builder(SplittableRandom rnd, long seed) {
      this.rnd = rnd;
      this.seed = seed;
      this.year = 2019 + rnd.nextInt(7);
    }

    Report build() {
      int indicatorCount = 6 + rnd.nextInt(15);
      int subActivityCount = 10 + rnd.nextInt(191);
      return build(indicatorCount, subActivityCount);
    }

    Report build(int indicatorCount, int subActivityCount) {
      List<Goal> goals = goals(indicatorCount);
      List<String> objectiveIds = new ArrayList<>();
      goals.forEach(g -> g.objectives().forEach(o -> objectiveIds.add(o.id())));
      List<Program> programs = programs(subActivityCount);
      List<AlignmentLink> links = new ArrayList<>();
      int i = 0;
      for (Program p : programs) {
        for (Activity a : p.activities()) {
          for (SubActivity s : a.subActivities()) {
            // every objective gets at least one line, then lines are spread at random
            String objective =
                i < objectiveIds.size()
                    ? objectiveIds.get(i)
                    : objectiveIds.get(rnd.nextInt(objectiveIds.size()));
            links.add(ImmutableAlignmentLink.builder().objective(objective).line(s.id()).build());
            i++;
          }
        }
      }
      Alignment alignment =
          ImmutableAlignment.builder().id("cascade").table("Tabel 13").addAllLinks(links).build();
      Agency agency =
          ImmutableAgency.builder()
              .name("Dinas Sintetis " + Math.floorMod(seed, 1000))
              .region("Kota Contoh " + (1 + rnd.nextInt(550)))
              .build();
      return ImmutableReport.builder()
          .agency(agency)
          .fiscalYear(year)
          .title("LKjIP sintetis " + year)
          .addAllGoals(goals)
          .addAllPrograms(programs)
          .addAlignments(alignment)
          .build();
    }

    private List<Goal> goals(int indicatorCount) {
      List<Goal> goals = new ArrayList<>();
      int made = 0;
      int g = 0;
      while (made < indicatorCount) {
        g++;
        ImmutableGoal.Builder goal = ImmutableGoal.builder().id("T" + g).name("Tujuan " + g);
        int objectives = 1 + rnd.nextInt(3);
        for (int o = 1; o <= objectives && made < indicatorCount; o++) {
          ImmutableObjective.Builder objective =
              ImmutableObjective.builder().id("S" + g + "." + o).name("Sasaran " + g + "." + o);
          int indicators = 1 + rnd.nextInt(3);
          for (int k = 0; k < indicators && made < indicatorCount; k++) {
            made++;
            objective.addIndicators(indicator(made));
          }
          goal.addObjectives(objective.build());
        }
        goals.add(goal.build());
      }
      return goals;
    }

    private Indicator indicator(int n) {
      ImmutableIndicator.Builder b =
          ImmutableIndicator.builder()
              .id("IKU" + n)
              .name("Persentase indikator sintetis " + n)
              .unit("%")
              .dataSource("Internal");
      int kind = (n - 1) % (RATIO_FORMULAS.length + GROWTH_FORMULAS.length + 1);
      boolean growth =
          kind >= RATIO_FORMULAS.length && kind < RATIO_FORMULAS.length + GROWTH_FORMULAS.length;
      // Targets first; the value lands near the target as in real reports: 70–115 % of it, so
      // about a third of the indicators are over their target (achievement above 100).
      int targetValue = growth ? 5 + rnd.nextInt(26) : 30 + rnd.nextInt(71);
      BigDecimal target = BigDecimal.valueOf(targetValue);
      long valueHundredths = targetValue * (70L + rnd.nextInt(46));
      if (kind < RATIO_FORMULAS.length) {
        String[] f = RATIO_FORMULAS[kind].split(":");
        long denominator = rnd.nextInt(20) == 0 ? 0 : 10 + rnd.nextInt(20_000);
        long numerator = Math.min(denominator, denominator * valueHundredths / 10_000);
        b.formula(f[0] + ":" + f[1]);
        b.addInputs(observation(f[2], year, numerator), observation(f[3], year, denominator));
      } else if (growth) {
        String[] f = GROWTH_FORMULAS[kind - RATIO_FORMULAS.length].split(":");
        long previous = 20 + rnd.nextInt(5_000);
        long current = previous + previous * valueHundredths / 10_000;
        b.formula(f[0] + ":" + f[1]);
        b.addInputs(observation(f[2], year, current), observation(f[2], year - 1, previous));
      } else {
        b.formula("lkjip:direct");
        b.addInputs(
            observation("value", year, 0)
                .withValue(BigDecimal.valueOf(Math.min(10_000, valueHundredths), 2)));
      }
      b.addTargets(
          ImmutableTarget.builder()
              .year(year - 2)
              .absence(Absence.NOT_APPLICABLE)
              .printed("N/A")
              .build(),
          ImmutableTarget.builder().year(year - 1).value(target.subtract(BigDecimal.ONE)).build(),
          ImmutableTarget.builder().year(year).value(target).build());
      b.planEndTarget(ImmutableTarget.builder().year(year).value(target).build());
      b.nationalStandard(ImmutableTarget.builder().absence(Absence.NIL).printed("Nihil").build());
      return b.build();
    }

    private BigDecimal percent(int maxHundredths) {
      return BigDecimal.valueOf(rnd.nextInt(maxHundredths + 1), 2);
    }

    private static ImmutableObservation observation(String name, int year, long value) {
      return ImmutableObservation.builder()
          .name(name)
          .year(year)
          .value(BigDecimal.valueOf(value))
          .build();
    }

    private List<Program> programs(int subActivityCount) {
      List<Program> programs = new ArrayList<>();
      int remaining = subActivityCount;
      int p = 0;
      while (remaining > 0) {
        p++;
        ImmutableProgram.Builder program =
            ImmutableProgram.builder()
                .id(String.valueOf(p))
                .code(String.format(java.util.Locale.ROOT, "2.07.%02d", p))
                .name("PROGRAM SINTETIS " + p);
        int activities = 1 + rnd.nextInt(4);
        for (int a = 1; a <= activities && remaining > 0; a++) {
          String activityId = p + "." + (char) ('a' + a - 1);
          String activityCode = String.format(java.util.Locale.ROOT, "2.07.%02d.2.%02d", p, a);
          ImmutableActivity.Builder activity =
              ImmutableActivity.builder()
                  .id(activityId)
                  .code(activityCode)
                  .name("Kegiatan sintetis " + activityId);
          int subs = Math.min(remaining, 1 + rnd.nextInt(20));
          for (int s = 1; s <= subs; s++) {
            activity.addSubActivities(
                subActivity(
                    activityId + "." + s,
                    activityCode + String.format(java.util.Locale.ROOT, ".%02d", s)));
          }
          remaining -= subs;
          program.addActivities(activity.build());
        }
        programs.add(program.build());
      }
      return programs;
    }

    private SubActivity subActivity(String id, String code) {
      long budget = 1_000_000L + rnd.nextLong(5_000_000_000L);
      int pick = rnd.nextInt(10);
      long spending =
          pick == 0
              ? 0
              : pick < 3 ? rnd.nextLong(budget + 1) : budget - rnd.nextLong(budget / 20 + 1);
      long q4 = spending == 0 ? 0 : rnd.nextLong(spending + 1);
      String unit = UNITS[rnd.nextInt(UNITS.length)];
      long target = unit.equals("bulan") ? 12 : 1 + rnd.nextInt(10);
      long actual = spending == 0 ? 0 : rnd.nextInt(8) == 0 ? rnd.nextLong(target + 1) : target;
      return ImmutableSubActivity.builder()
          .id(id)
          .code(code)
          .name("Sub kegiatan sintetis " + id)
          .output(
              ImmutableOutput.builder()
                  .indicator("Keluaran " + id)
                  .target(Quantity.of(BigDecimal.valueOf(target), unit))
                  .actual(Quantity.of(BigDecimal.valueOf(actual), unit))
                  .build())
          .budget(BigDecimal.valueOf(budget))
          .spending(BigDecimal.valueOf(spending))
          .addSpendingByPeriod(
              ImmutablePeriodSpending.builder()
                  .fromQuarter(1)
                  .toQuarter(3)
                  .amount(BigDecimal.valueOf(spending - q4))
                  .build(),
              ImmutablePeriodSpending.builder()
                  .fromQuarter(4)
                  .toQuarter(4)
                  .amount(BigDecimal.valueOf(q4))
                  .build())
          .physicalProgress(actual == target ? BigDecimal.valueOf(100) : percent(9_999))
          .build();
    }
  }
}
