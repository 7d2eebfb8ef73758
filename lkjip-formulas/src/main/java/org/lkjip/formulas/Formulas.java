package org.lkjip.formulas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * The built-in indicator formulas, and a guarded way to run any formula.
 *
 * <p>The built-ins are the formulas (<i>formulasi</i>) of the key performance indicators (IKU) of a
 * city manpower and industry office (Dinas Ketenagakerjaan dan Perindustrian), as printed in the
 * seed report, the LKjIP 2022 of Kota Tebing Tinggi: its Tabel 6 ("Rumusan indikator dan formulasi
 * perhitungan", six IKU of the RPJMD 2017–2022, set by Peraturan Wali Kota Tebing Tinggi 57/2017 as
 * amended) and the Tabel 3.1 of its Renstra supplement for 2021–2022 (four older IKU). The report
 * itself is prepared under Perpres 29/2014 (SAKIP) and PermenPAN-RB 53/2014. Ids and input names
 * are stable: data sets refer to them.
 *
 * <p>Every built-in is immutable and thread-safe and never throws for data problems: a missing or
 * absent input is {@link Status#MISSING_INPUT} (the reason names the input and year), a zero
 * denominator is {@link Status#DIVISION_BY_ZERO} (the reason quotes the values), a negative count
 * is {@link Status#INVALID_INPUT}, and a factual zero numerator is a computed 0. The unrounded
 * value is computed with {@link Rounding#WORKING_PRECISION} and then rounded with the rounding
 * given to {@link IndicatorFormula#compute}.
 *
 * <p>All but {@link #direct()} are instances of two shapes: a ratio {@code a / b × 100} and a
 * year-on-year growth {@code (x[n] − x[n−1]) / x[n−1] × 100}. Ratio figures list their inputs as
 * numerator then denominator (e.g. {@code certified = 88, examined = 95}); growth figures list
 * {@code placed[2022]} then {@code placed[2021]}.
 *
 * @since 0.1
 */
public final class Formulas {
  /** The id prefix reserved for built-in formulas: {@value}. */
  public static final String RESERVED_PREFIX = "lkjip:";

  /** Id of {@link #placementGrowth()}. */
  public static final String PLACEMENT_GROWTH = "lkjip:placement-growth";

  /** Id of {@link #certificationRatio()}. */
  public static final String CERTIFICATION_RATIO = "lkjip:certification-ratio";

  /** Id of {@link #protectedWorkers()}. */
  public static final String PROTECTED_WORKERS = "lkjip:protected-workers";

  /** Id of {@link #umkShare()}. */
  public static final String UMK_SHARE = "lkjip:umk-share";

  /** Id of {@link #ikmStandardProducts()}. */
  public static final String IKM_STANDARD_PRODUCTS = "lkjip:ikm-standard-products";

  /** Id of {@link #ikmNationalPromotion()}. */
  public static final String IKM_NATIONAL_PROMOTION = "lkjip:ikm-national-promotion";

  /** Id of {@link #placementRate()}. */
  public static final String PLACEMENT_RATE = "lkjip:placement-rate";

  /** Id of {@link #disputesResolved()}. */
  public static final String DISPUTES_RESOLVED = "lkjip:disputes-resolved";

  /** Id of {@link #decentWorkFirms()}. */
  public static final String DECENT_WORK_FIRMS = "lkjip:decent-work-firms";

  /** Id of {@link #ikmGrowth()}. */
  public static final String IKM_GROWTH = "lkjip:ikm-growth";

  /** Id of {@link #direct()}. */
  public static final String DIRECT = "lkjip:direct";

  private static final GrowthFormula PLACEMENT_GROWTH_FORMULA =
      GrowthFormula.percentage(
          PLACEMENT_GROWTH, "growth of registered job seekers placed in work", "placed");

  private static final RatioFormula CERTIFICATION_RATIO_FORMULA =
      RatioFormula.percentage(
          CERTIFICATION_RATIO,
          "share of competency-test participants who obtained a competency certificate",
          "certified",
          "examined");

  private static final RatioFormula PROTECTED_WORKERS_FORMULA =
      RatioFormula.percentage(
          PROTECTED_WORKERS,
          "share of workers registered with BPJS Ketenagakerjaan and BPJS Kesehatan",
          "insured",
          "workers");

  private static final RatioFormula UMK_SHARE_FORMULA =
      RatioFormula.percentage(
          UMK_SHARE,
          "share of workers paid at least the city minimum wage (UMK)",
          "paidAtLeastUmk",
          "workers");

  private static final RatioFormula IKM_STANDARD_PRODUCTS_FORMULA =
      RatioFormula.percentage(
          IKM_STANDARD_PRODUCTS,
          "share of IKM products meeting standards (halal certificate, PIRT licence, packaging)",
          "meetingStandard",
          "products");

  private static final RatioFormula IKM_NATIONAL_PROMOTION_FORMULA =
      RatioFormula.percentage(
          IKM_NATIONAL_PROMOTION,
          "share of IKM products shown at national-scale promotion events",
          "promoted",
          "products");

  private static final RatioFormula PLACEMENT_RATE_FORMULA =
      RatioFormula.percentage(
          PLACEMENT_RATE,
          "share of job-seeker cards (AK/1, kartu kuning) issued whose holders were placed",
          "placedCardHolders",
          "cardsIssued");

  private static final RatioFormula DISPUTES_RESOLVED_FORMULA =
      RatioFormula.percentage(
          DISPUTES_RESOLVED, "share of worker–employer disputes resolved", "resolved", "disputes");

  private static final RatioFormula DECENT_WORK_FIRMS_FORMULA =
      RatioFormula.percentage(
          DECENT_WORK_FIRMS,
          "share of firms applying decent work governance",
          "decentFirms",
          "firms");

  private static final GrowthFormula IKM_GROWTH_FORMULA =
      GrowthFormula.percentage(
          IKM_GROWTH, "growth of the number of IKM (small and medium industry) units", "ikmUnits");

  private static final LinearFormula DIRECT_FORMULA =
      LinearFormula.direct(
          DIRECT, "the indicator value as given: value[n] (raw data not published)", "value");

  private static final ImmutableList<IndicatorFormula> BUILT_INS =
      ImmutableList.of(
          CERTIFICATION_RATIO_FORMULA,
          DECENT_WORK_FIRMS_FORMULA,
          DIRECT_FORMULA,
          DISPUTES_RESOLVED_FORMULA,
          IKM_GROWTH_FORMULA,
          IKM_NATIONAL_PROMOTION_FORMULA,
          IKM_STANDARD_PRODUCTS_FORMULA,
          PLACEMENT_GROWTH_FORMULA,
          PLACEMENT_RATE_FORMULA,
          PROTECTED_WORKERS_FORMULA,
          UMK_SHARE_FORMULA);

  private Formulas() {}

  /**
   * "lkjip:placement-growth": growth of registered job seekers placed in work, {@code (placed[n] −
   * placed[n−1]) / placed[n−1] × 100}, input {@code placed} for the year and the year before.
   *
   * <p>Source: seed Tabel 6 row 1, IKU "Persentase Meningkatnya Kesempatan Kerja" (sasaran
   * "Meningkatnya Kesempatan kerja"): "[(jumlah pencari kerja yang terdaftar yang ditempatkan tahun
   * n − … tahun n−1) ÷ … tahun n−1] × 100%". Placements 141 in 2022 and 105 in 2021 give 34.2857…%,
   * printed truncated as 34,28%.
   *
   * @return the formula, never null
   */
  public static IndicatorFormula placementGrowth() {
    return PLACEMENT_GROWTH_FORMULA;
  }

  /**
   * "lkjip:certification-ratio": {@code certified / examined × 100}, the share of training
   * participants sitting a competency test who obtained a competency certificate.
   *
   * <p>Source: seed Tabel 6 row 2, IKU "Persentase pencari kerja yang memiliki sertifikat
   * kompetensi": "jumlah peserta pelatihan yang memiliki sertifikat kompetensi ÷ seluruh peserta
   * pelatihan yang mengikuti ujian kompetensi × 100%".
   *
   * @return the formula, never null
   */
  public static IndicatorFormula certificationRatio() {
    return CERTIFICATION_RATIO_FORMULA;
  }

  /**
   * "lkjip:protected-workers": {@code insured / workers × 100}, workers registered with the social
   * security agencies BPJS Ketenagakerjaan (employment) and BPJS Kesehatan (health) among all
   * workers.
   *
   * <p>Source: seed Tabel 6 row 3, IKU "Persentase tenaga kerja yang dilindungi": "jumlah tenaga
   * kerja yg terdaftar pada BPJS Ketenagakerjaan dan BPJS Kesehatan ÷ total tenaga kerja × 100%".
   * Context: the two BPJS are the social security bodies of UU 24/2011.
   *
   * @return the formula, never null
   */
  public static IndicatorFormula protectedWorkers() {
    return PROTECTED_WORKERS_FORMULA;
  }

  /**
   * "lkjip:umk-share": {@code paidAtLeastUmk / workers × 100}, workers paid at least the city
   * minimum wage (UMK, <i>upah minimum kabupaten/kota</i>) among all workers.
   *
   * <p>Source: seed Tabel 6 row 4, IKU "Persentase Tenaga kerja yang meningkat kesejahteraannya":
   * "jumlah tenaga kerja yang menerima UMK ÷ total tenaga kerja × 100%". Context: the UMK is set
   * yearly by the governor under the national wage regulation (PP 36/2021 at the time of the seed).
   *
   * @return the formula, never null
   */
  public static IndicatorFormula umkShare() {
    return UMK_SHARE_FORMULA;
  }

  /**
   * "lkjip:ikm-standard-products": {@code meetingStandard / products × 100}, small and medium
   * industry (IKM) products with a halal certificate, a home-industry food licence (PIRT) and
   * standard packaging, among all IKM products.
   *
   * <p>Source: seed Tabel 6 row 5, IKU "Persentase produk IKM yang memenuhi standart": "produk IKM
   * yang memiliki sertifikasi halal, Ijin PIRT, dan kemasan sesuai standar ÷ jumlah seluruh produk
   * IKM × 100%".
   *
   * @return the formula, never null
   */
  public static IndicatorFormula ikmStandardProducts() {
    return IKM_STANDARD_PRODUCTS_FORMULA;
  }

  /**
   * "lkjip:ikm-national-promotion": {@code promoted / products × 100}, IKM products shown at
   * national-scale exhibitions in year n among all IKM products of year n.
   *
   * <p>Source: seed Tabel 6 row 6, IKU "Persentase produk IKM yang layak mengikuti even promosi
   * tingkat nasional": "produk IKM yang disertakan pada pameran skala nasional tahun n ÷ jumlah
   * seluruh produk IKM tahun n × 100%". (The seed reuses row 5's data for it: 238 of 339.)
   *
   * @return the formula, never null
   */
  public static IndicatorFormula ikmNationalPromotion() {
    return IKM_NATIONAL_PROMOTION_FORMULA;
  }

  /**
   * "lkjip:placement-rate": {@code placedCardHolders / cardsIssued × 100}, holders of the
   * job-seeker card (AK/1, <i>kartu kuning</i>) who were placed in work, among all cards issued.
   *
   * <p>Source: seed Renstra supplement (Suplemen RPJMD 2021–2022) Tabel 3.1 row 1, IKU "Persentase
   * pencari kerja yang terdaftar yang ditempatkan": "jumlah pengurus kartu kuning yang diterima
   * bekerja dibagi jumlah seluruh kartu kuning yang dikeluarkan dikali 100%".
   *
   * @return the formula, never null
   */
  public static IndicatorFormula placementRate() {
    return PLACEMENT_RATE_FORMULA;
  }

  /**
   * "lkjip:disputes-resolved": {@code resolved / disputes × 100}, industrial-relations disputes
   * between workers and employers resolved, among all disputes.
   *
   * <p>Source: seed Renstra supplement Tabel 3.1 row 2, IKU "Persentase menurunnya sengketa pekerja
   * dan pengusaha": "jumlah sengketa yang diselesaikan dibagi total sengketa dikali 100%". Context:
   * dispute settlement follows UU 2/2004 (penyelesaian perselisihan hubungan industrial).
   *
   * @return the formula, never null
   */
  public static IndicatorFormula disputesResolved() {
    return DISPUTES_RESOLVED_FORMULA;
  }

  /**
   * "lkjip:decent-work-firms": {@code decentFirms / firms × 100}, firms applying decent work
   * governance among all firms.
   *
   * <p>Source: seed Renstra supplement Tabel 3.1 row 3, IKU "Persentase perusahaan layak": "jumlah
   * perusahaan yang menerapkan tata kelola kerja yang layak dibagi seluruh perusahaan". The printed
   * formula omits "× 100%"; its target is "10 Persen", so the value is a percentage.
   *
   * @return the formula, never null
   */
  public static IndicatorFormula decentWorkFirms() {
    return DECENT_WORK_FIRMS_FORMULA;
  }

  /**
   * "lkjip:ikm-growth": {@code (ikmUnits[n] − ikmUnits[n−1]) / ikmUnits[n−1] × 100}, year-on-year
   * growth of the number of small and medium industry (IKM) units.
   *
   * <p>Source: seed Renstra supplement Tabel 3.1 row 4, IKU "Persentase pertumbuhan industri kecil
   * menengah": "jumlah IKM tahun n − jumlah IKM tahun n−1 dibagi jumlah IKM tahun n−1". The printed
   * formula omits "× 100%"; its target is "2 Persen", so the value is a percentage.
   *
   * @return the formula, never null
   */
  public static IndicatorFormula ikmGrowth() {
    return IKM_GROWTH_FORMULA;
  }

  /**
   * "lkjip:direct": the indicator value given directly as input {@code value} for the year, for
   * indicators whose raw data the report does not publish. Any sign is accepted; the value is
   * rounded like every other figure.
   *
   * @return the formula, never null
   */
  public static IndicatorFormula direct() {
    return DIRECT_FORMULA;
  }

  /**
   * All built-in formulas, sorted by id.
   *
   * @return the built-ins, never null
   */
  public static ImmutableList<IndicatorFormula> builtIns() {
    return BUILT_INS;
  }

  /** Whether {@code formula} is one of the {@link #builtIns()} (the same instance). */
  static boolean isBuiltIn(IndicatorFormula formula) {
    for (IndicatorFormula f : BUILT_INS) {
      if (f == formula) {
        return true;
      }
    }
    return false;
  }

  /**
   * Computes with {@code formula}, turning a failure of a host's formula into a figure: a {@link
   * RuntimeException} thrown by it, or a null result, gives status {@link Status#RULE_FAILED} with
   * the reason "formula 'x' failed for indicator 'y' in 2022: &lt;exception message&gt;". An {@link
   * Error} is rethrown.
   *
   * @param formula the formula, never null
   * @param inputs the inputs, never null
   * @param rounding the rounding of the result, never null
   * @return the figure, never null
   */
  public static Figure compute(IndicatorFormula formula, FormulaInputs inputs, Rounding rounding) {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(rounding, "rounding");
    String id;
    try {
      id = formula.id();
    } catch (RuntimeException e) {
      id = formula.getClass().getName();
    }
    Figure figure;
    try {
      figure = formula.compute(inputs, rounding);
    } catch (RuntimeException e) {
      String message = e.getMessage();
      return failed(
          id, inputs, message == null || message.isBlank() ? e.getClass().getName() : message);
    }
    if (figure == null) { // a host's formula may break its contract

      return failed(id, inputs, "it returned null");
    }
    return figure;
  }

  private static Figure failed(String id, FormulaInputs inputs, String why) {
    return Figure.notComputed(
        id,
        Status.RULE_FAILED,
        "formula '"
            + id
            + "' failed for indicator '"
            + inputs.indicator().id()
            + "' in "
            + inputs.year()
            + ": "
            + why,
        ImmutableMap.of());
  }
}
