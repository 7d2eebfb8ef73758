package org.lkjip.model;

import java.math.BigDecimal;
import java.util.Optional;

/** Small invariant helpers shared by the value types. Messages quote the offending value. */
final class Checks {
  private Checks() {}

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidModelException(field + " must not be blank, was \"" + value + "\"");
    }
  }

  static void nonNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new InvalidModelException(
          field + " must not be negative, was " + value.toPlainString());
    }
  }

  static void nonNegative(String field, Optional<BigDecimal> value) {
    value.ifPresent(v -> nonNegative(field, v));
  }

  static void percentage(String field, Optional<BigDecimal> value) {
    value.ifPresent(
        v -> {
          if (v.signum() < 0) {
            throw new InvalidModelException(
                field + " is a percentage and must not be negative, was " + v.toPlainString());
          }
        });
  }

  static void year(String field, int year) {
    if (year < 1900 || year > 2200) {
      throw new InvalidModelException(field + " must be a year between 1900 and 2200, was " + year);
    }
  }

  static void exactlyOne(String what, boolean hasValue, boolean hasAbsence) {
    if (hasValue == hasAbsence) {
      throw new InvalidModelException(
          what
              + " needs exactly one of 'value' or 'absence', "
              + (hasValue ? "both were given" : "neither was given"));
    }
  }
}
