package org.lkjip.io;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lkjip.model.Absence;
import org.lkjip.model.Activity;
import org.lkjip.model.Alignment;
import org.lkjip.model.AlignmentLink;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.Cell;
import org.lkjip.model.CellRef;
import org.lkjip.model.Dataset;
import org.lkjip.model.DatasetRow;
import org.lkjip.model.Goal;
import org.lkjip.model.GradingScale;
import org.lkjip.model.ImmutableActivity;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableAlignment;
import org.lkjip.model.ImmutableAlignmentLink;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableCell;
import org.lkjip.model.ImmutableCellRef;
import org.lkjip.model.ImmutableDataset;
import org.lkjip.model.ImmutableDatasetRow;
import org.lkjip.model.ImmutableGoal;
import org.lkjip.model.ImmutableGradingScale;
import org.lkjip.model.ImmutableIndicator;
import org.lkjip.model.ImmutableObjective;
import org.lkjip.model.ImmutableObservation;
import org.lkjip.model.ImmutableOutput;
import org.lkjip.model.ImmutablePeriodSpending;
import org.lkjip.model.ImmutableProgram;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.ImmutableStrategicPlan;
import org.lkjip.model.ImmutableSubActivity;
import org.lkjip.model.ImmutableTarget;
import org.lkjip.model.Indicator;
import org.lkjip.model.Measure;
import org.lkjip.model.Objective;
import org.lkjip.model.Polarity;
import org.lkjip.model.Program;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Quantity;
import org.lkjip.model.Report;
import org.lkjip.model.StrategicPlan;
import org.lkjip.model.SubActivity;
import org.lkjip.model.Target;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/**
 * A QuickTheories generator of random valid {@link Report}s: a few plans, goals, objectives and
 * indicators with inputs and targets, programs, activities and sub-activities with budgets, data
 * sets, alignments and published figures. Ids are unique across the report and every reference
 * resolves. Strings include quotes, backslashes, control characters and non-ASCII text.
 */
final class ReportGen {
  private static final String[] WORDS = {
    "Dinas",
    "Ketenagakerjaan",
    "Kota",
    "Tebing Tinggi",
    "sub kegiatan",
    "Rp",
    "%",
    "\"kutip\"",
    "back\\slash",
    "baris\nbaru",
    "tab\there",
    "é",
    "中文",
    "\uD83D\uDCC8",
    "\u0001",
    "  ",
    "/",
    "<b>",
    "N/A",
    "Nihil",
    "-"
  };

  private ReportGen() {}

  /** Random valid reports. */
  static Gen<Report> reports() {
    return in -> new Builder(in).report();
  }

  /** Draws from the randomness source through QuickTheories' own generators, so they shrink. */
  private static final class Builder {
    private final RandomnessSource in;
    private int nextId = 1;
    private final List<String> objectiveIds = new ArrayList<>();
    private final List<String> lineIds = new ArrayList<>();
    private final List<String> elementIds = new ArrayList<>();
    private final List<Dataset> datasets = new ArrayList<>();

    Builder(RandomnessSource in) {
      this.in = in;
    }

    int between(int low, int high) {
      return SourceDSL.integers().between(low, high).generate(in);
    }

    boolean chance() {
      return between(0, 1) == 1;
    }

    <T> T pick(List<T> from) {
      return from.get(between(0, from.size() - 1));
    }

    String id(String prefix) {
      String id = prefix + nextId++;
      elementIds.add(id);
      return id;
    }

    /** Text with at least one letter, so never blank. */
    String text() {
      StringBuilder b = new StringBuilder("x");
      int words = between(0, 3);
      for (int i = 0; i < words; i++) {
        b.append(' ').append(WORDS[between(0, WORDS.length - 1)]);
      }
      return b.toString();
    }

