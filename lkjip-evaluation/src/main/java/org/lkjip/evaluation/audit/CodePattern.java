package org.lkjip.evaluation.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lkjip.model.Activity;
import org.lkjip.model.Program;
import org.lkjip.model.SubActivity;

/**
 * A code that does not fit the Permendagri 90/2019 nomenclature shape for its level: program {@code
 * u.uu.pp} (urusan {@code u.uu}, program {@code pp}), activity {@code <program>.k.kk}, sub-activity
 * {@code <activity>.ss}; or a child whose code does not start with its parent's.
 */
final class CodePattern implements ConsistencyCheck {
  static final String ID = "code-pattern";

  /** Urusan {@code u.uu}; "X.XX" is how the nomenclature writes a program common to all urusan. */
  private static final String URUSAN = "(\\d\\.\\d{2}|X\\.XX)";

  private static final Pattern PROGRAM = Pattern.compile(URUSAN + "\\.\\d{2}");
  private static final Pattern ACTIVITY = Pattern.compile(URUSAN + "\\.\\d{2}\\.\\d\\.\\d{2}");
  private static final Pattern SUB_ACTIVITY =
      Pattern.compile(URUSAN + "\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{2}");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a budget line code that does not fit the Permendagri 90/2019 shape for its level, or"
        + " does not start with its parent's code";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Program p : ctx.report().programs()) {
      check(out, "program", p.id(), p.code(), PROGRAM, "d.dd.dd", Optional.empty());
      for (Activity a : p.activities()) {
        check(out, "activity", a.id(), a.code(), ACTIVITY, "<program>.d.dd", p.code());
        for (SubActivity s : a.subActivities()) {
          check(out, "sub-activity", s.id(), s.code(), SUB_ACTIVITY, "<activity>.dd", a.code());
        }
      }
    }
    return out;
  }

  private static void check(
      List<Finding> out,
      String level,
      String id,
      Optional<String> code,
      Pattern shape,
      String shapeText,
      Optional<String> parent) {
    if (code.isEmpty()) {
      return;
    }
    String c = code.get().trim();
    if (!shape.matcher(c).matches()) {
      out.add(
          Checks.about(ID, Severity.WARNING, id)
              .row(c)
              .addFact(Fact.of("code", c))
              .addFact(Fact.of("expectedShape", shapeText))
              .addFact(Fact.of("level", level))
              .messageKey("code-pattern.shape")
              .build());
    } else if (parent.isPresent() && !c.startsWith(parent.get().trim() + ".")) {
      out.add(
          Checks.about(ID, Severity.WARNING, id)
              .row(c)
              .addFact(Fact.of("code", c))
              .addFact(Fact.of("parentCode", parent.get().trim()))
              .addFact(Fact.of("level", level))
              .messageKey("code-pattern.parent")
              .build());
    }
  }
}
