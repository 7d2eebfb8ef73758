package org.lkjip.evaluation.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkjip.model.Activity;
import org.lkjip.model.Program;
import org.lkjip.model.SubActivity;

/** A nomenclature code used by more than one program, activity or sub-activity. */
final class DuplicateCode implements ConsistencyCheck {
  static final String ID = "duplicate-code";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a nomenclature code used by more than one program, activity or sub-activity";
  }

  @Override
  public List<Finding> run(AuditContext ctx) {
    Map<String, List<String>> byCode = new LinkedHashMap<>();
    for (Program p : ctx.report().programs()) {
      p.code().ifPresent(c -> byCode.computeIfAbsent(c.trim(), k -> new ArrayList<>()).add(p.id()));
      for (Activity a : p.activities()) {
        a.code()
            .ifPresent(c -> byCode.computeIfAbsent(c.trim(), k -> new ArrayList<>()).add(a.id()));
        for (SubActivity s : a.subActivities()) {
          s.code()
              .ifPresent(c -> byCode.computeIfAbsent(c.trim(), k -> new ArrayList<>()).add(s.id()));
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    byCode.forEach(
        (code, ids) -> {
          if (ids.size() > 1) {
            out.add(
                Checks.about(ID, Severity.ERROR, ids.get(0))
                    .row(code)
                    .addFact(Fact.of("code", code))
                    .addFact(Fact.of("lineCount", ids.size()))
                    .addFact(Fact.of("lines", String.join(AuditMessages.ITEMS, ids)))
                    .messageKey("duplicate-code")
                    .build());
          }
        });
    return out;
  }
}