    /** Absent, empty or some text: for properties where an empty string is allowed. */
    Optional<String> maybeText() {
      return switch (between(0, 3)) {
        case 0 -> Optional.of("");
        case 1 -> Optional.of(text());
        default -> Optional.empty();
      };
    }

    /** Absent or a non-blank code. */
    Optional<String> maybeCode() {
      return chance() ? Optional.of("2.07." + between(1, 99) + " " + text()) : Optional.empty();
    }

    BigDecimal decimal(boolean nonNegative) {
      int scale = between(0, 4);
      BigInteger unscaled =
          between(0, 9) == 0
              ? new BigInteger("123456789012345678901234567890")
                  .multiply(BigInteger.valueOf(between(1, 99)))
              : BigInteger.valueOf(SourceDSL.longs().between(0, 99_999_999_999L).generate(in));
      BigDecimal v = new BigDecimal(unscaled, scale);
      return nonNegative || chance() ? v : v.negate();
    }

    Optional<BigDecimal> maybeDecimal(boolean nonNegative) {
      return chance() ? Optional.of(decimal(nonNegative)) : Optional.empty();
    }

    int year() {
      return between(2015, 2030);
    }

    Absence absence() {
      return pick(List.of(Absence.values()));
    }

    Report report() {
      ImmutableReport.Builder r =
          ImmutableReport.builder()
              .agency(
                  ImmutableAgency.builder()
                      .name(text())
                      .region(chance() ? Optional.of(text()) : Optional.empty())
                      .province(maybeText())
                      .build())
              .fiscalYear(year())
              .title(maybeText());
      int plans = between(0, 2);
      for (int i = 0; i < plans; i++) {
        r.addPlan(plan());
      }
      if (chance()) {
        r.statedScale(scale());
      }
      int datasetCount = between(0, 2);
      for (int i = 0; i < datasetCount; i++) {
        datasets.add(dataset());
      }
      r.addAllDatasets(datasets);
      int goals = between(0, 3);
      for (int i = 0; i < goals; i++) {
        r.addGoal(goal());
      }
      int programs = between(0, 2);
      for (int i = 0; i < programs; i++) {
        r.addProgram(program());
      }
      int alignments = objectiveIds.isEmpty() || lineIds.isEmpty() ? 0 : between(0, 2);
      for (int i = 0; i < alignments; i++) {
        r.addAlignment(alignment());
      }
      int published = between(0, 4);
      for (int i = 0; i < published; i++) {
        r.addPublished(published());
      }
      return r.build();
    }

    StrategicPlan plan() {
      int start = year();
      ImmutableStrategicPlan.Builder p =
          ImmutableStrategicPlan.builder()
              .id(id("P"))
              .name(text())
              .startYear(start)
              .endYear(start + between(0, 5))
              .decree(maybeText());
      int indicators = between(0, 2);
      for (int i = 0; i < indicators; i++) {
        p.addIndicator(indicator());
      }
      return p.build();
    }

    GradingScale scale() {
      ImmutableGradingScale.Builder s =
          ImmutableGradingScale.builder()
              .id("scale-" + between(1, 9))
              .name(text())
              .source(maybeText())
              .confidence(maybeText());
      int bands = between(1, 4);
      for (int i = 0; i < bands; i++) {
        s.addBand(band());
      }
      return s.build();
    }

    Band band() {
      ImmutableBand.Builder b = ImmutableBand.builder().label(text());
      BigDecimal low = decimal(false);
      BigDecimal high = low.add(decimal(true));
      boolean both = chance();
      if (chance()) {
        b.lower(Bound.inclusive(low));
      } else if (both) {
        b.lower(Bound.exclusive(low.subtract(BigDecimal.ONE)));
      }
      if (chance()) {
        b.upper(both ? Bound.inclusive(high) : Bound.exclusive(high.add(BigDecimal.ONE)));
      }
      return b.build();
    }

