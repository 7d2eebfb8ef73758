package org.lkjip.examples.report;

import java.util.Locale;
import java.util.Optional;
import org.lkjip.evaluation.audit.AuditMessages;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;

/**
 * The sentences of findings and causes in a language, from the audit's own bundles ({@link
 * AuditMessages}): the renderers never compose them.
 */
final class Words {
  private Words() {}

  /** What a finding says, in {@code locale}. */
  static String finding(Finding f, Locale locale) {
    return AuditMessages.finding(f, locale);
  }

  /** Why a figure is what it is, in {@code locale}, when the reconciliation says. */
  static Optional<String> cause(FigureReconciliation f, Locale locale) {
    return AuditMessages.cause(f, locale);
  }
}
