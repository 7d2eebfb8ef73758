package org.lkjip.evaluation.grading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.Band;
import org.lkjip.model.Bound;
import org.lkjip.model.GradingScale;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableGradingScale;

/**
 * The built-in grading scales, each as data with its source and how sure that source is. Users add
 * their own scales as {@link GradingScale} values (lkjip-io reads them from JSON). An id names one
 * scale: a report that states a scale under a built-in's id should state that scale's bands.
 *
 * <table>
 *   <caption>Built-in scales</caption>
 *   <tr><th>id</th><th>bands</th></tr>
 *   <tr><td>{@value #TEBING_TINGGI_2022_PRINTED}</td>
 *       <td>[81, 100] Memuaskan, [75, 80] Sangat Baik, [65, 75] Baik, [50, 65] Cukup Baik,
 *           [30, 50] Agak Kurang — exactly as printed, gap and overlaps included</td></tr>
 *   <tr><td>{@value #AKIP}</td>
 *       <td>(85, 100] Memuaskan, (75, 85] Sangat Baik, (65, 75] Baik, (50, 65] Cukup Baik,
 *           (30, 50] Agak Kurang, [0, 30] Kurang</td></tr>
 *   <tr><td>{@value #PERMENDAGRI_86_2017}</td>
 *       <td>(90, +∞) Sangat Tinggi, (75, 90] Tinggi, (65, 75] Sedang, (50, 65] Rendah,
 *           (-∞, 50] Sangat Rendah</td></tr>
 *   <tr><td>{@value #SAKIP_88_2021}</td>
 *       <td>(90, +∞) AA, (80, 90] A, (70, 80] BB, (60, 70] B, (50, 60] CC, (30, 50] C,
 *           (-∞, 30] D</td></tr>
 * </table>
 *
 * <p>Permendagri 86/2017 is commonly printed with integer bands ({@code ≥91, 76–90, 66–75, 51–65,
 * ≤50}), which say nothing about values such as 90.5. This library reads each printed band as
 * starting just above the previous band's printed upper end: a value above 90 is Sangat Tinggi, a
 * value above 75 up to 90 is Tinggi, and so on. So 90.5 is Sangat Tinggi and 75.5 is Tinggi; a
 * report that truncates achievement to an integer first would grade 90.5 as Tinggi, and must use a
 * scale of its own.
 *
 * @since 0.1
 */
public final class Scales {
  /**
   * Id of the seed report's scale exactly as printed: the id the seed report gives the scale it
   * states ({@code statedScale}), so that its findings, its evaluation and {@code lkjip scales}
   * name one scale alike.
   */
  public static final String TEBING_TINGGI_2022_PRINTED = "tebing-tinggi-2022-printed";

  /** Id of the older AKIP scale. */
  public static final String AKIP = "akip";

  /** Id of the Permendagri 86/2017 scale. */
  public static final String PERMENDAGRI_86_2017 = "permendagri-86-2017";

  /** Id of the SAKIP evaluation predicates of PermenPAN-RB 88/2021. */
  public static final String SAKIP_88_2021 = "sakip-88-2021";

  private static final String COMMONLY_PRINTED =
      "as commonly printed in reports, not checked against the regulation text";

  private static final GradingScale PRINTED =
      scale(
          TEBING_TINGGI_2022_PRINTED,
          "PermenPAN-RB 53/2014 scale as printed in the Tebing Tinggi 2022 LKjIP",
          "PermenPAN-RB 53/2014 as printed in LKjIP Dinas Ketenagakerjaan dan Perindustrian Kota"
              + " Tebing Tinggi 2022",
          "exactly as printed in one report, all bounds inclusive; as printed it leaves (80, 81)"
              + " uncovered, puts 75, 65 and 50 in two bands each, and covers nothing below 30 or"
              + " above 100",
          band("Memuaskan", inc(81), inc(100)),
          band("Sangat Baik", inc(75), inc(80)),
          band("Baik", inc(65), inc(75)),
          band("Cukup Baik", inc(50), inc(65)),
          band("Agak Kurang", inc(30), inc(50)));