    Goal goal() {
      ImmutableGoal.Builder g = ImmutableGoal.builder().id(id("G")).name(text());
      int objectives = between(0, 3);
      for (int i = 0; i < objectives; i++) {
        g.addObjective(objective());
      }
      return g.build();
    }

    Objective objective() {
      String id = id("S");
      objectiveIds.add(id);
      ImmutableObjective.Builder o = ImmutableObjective.builder().id(id).name(text());
      int indicators = between(0, 3);
      for (int i = 0; i < indicators; i++) {
        o.addIndicator(indicator());
      }
      return o.build();
    }

    Indicator indicator() {
      ImmutableIndicator.Builder i =
          ImmutableIndicator.builder()
              .id(id("IKU"))
              .name(text())
              .unit(chance() ? "%" : text())
              .formula(chance() ? Optional.of("lkjip:ratio") : Optional.empty())
              .formulaText(maybeText())
              .dataSource(maybeText());
      if (chance()) {
        i.polarity(chance() ? Polarity.POSITIVE : Polarity.NEGATIVE);
      }
      Set<String> inputKeys = new HashSet<>();
      int inputs = between(0, 3);
      for (int k = 0; k < inputs; k++) {
        String name = chance() ? "placed" : "examined";
        int year = year();
        if (!inputKeys.add(name + year)) {
          continue;
        }
        ImmutableObservation.Builder o = ImmutableObservation.builder().name(name).year(year);
        if (chance()) {
          o.value(decimal(false));
        } else {
          o.absence(absence());
        }
        if (!datasets.isEmpty() && chance()) {
          o.source(cell(pick(datasets)));
        }
        i.addInput(o.build());
      }
      Set<Integer> targetYears = new HashSet<>();
      int targets = between(0, 3);
      for (int k = 0; k < targets; k++) {
        int year = year();
        if (targetYears.add(year)) {
          i.addTarget(target(Optional.of(year)));
        }
      }
      if (chance()) {
        i.planEndTarget(target(Optional.empty()));
      }
      if (chance()) {
        i.nationalStandard(target(Optional.empty()));
      }
      return i.build();
    }

    CellRef cell(Dataset d) {
      List<String> rows = new ArrayList<>();
      d.rows().forEach(r -> rows.add(r.label()));
      if (d.total().isPresent()) {
        rows.add(CellRef.TOTAL_ROW);
      }
      if (rows.isEmpty()) {
        // No row to point at: a dataset without rows cannot be a source, so point at a fresh one.
        throw new IllegalStateException("bug: generator made a dataset without rows");
      }
      return ImmutableCellRef.builder()
          .dataset(d.id())
          .row(pick(rows))
          .column(pick(d.columns()))
          .build();
    }

    Target target(Optional<Integer> year) {
      ImmutableTarget.Builder t = ImmutableTarget.builder().year(year).printed(maybeText());
      switch (between(0, 2)) {
        case 0 -> t.value(decimal(false));
        case 1 -> {
          BigDecimal low = decimal(false);
          t.low(low).high(low.add(decimal(true)));
        }
        default -> t.absence(absence());
      }
      return t.build();
    }

    Dataset dataset() {
      ImmutableDataset.Builder d =
          ImmutableDataset.builder()
              .id(id("D"))
              .title(text())
              .year(chance() ? Optional.of(year()) : Optional.empty());
      int columns = between(1, 3);
      for (int c = 0; c < columns; c++) {
        d.addColumn("c" + c + (chance() ? " " + text() : ""));
      }
      int rows = between(1, 3);
      for (int r = 0; r < rows; r++) {
        d.addRow(row("r" + r + (chance() ? " " + text() : ""), columns));
      }
      if (chance()) {
        d.total(row("Jumlah", columns));
      }
      return d.build();
    }

    DatasetRow row(String label, int columns) {
      ImmutableDatasetRow.Builder r = ImmutableDatasetRow.builder().label(label);
      for (int c = 0; c < columns; c++) {
        r.addCell(cell());
      }
      return r.build();
    }

