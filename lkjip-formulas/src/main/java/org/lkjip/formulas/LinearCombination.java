package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weighted sum of named inputs of one year, {@code w1 × a + w2 × b + …}, evaluated exactly. Input
 * names are distinct.
 */
final class LinearCombination {
  private final ImmutableList<Term> terms;

  private LinearCombination(List<Term> terms) {
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("bug: a linear combination needs at least one term");
    }
    Set<String> seen = new HashSet<>();
    for (Term t : terms) {
      if (!seen.add(t.input())) {
        throw new IllegalArgumentException("bug: input '" + t.input() + "' listed twice");
      }
    }
    this.terms = ImmutableList.copyOf(terms);
  }

  /** {@code 1 × input}. */
  static LinearCombination of(String input) {
    return new LinearCombination(ImmutableList.of(Term.of(input)));
  }

  /** The weighted sum of {@code terms}: at least one, distinct inputs. */
  static LinearCombination of(List<Term> terms) {
    return new LinearCombination(terms);
  }

  ImmutableList<Term> terms() {
    return terms;
  }

  /** Input names in order. */
  ImmutableList<String> inputNames() {
    return terms.stream().map(Term::input).collect(ImmutableList.toImmutableList());
  }

  /** Whether this is a single input with weight 1, so its value is that input's value. */
  boolean isSingleInput() {
    return terms.size() == 1 && terms.get(0).weight().compareTo(BigDecimal.ONE) == 0;
  }

  /** The exact weighted sum; {@code values} holds every input by name. */
  BigDecimal evaluate(Map<String, BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Term t : terms) {
      BigDecimal v = values.get(t.input());
      if (v == null) {
        throw new IllegalStateException("bug: no value for input '" + t.input() + "'");
      }
      sum = sum.add(t.weight().multiply(v));
    }
    return sum;
  }

  /** For people: "a", "(a + b)", "(2 × a − b)"; parenthesised when {@code group} and compound. */
  String describe(boolean group) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      BigDecimal w = t.weight();
      if (i == 0) {
        s.append(w.signum() < 0 ? "−" : "");
      } else {
        s.append(w.signum() < 0 ? " − " : " + ");
      }
      BigDecimal magnitude = w.abs();
      if (magnitude.compareTo(BigDecimal.ONE) != 0) {
        s.append(magnitude.toPlainString()).append(" × ");
      }
      s.append(t.input());
    }
    return group && !isSingleInput() ? "(" + s + ")" : s.toString();
  }

  @Override
  public String toString() {
    return describe(false);
  }
}