  private static final GradingScale AKIP_SCALE =
      scale(
          AKIP,
          "AKIP evaluation scale",
          "older AKIP evaluation scale (PermenPAN-RB guidance before SAKIP 88/2021)",
          COMMONLY_PRINTED,
          band("Memuaskan", exc(85), inc(100)),
          band("Sangat Baik", exc(75), inc(85)),
          band("Baik", exc(65), inc(75)),
          band("Cukup Baik", exc(50), inc(65)),
          band("Agak Kurang", exc(30), inc(50)),
          band("Kurang", inc(0), inc(30)));

  private static final GradingScale PERMENDAGRI =
      scale(
          PERMENDAGRI_86_2017,
          "Permendagri 86/2017 achievement scale",
          "Permendagri 86/2017 (≥91 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤50"
              + " Sangat Rendah)",
          COMMONLY_PRINTED
              + "; the integer bands are read as (90, +∞), (75, 90], (65, 75], (50, 65], (-∞, 50],"
              + " so a value between 90 and 91 is Sangat Tinggi",
          band("Sangat Tinggi", exc(90), null),
          band("Tinggi", exc(75), inc(90)),
          band("Sedang", exc(65), inc(75)),
          band("Rendah", exc(50), inc(65)),
          band("Sangat Rendah", null, inc(50)));

  private static final GradingScale SAKIP =
      scale(
          SAKIP_88_2021,
          "SAKIP evaluation predicates",
          "PermenPAN-RB 88/2021 (>90 AA, >80 A, >70 BB, >60 B, >50 CC, >30 C, else D)",
          COMMONLY_PRINTED,
          band("AA", exc(90), null),
          band("A", exc(80), inc(90)),
          band("BB", exc(70), inc(80)),
          band("B", exc(60), inc(70)),
          band("CC", exc(50), inc(60)),
          band("C", exc(30), inc(50)),
          band("D", null, inc(30)));

  private static final ImmutableMap<String, GradingScale> BUILT_INS =
      ImmutableMap.of(
          PRINTED.id(), PRINTED,
          AKIP_SCALE.id(), AKIP_SCALE,
          PERMENDAGRI.id(), PERMENDAGRI,
          SAKIP.id(), SAKIP);

  private Scales() {}

  /**
   * The seed report's scale exactly as printed: {@code 81–100 Memuaskan, 75–80 Sangat Baik, 65–75
   * Baik, 50–65 Cukup Baik, 30–50 Agak Kurang}, all bounds inclusive.
   */
  public static GradingScale tebingTinggi2022Printed() {
    return PRINTED;
  }

  /** The older AKIP scale. */
  public static GradingScale akip() {
    return AKIP_SCALE;
  }

  /** The Permendagri 86/2017 scale, as commonly printed (see the class note on 90 to 91). */
  public static GradingScale permendagri86() {
    return PERMENDAGRI;
  }

  /** The SAKIP evaluation predicates of PermenPAN-RB 88/2021, as commonly printed. */
  public static GradingScale sakip88() {
    return SAKIP;
  }

  /** Every built-in scale, in a stable order. */
  public static ImmutableList<GradingScale> builtIns() {
    return BUILT_INS.values().asList();
  }

  /** The built-in scale with {@code id}, if any. */
  public static Optional<GradingScale> find(String id) {
    return Optional.ofNullable(BUILT_INS.get(id));
  }

  private static GradingScale scale(
      String id, String name, String source, String confidence, Band... bands) {
    return ImmutableGradingScale.builder()
        .id(id)
        .name(name)
        .source(source)
        .confidence(confidence)
        .addBands(bands)
        .build();
  }

  private static Band band(String label, @Nullable Bound lower, @Nullable Bound upper) {
    return ImmutableBand.builder()
        .label(label)
        .lower(Optional.ofNullable(lower))
        .upper(Optional.ofNullable(upper))
        .build();
  }

  private static Bound inc(int v) {
    return Bound.inclusive(BigDecimal.valueOf(v));
  }

  private static Bound exc(int v) {
    return Bound.exclusive(BigDecimal.valueOf(v));
  }
}
