package org.lkjip.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA contrast of the HTML audit's colours: text at least 4.5:1 against its background, the
 * chart's bars at least 3:1 against the page and the bar track (graphics).
 */
class HtmlContrastTests {
  private static final String WHITE = "#ffffff";
  private static final String TRACK = "#f3f3f3";

  /** The relative luminance of an sRGB colour "#rgb" or "#rrggbb". */
  static double luminance(String hex) {
    String h = hex.substring(1);
    if (h.length() == 3) {
      h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    }
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double x = luminance(a);
    double y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  @Test
  void contrastFormula_knownValues() {
    assertThat(contrast("#000", "#fff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(contrast("#777", "#fff")).isLessThan(4.5); // the classic grey that fails AA
  }

  @Test
  void chartColours_graphicsContrast() {
    for (String c : HtmlReport.BAND_COLOURS) {
      assertThat(contrast(c, WHITE)).as(c).isGreaterThanOrEqualTo(3.0);
      assertThat(contrast(c, TRACK)).as(c).isGreaterThanOrEqualTo(3.0);
    }
    assertThat(contrast(HtmlReport.NO_BAND_COLOUR, TRACK)).isGreaterThanOrEqualTo(3.0);
  }

  @Test
  void everyTextColourInTheStylesheet_onWhiteAndOnTheRowBackgrounds() {
    // the backgrounds a text can stand on: the page, header cells, and the status rows
    String[] backgrounds = {WHITE, "#f0f0f0", "#fde0dc", "#fff4ce", "#dcf5e3"};
    Matcher m = Pattern.compile("[;{]color:(#[0-9a-f]{3,6})").matcher(HtmlReport.CSS);
    int colours = 0;
    while (m.find()) {
      colours++;
      for (String bg : backgrounds) {
        assertThat(contrast(m.group(1), bg))
            .as(m.group(1) + " on " + bg)
            .isGreaterThanOrEqualTo(4.5);
      }
    }
    assertThat(colours).isGreaterThan(8);
  }
}
