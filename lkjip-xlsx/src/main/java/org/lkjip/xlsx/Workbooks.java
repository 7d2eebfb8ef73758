package org.lkjip.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lkjip.io.Limits;

/**
 * Telling a workbook from a JSON document by its content, and the limits every workbook is read
 * under.
 *
 * <p>A file is a workbook when it starts like a zip archive ({@code PK\3\4}: {@code .xlsx}, {@code
 * .xlsm}) or like an OLE2 compound file ({@code D0 CF 11 E0}: a legacy {@code .xls}, or an
 * encrypted, password-protected {@code .xlsx}); the name's extension is not consulted.
 *
 * <p>Untrusted files: POI's zip-bomb guard (a part may not inflate to more than 100 times its
 * compressed size, {@link #MIN_INFLATE_RATIO_PERCENT}), the largest part ({@link #MAX_ENTRY_BYTES})
 * and the largest byte array POI may allocate are set explicitly by {@link #applyLimits()}, once
 * for the JVM (POI keeps them in static state). Formulas are never evaluated (their saved values
 * are read), so external links are never followed and macros of an {@code .xlsm} never run: the
 * file is read as data.
 *
 * @since 0.2
 */
public final class Workbooks {
  /** Largest workbook file, the same as the largest JSON document. */
  public static final long MAX_FILE_BYTES = Limits.MAX_DOCUMENT_BYTES;

  /** Largest uncompressed part (a worksheet's or the shared strings' XML). */
  public static final long MAX_ENTRY_BYTES = 128L * 1024 * 1024;

  /** Smallest compressed/uncompressed ratio of a part, in percent: 1 %, i.e. at most 100×. */
  public static final int MIN_INFLATE_RATIO_PERCENT = 1;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static boolean limitsApplied;

  private Workbooks() {}

  /** What a file's first bytes say it is. */
  public enum Content {
    /** A zip archive: an Office Open XML workbook, or another zip. */
    ZIP,
    /** An OLE2 compound file: a legacy .xls or an encrypted .xlsx. */
    OLE2,
    /** Anything else; JSON readers take it from here. */
    OTHER
  }

  /** What {@code head} (the first bytes of a file) is. */
  public static Content contentOf(byte[] head) {
    if (startsWith(head, ZIP)) {
      return Content.ZIP;
    }
    if (startsWith(head, OLE2)) {
      return Content.OLE2;
    }
    return Content.OTHER;
  }

  /** Whether {@code file} is a workbook by its content (see the class comment). */
  public static boolean isWorkbook(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    return contentOf(head) != Content.OTHER;
  }

  /**
   * Sets POI's limits for untrusted files: the inflate ratio, the largest entry and the largest
   * array. Idempotent; called before any workbook is opened.
   */
  public static synchronized void applyLimits() {
    if (limitsApplied) {
      return;
    }
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO_PERCENT / 100.0);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    IOUtils.setByteArrayMaxOverride((int) MAX_ENTRY_BYTES);
    limitsApplied = true;
  }

  /**
   * Why an OLE2 file is not read: a password-protected workbook (its encrypted package) or a legacy
   * Excel 97–2003 workbook.
   */
  static String whyNotOle2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        return "the workbook is password-protected: remove the password (File > Info > Protect"
            + " Workbook in Excel) and save it again";
      }
      if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
        return "this is a legacy Excel 97-2003 workbook (.xls), which lkjip does not read: save it"
            + " as an Excel Workbook (.xlsx) and try again";
      }
      return "an OLE2 compound file that is not an Excel workbook (a Word or other Office 97"
          + " file?); expected an .xlsx workbook or lkjip-report/1 JSON";
    } catch (IOException | RuntimeException e) {
      return "a damaged OLE2 file (legacy .xls or encrypted workbook) that cannot be opened: "
          + oneLine(e);
    }
  }

  /** A throwable's message on one line, for error texts. */
  static String oneLine(Throwable e) {
    String m = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    return m.replace('\n', ' ').replace('\r', ' ');
  }

  /** Fixed creation date, so that the same content gives the same bytes. */
  static void fixDates(XSSFWorkbook wb) {
    Date epoch =
        new Date(1_767_225_600_000L); // 2026-01-01T00:00:00Z, as project.build.outputTimestamp
    wb.getProperties().getCoreProperties().setCreated(Optional.of(epoch));
    wb.getProperties().getCoreProperties().setModified(Optional.of(epoch));
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
