package org.lkjip.examples.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lkjip.evaluation.IndicatorResult;
import org.lkjip.evaluation.IndicatorYear;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.Derivations;
import org.lkjip.formulas.Figure;
import org.lkjip.model.Activity;
import org.lkjip.model.Indicator;
import org.lkjip.model.Objective;
import org.lkjip.model.Observation;
import org.lkjip.model.Program;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.xlsx.ValueCells;

/**
 * The inputs of one recomputed figure and where each comes from: a raw input of the indicator (and
 * the data-set cell it names), a target, another recomputed figure (explained one level further), a
 * budget line, or a quantity computed on the way. Each with its JSON path in the report and, where
 * the file says, its place (line and column, or a workbook cell).
 */
final class FigureExplanation {
  /** {@code placed[2022]}: a raw input by name and year, as formulas name their inputs. */
  private static final Pattern OBSERVATION = Pattern.compile("(.+)\\[(\\d{4})]");

  /** How deep recomputed inputs are explained: the figure's inputs and theirs. */
  private static final int DEPTH = 2;

  /**
   * One input of a figure.
   *
   * @param name as the rule names it ({@code placed[2022]}, {@code target}, {@code actual})
   * @param value as the rule used it
   * @param origin where it comes from, in words of the language
   * @param path its JSON path in the report, when it is stored there
   * @param place where that is in the file (line:column or a cell), when known
   * @param figure for an input that is itself recomputed: that figure's rule and inputs
   */
  record Input(
      String name,
      BigDecimal value,
      String origin,
      Optional<String> path,
      Optional<String> place,
      Optional<Derived> figure) {}

  /** A recomputed input: its rule, its inputs, or why it has no value. */
  record Derived(String rule, ImmutableList<Input> inputs, Optional<String> reason) {}

  private final Report report;
  private final Derivations derivations;
  private final ModelPaths paths;
  private final ExplainReport.Places places;
  private final Labels labels;
  private final Locale locale;

  FigureExplanation(
      Report report, Derivations derivations, ExplainReport.Places places, Locale locale) {
    this.report = report;
    this.derivations = derivations;
    this.paths = ModelPaths.of(report);
    this.places = places;
    this.labels = Labels.of(locale);
    this.locale = locale;
  }

  /** The inputs of {@code f}, the figure {@code p} is reconciled with. */
  ImmutableList<Input> inputs(PublishedFigure p, Figure f) {
    int year = p.year().orElse(report.fiscalYear());
    return inputs(p.subject(), year, f, DEPTH);
  }

  private ImmutableList<Input> inputs(Optional<String> subject, int year, Figure f, int depth) {
    ImmutableList.Builder<Input> out = ImmutableList.builder();
    Optional<Indicator> indicator = subject.flatMap(s -> report.find(s, Indicator.class));
    for (Map.Entry<String, BigDecimal> e : f.inputs().entrySet()) {
      out.add(input(e.getKey(), e.getValue(), subject, indicator, year, depth));
    }
    return out.build();
  }

