package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.TestProviders.Doubling;
import org.lkjip.formulas.testkit.SampleInputs;

class FormulaRegistryTests {
  private static final int YEAR = 2022;

  private static URLClassLoader providers(String name) {
    URL dir = FormulaRegistryTests.class.getResource("/providers/" + name + "/");
    assertThat(dir).as("test resource providers/%s", name).isNotNull();
    return new URLClassLoader(new URL[] {dir}, FormulaRegistryTests.class.getClassLoader());
  }

  @Test
  void standard_withoutProviders_holdsTheBuiltInsSortedById() {
    FormulaRegistry r = FormulaRegistry.standard();

    assertThat(r.all()).containsExactlyElementsOf(Formulas.builtIns());
    assertThat(r.ids())
        .containsExactly(
            "lkjip:certification-ratio",
            "lkjip:decent-work-firms",
            "lkjip:direct",
            "lkjip:disputes-resolved",
            "lkjip:ikm-growth",
            "lkjip:ikm-national-promotion",
            "lkjip:ikm-standard-products",
            "lkjip:placement-growth",
            "lkjip:placement-rate",
            "lkjip:protected-workers",
            "lkjip:umk-share");
  }

  @Test
  void standard_providerOnContextClassPath_isFound() throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    try (URLClassLoader loader = providers("good")) {
      t.setContextClassLoader(loader);
      FormulaRegistry r = FormulaRegistry.standard();
      assertThat(r.find("host:doubling")).isPresent();
      assertThat(r.all()).hasSize(Formulas.builtIns().size() + 1);
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void addServiceProviders_reservedPrefix_isRejectedNamingProvider() throws Exception {
    try (URLClassLoader loader = providers("reserved")) {
      assertThatThrownBy(() -> FormulaRegistry.builder().addServiceProviders(loader))
          .isInstanceOf(InvalidFormulaException.class)
          .hasMessage(
              "formula id 'lkjip:doubling' of org.lkjip.formulas.TestProviders$Doubling (from"
                  + " provider org.lkjip.formulas.TestProviders$Reserved) uses the prefix 'lkjip:',"
                  + " which is reserved for built-in formulas");
    }
  }

  @Test
  void addServiceProviders_duplicateId_namesBothClasses() throws Exception {
    try (URLClassLoader loader = providers("duplicate")) {
      assertThatThrownBy(() -> FormulaRegistry.builder().addServiceProviders(loader))
          .isInstanceOf(InvalidFormulaException.class)
          .hasMessage(
              "formula id 'host:doubling' is registered twice: by"
                  + " org.lkjip.formulas.TestProviders$Doubling (from provider"
                  + " org.lkjip.formulas.TestProviders$Good) and by"
                  + " org.lkjip.formulas.TestProviders$Doubling (from provider"
                  + " org.lkjip.formulas.TestProviders$Duplicate)")
          .extracting(e -> ((InvalidFormulaException) e).formulaId())
          .isEqualTo("host:doubling");
    }
  }

  @Test
  void add_duplicateOfDefinition_namesBoth() {
    FormulaRegistry.Builder b =
        FormulaRegistry.builder().addDefinitions(List.of(FormulaDefinitionTests.SUM));

    assertThatThrownBy(() -> b.add(new Doubling("dinas:placed")))
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage(
            "formula id 'dinas:placed' is registered twice: by formula definition of kind 'sum'"
                + " and by org.lkjip.formulas.TestProviders$Doubling");
  }

  @Test
  void add_blankOrWhitespaceId_isRejected() {
    assertThatThrownBy(() -> FormulaRegistry.builder().add(new Doubling("")))
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula id of org.lkjip.formulas.TestProviders$Doubling is blank");
    assertThatThrownBy(() -> FormulaRegistry.builder().add(new Doubling("host:a b")))
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage(
            "formula id 'host:a b' of org.lkjip.formulas.TestProviders$Doubling contains whitespace");
  }

  @Test
  void add_builtInInstance_keepsItsReservedId() {
    FormulaRegistry r = FormulaRegistry.builder().add(Formulas.certificationRatio()).build();

    assertThat(r.get(Formulas.CERTIFICATION_RATIO)).isSameAs(Formulas.certificationRatio());
  }

  @Test
  void addBuiltIns_twice_isDuplicate() {
    assertThatThrownBy(() -> FormulaRegistry.builder().addBuiltIns().addBuiltIns())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessageStartingWith("formula id 'lkjip:certification-ratio' is registered twice");
  }

  @Test
  void get_unknownId_listsSomeKnownIds() {
    FormulaRegistry r = FormulaRegistry.standard();

    assertThatThrownBy(() -> r.get("lkjip:placement"))
        .isInstanceOf(UnknownFormulaException.class)
        .hasMessage(
            "unknown formula id 'lkjip:placement': known ids include lkjip:certification-ratio,"
                + " lkjip:decent-work-firms, lkjip:direct, lkjip:disputes-resolved,"
                + " lkjip:ikm-growth, … (11 in all)");
  }

  @Test
  void get_unknownIdInSmallRegistry_listsAll() {
    FormulaRegistry r = FormulaRegistry.builder().add(new Doubling("host:b")).build();

    assertThatThrownBy(() -> r.get("host:a"))
        .hasMessage("unknown formula id 'host:a': known ids are host:b");
    assertThatThrownBy(() -> FormulaRegistry.builder().build().get("host:a"))
        .hasMessage("unknown formula id 'host:a': the registry is empty");
    assertThat(r.find("host:a")).isEmpty();
  }

  @Test
  void get_hostFormulaThrows_isRuleFailed() {
    FormulaRegistry r = FormulaRegistry.builder().add(new Doubling("host:doubling")).build();
    IndicatorFormula f = r.get("host:doubling");

    Figure ok = f.compute(SampleInputs.forYear(YEAR).put("a", YEAR, 4).build(), Rounding.halfUp(0));
    Figure failed =
        f.compute(
            SampleInputs.forYear(YEAR).indicator("iku-7").put("a", YEAR, 13).build(),
            Rounding.halfUp(0));
    Figure missing =
        f.compute(SampleInputs.forYear(YEAR).indicator("iku-7").build(), Rounding.halfUp(0));

    assertThat(ok.value()).contains(BigDecimal.valueOf(8));
    assertThat(failed.status()).isEqualTo(Status.RULE_FAILED);
    assertThat(failed.reason())
        .contains("formula 'host:doubling' failed for indicator 'iku-7' in 2022: unlucky input 13");
    assertThat(missing.status()).isEqualTo(Status.RULE_FAILED);
    assertThat(missing.reason())
        .contains("formula 'host:doubling' failed for indicator 'iku-7' in 2022: No value present");
    assertThat(f.description()).isEqualTo("a × 2");
    assertThat(f.inputNames()).containsExactly("a");
  }

  @Test
  void addDefinitions_compilesAndSortsWithBuiltIns() {
    FormulaRegistry r =
        FormulaRegistry.builder()
            .addBuiltIns()
            .addDefinitions(FormulaDefinitionTests.ALL)
            .add(new Doubling("aaa:first"))
            .build();

    assertThat(r.all()).hasSize(Formulas.builtIns().size() + 5);
    assertThat(r.ids().first()).isEqualTo("aaa:first");
    assertThat(r.all()).extracting(IndicatorFormula::id).isSorted();
    assertThat(r.get("dinas:unplaced").description())
        .isEqualTo("registered job seekers not placed: registered − placed");
  }
}
