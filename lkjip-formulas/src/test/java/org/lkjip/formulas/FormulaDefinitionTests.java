package org.lkjip.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkjip.formulas.testkit.SampleInputs;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;

class FormulaDefinitionTests {
  private static final int YEAR = 2022;
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static final RatioDefinition RATIO =
      RatioDefinition.builder()
          .id("dinas:women-placed")
          .description("share of placements that are women")
          .addNumerator(WeightedInput.of("placedWomen"))
          .addDenominator(WeightedInput.of("placedWomen"), WeightedInput.of("placedMen"))
          .build();
  static final GrowthDefinition GROWTH =
      GrowthDefinition.builder()
          .id("dinas:trainee-growth")
          .description("growth of trainees")
          .input("trainees")
          .scale(new BigDecimal("1"))
          .build();
  static final SumDefinition SUM =
      SumDefinition.builder()
          .id("dinas:placed")
          .description("placements, women and men")
          .addComponents(WeightedInput.of("placedWomen"), WeightedInput.of("placedMen"))
          .build();
  static final DifferenceDefinition DIFFERENCE =
      DifferenceDefinition.builder()
          .id("dinas:unplaced")
          .description("registered job seekers not placed")
          .a("registered")
          .b("placed")
          .build();
  static final List<FormulaDefinition> ALL = List.of(RATIO, GROWTH, SUM, DIFFERENCE);

  @Test
  void json_eachKind_roundTripsWithPlainMapper() {
    for (FormulaDefinition d : ALL) {
      String json = PLAIN.writeValueAsString(d);
      assertThat(PLAIN.readValue(json, FormulaDefinition.class)).as(json).isEqualTo(d);
      assertThat(STRICT.readValue(json, FormulaDefinition.class)).as(json).isEqualTo(d);
    }
  }

  @Test
  void json_list_roundTrips() {
    String json =
        PLAIN.writerFor(new TypeReference<List<FormulaDefinition>>() {}).writeValueAsString(ALL);
    List<FormulaDefinition> back =
        PLAIN.readValue(json, new TypeReference<List<FormulaDefinition>>() {});
    assertThat(back).isEqualTo(ALL);
  }

  @Test
  void json_ratio_writesKindFirstThenFieldsInOrder() {
    assertThat(PLAIN.writeValueAsString(RATIO))
        .isEqualTo(
            "{\"kind\":\"ratio\",\"id\":\"dinas:women-placed\","
                + "\"description\":\"share of placements that are women\","
                + "\"numerator\":[{\"input\":\"placedWomen\",\"weight\":1}],"
                + "\"denominator\":[{\"input\":\"placedWomen\",\"weight\":1},"
                + "{\"input\":\"placedMen\",\"weight\":1}],\"scale\":100}");
  }

  @Test
  void json_defaultsOmitted_weightOneAndScaleHundred() {
    FormulaDefinition d =
        PLAIN.readValue(
            "{\"kind\":\"ratio\",\"id\":\"x:y\",\"description\":\"d\","
                + "\"numerator\":[{\"input\":\"a\"}],\"denominator\":[{\"input\":\"b\"}]}",
            FormulaDefinition.class);
    RatioDefinition r = (RatioDefinition) d;
    assertThat(r.scale()).isEqualByComparingTo("100");
    assertThat(r.numerator().get(0).weight()).isEqualByComparingTo("1");
  }

  @Test
  void json_kindIsAClassName_isRejected() {
    for (String kind :
        List.of("org.lkjip.formulas.RatioDefinition", "ImmutableRatioDefinition", "Ratio")) {
      String json =
          "{\"kind\":\""
              + kind
              + "\",\"id\":\"x:y\",\"description\":\"d\","
              + "\"numerator\":[{\"input\":\"a\"}],\"denominator\":[{\"input\":\"b\"}]}";
      assertThatThrownBy(() -> PLAIN.readValue(json, FormulaDefinition.class))
          .as(kind)
          .isInstanceOf(InvalidTypeIdException.class)
          .hasMessageContaining("Could not resolve type id '" + kind + "' as a subtype of");
    }
  }