  private Input input(
      String name,
      BigDecimal value,
      Optional<String> subject,
      Optional<Indicator> indicator,
      int year,
      int depth) {
    Matcher m = OBSERVATION.matcher(name);
    if (indicator.isPresent() && m.matches()) {
      return observation(name, value, indicator.get(), m.group(1), Integer.parseInt(m.group(2)));
    }
    if (indicator.isPresent()
        && indicator.get().inputs().stream()
            .anyMatch(o -> o.name().equals(name) && o.year() == year)) {
      // a formula reads its own year's inputs by their bare names
      return observation(name, value, indicator.get(), name, year);
    }
    if (indicator.isPresent() && name.equals("target")) {
      Optional<String> path = paths.target(indicator.get(), year);
      String printed =
          indicator.get().targets().stream()
              .filter(t -> t.year().equals(Optional.of(year)))
              .findFirst()
              .flatMap(t -> t.printed())
              .orElse(labels.number(value));
      return located(
          name,
          value,
          labels.format(
              "explain.origin.target", indicator.get().id(), String.valueOf(year), printed),
          path,
          Optional.of(ValueCells.target(indicator.get().id(), year)),
          Optional.empty());
    }
    if (indicator.isPresent() && name.equals("actual")) {
      Optional<Derived> actual =
          indicatorYear(indicator.get().id(), year)
              .map(y -> derived(Optional.of(indicator.get().id()), year, y.value(), depth - 1));
      return located(
          name,
          value,
          labels.format(
              "explain.origin.indicatorValue", indicator.get().id(), String.valueOf(year)),
          paths.element(indicator.get().id()),
          Optional.of(ValueCells.element(indicator.get().id())),
          depth > 1 ? actual : Optional.empty());
    }
    Optional<Indicator> named = report.find(name, Indicator.class);
    if (named.isPresent()) {
      Optional<Derived> achievement =
          indicatorYear(name, year)
              .map(y -> derived(Optional.of(name), year, y.achievement(), depth - 1));
      return located(
          name,
          value,
          labels.format("explain.origin.indicatorAchievement", name, String.valueOf(year)),
          paths.element(name),
          Optional.of(ValueCells.element(name)),
          depth > 1 ? achievement : Optional.empty());
    }
    Optional<String> line = subject.filter(s -> is(s, SubActivity.class)).flatMap(paths::element);
    if (line.isPresent() && (name.equals("budget") || name.equals("spending"))) {
      return located(
          name,
          value,
          labels.format("explain.origin.line." + name, code(subject.get())),
          line.map(p -> p + "." + name),
          Optional.of(ValueCells.line(subject.get(), name)),
          Optional.empty());
    }
    if (line.isPresent() && (name.equals("actual") || name.equals("target"))) {
      return located(
          name,
          value,
          labels.format("explain.origin.output." + name, code(subject.get())),
          line.map(p -> p + ".output." + name + ".amount"),
          Optional.of(ValueCells.line(subject.get(), "output." + name)),
          Optional.empty());
    }
    boolean money = name.equals("budget") || name.equals("spending");
    if (money && subject.filter(s -> is(s, Program.class) || is(s, Activity.class)).isPresent()) {
      return located(
          name,
          value,
          labels.format("explain.origin.lineTotal." + name, code(subject.get())),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    if (money && subject.filter(s -> is(s, Objective.class)).isPresent()) {
      return located(
          name,
          value,
          labels.format("explain.origin.objectiveLines." + name, subject.get()),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    Optional<String> element = paths.element(name);
    if (element.isPresent()) {
      String key =
          is(name, SubActivity.class) || is(name, Activity.class) || is(name, Program.class)
              ? "explain.origin.lineOutput"
              : "explain.origin.element";
      return located(
          name,
          value,
          labels.format(key, code(name)),
          element,
          Optional.of(ValueCells.element(name)),
          Optional.empty());
    }
    return located(
        name,
        value,
        labels.get("explain.origin.computed"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private boolean is(String id, Class<?> type) {
    return report.find(id, type).isPresent();
  }

  /** "2.07.01.2.06.01 Penyediaan …": a budget line's code and name, else the id. */
  private String code(String id) {
    Object e = report.elementsById().get(id);
    return e == null ? id : (AuditView.codeOf(e, id) + " " + AuditView.nameOf(e)).strip();
  }

  private Input observation(
      String key, BigDecimal value, Indicator indicator, String name, int year) {
    Optional<Observation> o =
        indicator.inputs().stream()
            .filter(x -> x.name().equals(name) && x.year() == year)
            .findFirst();
    String origin =
        labels.format("explain.origin.observation", name, String.valueOf(year), indicator.id());
    Optional<String> path = paths.observation(indicator, name, year);
    if (o.isPresent() && o.get().source().isPresent()) {
      var ref = o.get().source().get();
      origin =
          origin
              + "; "
              + labels.format("explain.origin.source", ref.dataset(), ref.row(), ref.column());
      Optional<String> cell = paths.cell(ref);
      Optional<String> at =
          places.of(
              cell, Optional.of(ValueCells.datasetCell(ref.dataset(), ref.row(), ref.column())));
      if (cell.isPresent() || at.isPresent()) {
        String where =
            cell.map(c -> c + at.map(a -> ", " + a).orElse("")).orElseGet(at::orElseThrow);
        origin = origin + " (" + where + ")";
      }
    }
    return located(
        key,
        value,
        origin,
        path,
        Optional.of(ValueCells.observation(indicator.id(), name, year)),
        Optional.empty());
  }

  private Input located(
      String name,
      BigDecimal value,
      String origin,
      Optional<String> path,
      Optional<String> cellKey,
      Optional<Derived> figure) {
    return new Input(name, value, origin, path, places.of(path, cellKey), figure);
  }

  private Derived derived(Optional<String> subject, int year, Figure f, int depth) {
    ImmutableList<Input> inputs = depth > 0 ? inputs(subject, year, f, depth) : ImmutableList.of();
    return new Derived(f.rule(), inputs, AuditMessages.reason(f, locale));
  }

  private Optional<IndicatorYear> indicatorYear(String indicatorId, int year) {
    return derivations
        .evaluation()
        .indicator(indicatorId)
        .map(IndicatorResult::years)
        .flatMap(ys -> ys.stream().filter(y -> y.year() == year).findFirst());
  }

  /** The lines of {@code inputs}, indented by {@code indent}, nested inputs further. */
  List<String> lines(List<Input> inputs, String indent) {
    List<String> out = new ArrayList<>();
    for (Input i : inputs) {
      StringBuilder line =
          new StringBuilder(indent)
              .append(i.name())
              .append(" = ")
              .append(labels.number(i.value()))
              .append(" — ")
              .append(i.origin());
      i.path().ifPresent(p -> line.append(" [").append(p).append(']'));
      i.place().ifPresent(p -> line.append(' ').append(p));
      out.add(line.toString());
      if (i.figure().isPresent()) {
        Derived d = i.figure().get();
        out.add(indent + "    " + labels.format("explain.rule", d.rule()));
        d.reason()
            .ifPresent(r -> out.add(indent + "    " + labels.format("explain.notComputed", r)));
        out.addAll(lines(d.inputs(), indent + "    "));
      }
    }
    return out;
  }
}
