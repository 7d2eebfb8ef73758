package org.lkjip.evaluation.audit;

import java.util.List;

/**
 * A general consistency check on a report: one pure method plus an id and a description. A check
 * never depends on the ids, tables or values of a particular report, and never throws for data
 * problems: what it finds is a list of {@link Finding}s.
 *
 * <p>Built-ins are listed in {@link Checks#builtIns()}.
 *
 * @since 0.1
 */
public interface ConsistencyCheck {
  /** Stable id in kebab case, e.g. "total-not-sum-of-lines"; used as {@link Finding#check()}. */
  String id();

  /** What the check looks for, in one sentence, for people. */
  String description();

  /** Runs the check; never null, empty when nothing is found. */
  List<Finding> run(AuditContext ctx);
}
