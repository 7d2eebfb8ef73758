package org.lkjip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library's module graph is one-way (DESIGN.md §2): model ← formulas ← evaluation ← io ← xlsx,
 * and nothing depends on examples. The test reads the compiled module descriptors on the test class
 * path, so it fails when a {@code requires} is added against the grain.
 */
class ModuleGraphTests {
  /** Allowed lkjip modules each library module may read. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "org.lkjip.model", Set.of(),
          "org.lkjip.formulas", Set.of("org.lkjip.model"),
          "org.lkjip.evaluation", Set.of("org.lkjip.model", "org.lkjip.formulas"),
          "org.lkjip.io", Set.of("org.lkjip.model", "org.lkjip.formulas", "org.lkjip.evaluation"),
          "org.lkjip.xlsx",
              Set.of(
                  "org.lkjip.model", "org.lkjip.formulas", "org.lkjip.evaluation", "org.lkjip.io"));

  private static Map<String, ModuleDescriptor> lkjipModules() {
    Map<String, ModuleDescriptor> found = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        for (ModuleReference ref : ModuleFinder.of(Path.of(entry)).findAll()) {
          ModuleDescriptor d = ref.descriptor();
          if (d.name().startsWith("org.lkjip") && !d.isAutomatic()) {
            found.put(d.name(), d);
          }
        }
      } catch (RuntimeException notAModule) {
        // an entry that is not a module (or not readable) is irrelevant here
      }
    }
    return found;
  }

  @Test
  void libraryModules_allHaveDescriptors() {
    assertThat(lkjipModules().keySet()).containsAll(ALLOWED.keySet());
  }

  @Test
  void libraryModules_requireOnlyModulesBelowThem() {
    Map<String, ModuleDescriptor> modules = lkjipModules();
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      ModuleDescriptor d = modules.get(e.getKey());
      assertThat(d).as("module %s on the class path", e.getKey()).isNotNull();
      Set<String> lkjipRequires =
          java.util.Objects.requireNonNull(d).requires().stream()
              .map(ModuleDescriptor.Requires::name)
              .filter(n -> n.startsWith("org.lkjip"))
              .collect(Collectors.toSet());
      assertThat(lkjipRequires).as("lkjip modules read by %s", e.getKey()).isSubsetOf(e.getValue());
    }
  }

  @Test
  void noLibraryModule_readsTheExamples() {
    for (ModuleDescriptor d : lkjipModules().values()) {
      assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
          .as("requires of %s", d.name())
          .noneMatch(n -> n.startsWith("org.lkjip.examples"));
    }
  }
}
