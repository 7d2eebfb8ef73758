package org.lkjip.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What fails a {@code verify} run ({@code --fail-on}); INFO findings and MATCH figures never do.
 */
enum FailOn {
  /** MISMATCH figures only; findings never fail. */
  MISMATCH,
  /** MISMATCH figures and ERROR findings: the default, {@code Verification.passed()}. */
  ERROR,
  /**
   * Every figure that is not MATCH (MISMATCH, MATCH_WITH_OTHER_ROUNDING, NOT_RECOMPUTABLE) and
   * ERROR and WARNING findings.
   */
  WARNING,
  /** Nothing: the exit code is 0 whatever the report says (bad input still exits 2). */
  NEVER;

  /** The name on the command line. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code f} fails the run at this level. */
  boolean fails(FigureReconciliation f) {
    return switch (this) {
      case MISMATCH, ERROR -> f.status() == ReconciliationStatus.MISMATCH;
      case WARNING -> f.status() != ReconciliationStatus.MATCH;
      case NEVER -> false;
    };
  }

  /** Whether {@code f} fails the run at this level. */
  boolean fails(Finding f) {
    return switch (this) {
      case MISMATCH, NEVER -> false;
      case ERROR -> f.severity() == Severity.ERROR;
      case WARNING -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
    };
  }

  /** Converts "error", "warning", "mismatch", "never". */
  static final class Converter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      for (FailOn f : values()) {
        if (f.cliName().equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "expected one of "
              + Arrays.stream(values()).map(FailOn::cliName).collect(Collectors.joining(", "))
              + " but was '"
              + value
              + "'");
    }
  }

  /** The candidates for help. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(values()).map(FailOn::cliName).iterator();
    }
  }
}
