package org.lkjip.evaluation.audit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence not yet worded: the key of its template in the {@link AuditMessages} bundles and the
 * named values that fill the template's placeholders. One part of a {@link FigureReconciliation}'s
 * cause.
 *
 * @param key the template's key, e.g. {@code "cause.readAsZero"}; never null
 * @param args the values of the placeholders, by {@link Fact#key()}; never null
 * @since 0.3
 */
public record Message(String key, List<Fact> args) {
  /** A message; {@code args} is copied. */
  public Message {
    Objects.requireNonNull(key, "key");
    args = ImmutableList.copyOf(args);
  }

  /** A message with {@code args}. */
  public static Message of(String key, Fact... args) {
    return new Message(key, List.of(args));
  }
}