  @Test
  void json_kindMissing_isRejected() {
    assertThatThrownBy(
            () ->
                PLAIN.readValue(
                    "{\"id\":\"x:y\",\"description\":\"d\",\"input\":\"a\"}",
                    FormulaDefinition.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("missing type id property 'kind'");
  }

  @Test
  void json_invalidDefinition_isRejectedWithOurMessage() {
    assertThatThrownBy(
            () ->
                PLAIN.readValue(
                    "{\"kind\":\"sum\",\"id\":\"x:y\",\"description\":\"d\",\"components\":[]}",
                    FormulaDefinition.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("formula definition 'x:y' (sum): components refers to no inputs");
  }

  @Test
  void build_blankId_isRejected() {
    assertThatThrownBy(() -> GrowthDefinition.builder().id(" ").description("d").input("a").build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula id of formula definition of kind 'growth' is blank");
  }

  @Test
  void build_reservedId_isRejected() {
    assertThatThrownBy(
            () -> GrowthDefinition.builder().id("lkjip:mine").description("d").input("a").build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage(
            "formula id 'lkjip:mine' of formula definition of kind 'growth' uses the prefix"
                + " 'lkjip:', which is reserved for built-in formulas");
  }

  @Test
  void build_idWithWhitespace_isRejected() {
    assertThatThrownBy(
            () -> GrowthDefinition.builder().id("my formula").description("d").input("a").build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage(
            "formula id 'my formula' of formula definition of kind 'growth' contains whitespace");
  }

  @Test
  void build_blankDescription_isRejected() {
    assertThatThrownBy(
            () -> GrowthDefinition.builder().id("x:y").description("").input("a").build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula definition 'x:y' (growth): description is blank");
  }

  @Test
  void build_ratioWithoutNumeratorInputs_isRejected() {
    assertThatThrownBy(
            () ->
                RatioDefinition.builder()
                    .id("x:y")
                    .description("d")
                    .addDenominator(WeightedInput.of("b"))
                    .build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula definition 'x:y' (ratio): numerator refers to no inputs");
  }

  @Test
  void build_duplicateComponent_isRejected() {
    assertThatThrownBy(
            () ->
                RatioDefinition.builder()
                    .id("x:y")
                    .description("d")
                    .addNumerator(WeightedInput.of("a"))
                    .addDenominator(WeightedInput.of("b"), WeightedInput.of("b", BigDecimal.TEN))
                    .build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula definition 'x:y' (ratio): denominator lists input 'b' twice");
  }

  @Test
  void build_zeroWeight_isRejected() {
    assertThatThrownBy(
            () ->
                SumDefinition.builder()
                    .id("x:y")
                    .description("d")
                    .addComponents(WeightedInput.of("a", new BigDecimal("0.00")))
                    .build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula definition 'x:y' (sum): components gives input 'a' weight 0");
  }

  @Test
  void build_differenceOfSameInput_isRejected() {
    assertThatThrownBy(
            () -> DifferenceDefinition.builder().id("x:y").description("d").a("a").b("a").build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula definition 'x:y' (difference): a and b are the same input 'a'");
  }

  @Test
  void build_zeroScale_isRejected() {
    assertThatThrownBy(
            () ->
                GrowthDefinition.builder()
                    .id("x:y")
                    .description("d")
                    .input("a")
                    .scale(BigDecimal.ZERO)
                    .build())
        .isInstanceOf(InvalidFormulaException.class)
        .hasMessage("formula definition 'x:y' (growth): scale is 0");
  }

  @Test
  void toFormula_compositeRatio_computesAndKeepsTotals() {
    IndicatorFormula f = RATIO.toFormula();
    Figure fig =
        f.compute(
            SampleInputs.forYear(YEAR)
                .put("placedWomen", YEAR, 60)
                .put("placedMen", YEAR, 81)
                .build(),
            Rounding.truncate(2));

    assertThat(f.id()).isEqualTo("dinas:women-placed");
    assertThat(f.description())
        .isEqualTo(
            "share of placements that are women: placedWomen / (placedWomen + placedMen) × 100");
    assertThat(f.inputNames()).containsExactly("placedWomen", "placedMen");
    // 60 / 141 = 0.425531… → 42.55
    assertThat(fig.value()).contains(new BigDecimal("42.55"));
    assertThat(fig.inputs())
        .containsExactly(
            entry("placedWomen", BigDecimal.valueOf(60)),
            entry("placedMen", BigDecimal.valueOf(81)),
            entry("numerator", BigDecimal.valueOf(60)),
            entry("denominator", BigDecimal.valueOf(141)));
  }

  @Test
  void toFormula_compositeRatioZeroDenominator_quotesEachInput() {
    Figure fig =
        RATIO
            .toFormula()
            .compute(
                SampleInputs.forYear(YEAR)
                    .put("placedWomen", YEAR, 0)
                    .put("placedMen", YEAR, 0)
                    .build(),
                Rounding.truncate(2));

    assertThat(fig.status()).isEqualTo(Status.DIVISION_BY_ZERO);
    assertThat(fig.reason())
        .contains(
            "denominator (placedWomen + placedMen) [placedWomen = 0, placedMen = 0] for 2022 is 0"
                + " (numerator 'placedWomen' = 0)");
  }

  @Test
  void toFormula_growthWithScaleOne_isAFraction() {
    Figure fig =
        GROWTH
            .toFormula()
            .compute(
                SampleInputs.forYear(YEAR)
                    .put("trainees", YEAR, 30)
                    .put("trainees", YEAR - 1, 40)
                    .build(),
                Rounding.halfUp(3));

    assertThat(GROWTH.toFormula().description())
        .isEqualTo("growth of trainees: (trainees[n] − trainees[n−1]) / trainees[n−1]");
    // (30 − 40) / 40 = −0.25
    assertThat(fig.value()).contains(new BigDecimal("-0.250"));
  }

  @Test
  void toFormula_sum_addsInputs() {
    Figure fig =
        SUM.toFormula()
            .compute(
                SampleInputs.forYear(YEAR)
                    .put("placedWomen", YEAR, 60)
                    .put("placedMen", YEAR, 81)
                    .build(),
                Rounding.halfUp(0));

    assertThat(SUM.toFormula().description())
        .isEqualTo("placements, women and men: placedWomen + placedMen");
    assertThat(fig.value()).contains(new BigDecimal("141"));
  }

  @Test
  void toFormula_difference_mayBeNegativeButInputsMayNot() {
    IndicatorFormula f = DIFFERENCE.toFormula();
    Figure below =
        f.compute(
            SampleInputs.forYear(YEAR)
                .put("registered", YEAR, 100)
                .put("placed", YEAR, 141)
                .build(),
            Rounding.halfUp(0));
    Figure negative =
        f.compute(
            SampleInputs.forYear(YEAR).put("registered", YEAR, -1).put("placed", YEAR, 141).build(),
            Rounding.halfUp(0));

    assertThat(f.description()).isEqualTo("registered job seekers not placed: registered − placed");
    assertThat(below.value()).contains(new BigDecimal("-41"));
    assertThat(negative.status()).isEqualTo(Status.INVALID_INPUT);
  }

  @Test
  void toFormula_negativeWeights_describedWithMinus() {
    SumDefinition d =
        SumDefinition.builder()
            .id("x:y")
            .description("net")
            .addComponents(
                WeightedInput.of("a", new BigDecimal("-1")),
                WeightedInput.of("b", new BigDecimal("2.5")),
                WeightedInput.of("c", new BigDecimal("-3")))
            .build();

    assertThat(d.toFormula().description()).isEqualTo("net: −a + 2.5 × b − 3 × c");
  }

  @Test
  void inputNames_ratio_listsEachInputOnceInOrder() {
    assertThat(RATIO.inputNames()).containsExactly("placedWomen", "placedMen");
    assertThat(DIFFERENCE.inputNames()).containsExactly("registered", "placed");
  }
}
