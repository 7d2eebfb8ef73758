package org.lkjip.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lkjip.formulas.FormulaDefinition;
import org.lkjip.io.LkjipJson;
import tools.jackson.core.JacksonException;

/**
 * Formula definitions read with lkjip's mapper (no located reader exists for them yet): every
 * broken definition is refused with a Jackson exception that names the problem, never accepted and
 * never another exception type.
 */
class FormulaDefinitionTests {
  private static final String VALID =
      "{\"kind\": \"ratio\", \"id\": \"disnaker:trained-share\", \"description\": \"share\","
          + " \"numerator\": [{\"input\": \"certified\"}], \"denominator\": [{\"input\":"
          + " \"examined\"}], \"scale\": 100}";

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("reserved id", VALID.replace("disnaker:", "lkjip:"), "lkjip:"),
        Arguments.of("blank id", VALID.replace("disnaker:trained-share", " "), "id"),
        Arguments.of("id with a blank", VALID.replace("trained-share", "trained share"), "id"),
        Arguments.of(
            "blank description", VALID.replace("\"share\"", "\"\""), "description is blank"),
        Arguments.of(
            "input twice",
            VALID.replace(
                "[{\"input\": \"certified\"}]", "[{\"input\": \"a\"}, {\"input\": \"a\"}]"),
            "lists input 'a' twice"),
        Arguments.of(
            "no inputs",
            VALID.replace("[{\"input\": \"certified\"}]", "[]"),
            "refers to no inputs"),
        Arguments.of("blank input", VALID.replace("certified", ""), "blank input name"),
        Arguments.of(
            "weight 0",
            VALID.replace(
                "{\"input\": \"certified\"}", "{\"input\": \"certified\", \"weight\": 0}"),
            "weight 0"),
        Arguments.of("scale 0", VALID.replace("\"scale\": 100", "\"scale\": 0"), "scale is 0"),
        Arguments.of("unknown kind", VALID.replace("ratio", "python"), "python"),
        Arguments.of(
            "class name as kind", VALID.replace("\"ratio\"", "\"java.lang.Runtime\""), "Runtime"),
        Arguments.of("no kind", VALID.replace("\"kind\": \"ratio\", ", ""), "kind"),
        Arguments.of(
            "unknown property",
            VALID.replace("\"scale\"", "\"expression\": \"a/b\", \"scale\""),
            "expression"),
        Arguments.of(
            "duplicate id",
            VALID.replace("\"description\"", "\"id\": \"x:y\", \"description\""),
            "id"),
        Arguments.of(
            "scale as string", VALID.replace("\"scale\": 100", "\"scale\": \"100\""), "scale"));
  }

  @Test
  void read_validDefinition_accepted() {
    FormulaDefinition d = LkjipJson.mapper().readValue(VALID, FormulaDefinition.class);

    assertThat(d.inputNames()).containsExactly("certified", "examined");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void read_brokenDefinition_refusedNamingTheProblem(String why, String json, String fragment) {
    Throwable t = catchThrowable(() -> LkjipJson.mapper().readValue(json, FormulaDefinition.class));

    assertThat(t).as(why).isInstanceOf(JacksonException.class);
    assertThat(t.getMessage()).as(why).contains(fragment);
  }
}