    Cell cell() {
      ImmutableCell.Builder c = ImmutableCell.builder().printed(maybeText());
      if (chance()) {
        c.value(decimal(true));
      } else {
        c.absence(absence());
      }
      return c.build();
    }

    Program program() {
      String id = id("prog");
      lineIds.add(id);
      ImmutableProgram.Builder p =
          ImmutableProgram.builder()
              .id(id)
              .code(chance() ? Optional.of("2.07.0" + between(1, 9)) : Optional.empty())
              .name(text())
              .outcome(maybeText());
      int activities = between(0, 2);
      for (int i = 0; i < activities; i++) {
        p.addActivity(activity());
      }
      return p.build();
    }

    Activity activity() {
      String id = id("act");
      lineIds.add(id);
      ImmutableActivity.Builder a =
          ImmutableActivity.builder().id(id).code(maybeCode()).name(text());
      int subs = between(0, 3);
      for (int i = 0; i < subs; i++) {
        a.addSubActivity(subActivity());
      }
      return a.build();
    }

    SubActivity subActivity() {
      String id = id("sub");
      lineIds.add(id);
      ImmutableSubActivity.Builder s =
          ImmutableSubActivity.builder()
              .id(id)
              .code(maybeCode())
              .name(text())
              .budget(decimal(true))
              .spending(maybeDecimal(true))
              .physicalProgress(maybeDecimal(true));
      if (chance()) {
        ImmutableOutput.Builder o =
            ImmutableOutput.builder().indicator(text()).target(Quantity.of(decimal(true), "bulan"));
        if (chance()) {
          o.actual(Quantity.of(decimal(true), text()));
        }
        s.output(o.build());
      }
      int periods = between(0, 2);
      for (int i = 0; i < periods; i++) {
        int from = between(1, 4);
        s.addSpendingByPeriod(
            ImmutablePeriodSpending.builder()
                .fromQuarter(from)
                .toQuarter(between(from, 4))
                .amount(decimal(true))
                .build());
      }
      return s.build();
    }

    Alignment alignment() {
      ImmutableAlignment.Builder a = ImmutableAlignment.builder().id(id("A")).table(maybeText());
      Set<String> seen = new HashSet<>();
      int links = between(0, 4);
      for (int i = 0; i < links; i++) {
        String objective = pick(objectiveIds);
        String line = pick(lineIds);
        if (!seen.add(objective + "|" + line)) {
          continue;
        }
        ImmutableAlignmentLink.Builder l =
            ImmutableAlignmentLink.builder().objective(objective).line(line);
        if (chance()) {
          l.share(new BigDecimal(BigInteger.valueOf(between(1, 10000)), 2));
        }
        AlignmentLink link = l.build();
        a.addLink(link);
      }
      return a.build();
    }

    PublishedFigure published() {
      Measure measure = pick(List.of(Measure.values()));
      ImmutablePublishedFigure.Builder f =
          ImmutablePublishedFigure.builder()
              .table("Tabel " + between(1, 14))
              .row(text())
              .column(text())
              .printed(text())
              .measure(measure)
              .year(chance() ? Optional.of(year()) : Optional.empty());
      switch (between(0, 2)) {
        case 0 -> f.value(decimal(false));
        case 1 -> f.absence(absence());
        default -> {
          // neither: a printed text that is not a number, such as a grade
        }
      }
      if (!elementIds.isEmpty() && chance()) {
        f.subject(pick(elementIds));
      }
      if (measure == Measure.PERIOD_SPENDING || between(0, 3) == 0) {
        int from = between(1, 4);
        f.fromQuarter(from).toQuarter(between(from, 4));
      }
      return f.build();
    }
  }

  /** All ids of a report, to check the generator itself. */
  static ImmutableList<String> ids(Report r) {
    return r.elementsById().keySet().asList();
  }
}
