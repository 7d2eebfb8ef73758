package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The formulas known to an evaluation, by id: immutable once built, safe to share between threads.
 *
 * <p>{@link #standard()} holds the {@linkplain Formulas built-ins} and the formulas of every {@link
 * FormulaProvider} that {@link ServiceLoader} finds on the module path and the class path. A {@link
 * #builder()} assembles any other set, including formulas defined in JSON ({@link
 * FormulaDefinition}).
 *
 * <p>Ids are checked when a formula is added: non-blank, without whitespace, unique (a duplicate
 * names both classes), and the "lkjip:" prefix is reserved for the built-ins (a provider using it
 * is rejected naming the provider class). Formulas that come from a host (added directly or through
 * a provider) are guarded: a {@link RuntimeException} they throw becomes a figure with status
 * {@link Status#RULE_FAILED} (see {@link Formulas#compute(IndicatorFormula, FormulaInputs,
 * Rounding)}), so nothing obtained from a registry throws for data problems.
 *
 * @since 0.1
 */
public final class FormulaRegistry {
  private final ImmutableSortedMap<String, IndicatorFormula> byId;

  private FormulaRegistry(ImmutableSortedMap<String, IndicatorFormula> byId) {
    this.byId = byId;
  }

  /**
   * The built-ins plus every {@link FormulaProvider} found by {@link ServiceLoader} (the caller's
   * module layer and the thread's context class loader).
   *
   * @return the registry, never null
   * @throws InvalidFormulaException when a provider brings a bad or duplicate id
   */
  public static FormulaRegistry standard() {
    return builder().addBuiltIns().addServiceProviders().build();
  }

  /** A builder of a registry, empty at first. */
  public static Builder builder() {
    return new Builder();
  }

  /** The formula with {@code id}, if registered. */
  public Optional<IndicatorFormula> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The formula with {@code id}.
   *
   * @throws UnknownFormulaException when none is registered; the message lists a few known ids
   */
  public IndicatorFormula get(String id) {
    IndicatorFormula f = byId.get(id);
    if (f == null) {
      throw new UnknownFormulaException(id, byId.keySet().asList());
    }
    return f;
  }

  /** All formulas, sorted by id, never null. */
  public ImmutableList<IndicatorFormula> all() {
    return byId.values().asList();
  }

  /** All ids, sorted, never null. */
  public ImmutableSortedSet<String> ids() {
    return byId.keySet();
  }

  @Override
  public String toString() {
    return "FormulaRegistry" + byId.keySet();
  }

  /**
   * Assembles a {@link FormulaRegistry}; each {@code add} checks the ids at once and throws {@link
   * InvalidFormulaException} naming the offending class. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final TreeMap<String, Entry> entries = new TreeMap<>();

    private record Entry(IndicatorFormula formula, String origin) {}

    private Builder() {}

    /** Adds the {@linkplain Formulas#builtIns() built-in formulas}. */
    public Builder addBuiltIns() {
      for (IndicatorFormula f : Formulas.builtIns()) {
        put(f, "built-in " + f.getClass().getName(), true);
      }
      return this;
    }

    /**
     * Adds the formulas of every {@link FormulaProvider} that {@link ServiceLoader} finds from this
     * module's layer and the thread's context class loader (or this class's loader when there is
     * none).
     */
    public Builder addServiceProviders() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return addServiceProviders(
          context != null ? context : FormulaRegistry.class.getClassLoader());
    }

    /** Adds the formulas of every {@link FormulaProvider} that {@link ServiceLoader} finds. */
    public Builder addServiceProviders(ClassLoader loader) {
      for (FormulaProvider provider : ServiceLoader.load(FormulaProvider.class, loader)) {
        addProvider(provider);
      }
      return this;
    }

    /** Adds the formulas of {@code provider}, as if it had been found by {@link ServiceLoader}. */
    public Builder addProvider(FormulaProvider provider) {
      String providerName = provider.getClass().getName();
      List<IndicatorFormula> formulas = provider.formulas();
      if (formulas == null) {
        throw new InvalidFormulaException(
            "", "formula provider " + providerName + " returned null instead of a list");
      }
      for (IndicatorFormula f : formulas) {
        if (f == null) {
          throw new InvalidFormulaException(
              "", "formula provider " + providerName + " returned a null formula");
        }
        put(
            GuardedFormula.of(f),
            f.getClass().getName() + " (from provider " + providerName + ")",
            false);
      }
      return this;
    }

    /**
     * Adds {@code formulas}. A host's formula is guarded (see {@link FormulaRegistry}); a built-in
     * instance from {@link Formulas} may be added with its reserved id.
     */
    public Builder add(IndicatorFormula... formulas) {
      return add(List.of(formulas));
    }

    /** Adds {@code formulas}, like {@link #add(IndicatorFormula...)}. */
    public Builder add(Collection<? extends IndicatorFormula> formulas) {
      for (IndicatorFormula f : formulas) {
        Objects.requireNonNull(f, "formula");
        boolean builtIn = Formulas.isBuiltIn(f);
        put(
            builtIn ? f : GuardedFormula.of(f),
            (builtIn ? "built-in " : "") + f.getClass().getName(),
            builtIn);
      }
      return this;
    }

    /**
     * Adds the formulas that {@code definitions} compile to ({@link
     * FormulaDefinition#toFormula()}).
     */
    public Builder addDefinitions(List<? extends FormulaDefinition> definitions) {
      for (FormulaDefinition d : definitions) {
        put(d.toFormula(), "formula definition of kind '" + d.kind() + "'", false);
      }
      return this;
    }

    private void put(IndicatorFormula formula, String origin, boolean builtIn) {
      String id = formula.id();
      Objects.requireNonNull(id, () -> "formula id of " + origin);
      FormulaIds.check(id, origin, builtIn);
      Entry previous = entries.get(id);
      if (previous != null) {
        throw new InvalidFormulaException(
            id,
            "formula id '"
                + id
                + "' is registered twice: by "
                + previous.origin()
                + " and by "
                + origin);
      }
      entries.put(id, new Entry(formula, origin));
    }

    /** The registry, never null. */
    public FormulaRegistry build() {
      ImmutableSortedMap.Builder<String, IndicatorFormula> b = ImmutableSortedMap.naturalOrder();
      entries.forEach((id, e) -> b.put(id, e.formula()));
      return new FormulaRegistry(b.buildOrThrow());
    }
  }
}
