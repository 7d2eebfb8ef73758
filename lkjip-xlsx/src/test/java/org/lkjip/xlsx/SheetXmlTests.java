package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** The sheet reader's own parsing of cell references agrees with POI's. */
class SheetXmlTests {
  @Test
  void columnOf_agreesWithPoi_onEveryColumnAndRandomRows() {
    SplittableRandom rnd = new SplittableRandom(12);
    for (int column = 0; column < 16_384; column++) {
      String ref = CellReference.convertNumToColString(column) + (1 + rnd.nextInt(1_048_576));
      assertThat(SheetXml.columnOf(ref)).as(ref).isEqualTo(new CellReference(ref).getCol());
    }
  }

  @Test
  void columnOf_unusualReferences_goToPoi() {
    for (String ref : new String[] {"$B$3", "c7", "AB$12", "$AA1", "XFD1048576", "A1"}) {
      assertThat(SheetXml.columnOf(ref)).as(ref).isEqualTo(new CellReference(ref).getCol());
    }
  }
}
