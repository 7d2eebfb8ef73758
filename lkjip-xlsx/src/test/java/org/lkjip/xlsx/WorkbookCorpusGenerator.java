package org.lkjip.xlsx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * Writes the malformed-input corpus of the workbook reader ({@code
 * src/test/resources/org/lkjip/xlsx/corpus/}): hostile or broken files made from the seed report's
 * workbook by rewriting its zip entries, and a few files that are no workbook at all. {@code
 * INDEX.tsv} there says what each file is and what the reader must say about it; {@link
 * WorkbookCorpusTests} checks both the committed files and freshly generated ones against it.
 *
 * <p>The files are committed; regenerate them (for example after a change of the writer's layout)
 * from the module directory with
 *
 * <pre>
 * ../mvnw -q test-compile -P '!errorprone' -Dspotless.check.skip=true
 * ../mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.lkjip.xlsx.WorkbookCorpusGenerator src/test/resources/org/lkjip/xlsx/corpus
 * </pre>
 *
 * and review the difference. Zip entries get a fixed time, so the same writer gives the same bytes,
 * except {@code encrypted.xlsx} (a random salt).
 */
final class WorkbookCorpusGenerator {
  /** The seed report, relative to the module directory. */
  static final Path SEED = Path.of("..", "examples", "data", "tebing-tinggi-2022.json");

  /** The files that may be larger than {@link #SMALL_FILE_BYTES}: their point is size. */
  static final String LARGE_STRING = "string-10mb.xlsx";

  /**
   * The valid workbook the others are made from: the seed's, with only the first {@value
   * #BASE_FIGURES} published figures (so that the corpus stays small).
   */
  static final String BASE = "base.xlsx";

  static final int BASE_FIGURES = 10;

  /** The size every other corpus file stays under. */
  static final int SMALL_FILE_BYTES = 100 * 1024;

  /** Where the external link of {@code external-link.xlsx} points (the test moves the port). */
  static final String EXTERNAL_TARGET = "http://127.0.0.1:9/realisasi-2022.xlsx";

  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  private WorkbookCorpusGenerator() {}

  /**
   * Writes the corpus.
   *
   * @param args the output directory (default: the corpus folder of the test resources), and
   *     optionally the seed report
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/lkjip/xlsx/corpus");
    Path seed = args.length > 1 ? Path.of(args[1]) : SEED;
    Files.createDirectories(out);
    for (Map.Entry<String, byte[]> e : generate(seed).entrySet()) {
      Files.write(out.resolve(e.getKey()), e.getValue());
    }
  }

  /** Every corpus file by name. */
  static Map<String, byte[]> generate(Path seedJson) throws Exception {
    Report seed = new ReportReader().read(seedJson);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    new ReportWorkbookWriter().write(seed, written);
    byte[] wb = base(written.toByteArray());
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(BASE, wb);
    files.put("truncated.xlsx", java.util.Arrays.copyOf(wb, wb.length / 2));
    files.put("word-document.xlsx", wordDocument());
    files.put("zip-of-text-files.xlsx", zipOfTextFiles());
    files.put("million-rows.xlsx", millionRows(wb));
    files.put("error-cells.xlsx", errorCells(wb));
    files.put(LARGE_STRING, longSharedString(wb, true));
    files.put("string-10mb-repeated.xlsx", longSharedString(wb, false));
    files.put("string-inline-over-limit.xlsx", longInlineString(wb));
    files.put("zip-bomb.xlsx", zipBomb(wb));
    byte[] xls = legacyXls();
    files.put("legacy.xls", xls);
    files.put("legacy-renamed.xlsx", xls);
    files.put("encrypted.xlsx", encrypted(wb));
    files.put("macro.xlsm", macroEnabled(wb));
    files.put(
        "json-renamed.xlsx",
        "{\"format\": \"lkjip-report/1\", \"fiscalYear\": 2022}\n"
            .getBytes(StandardCharsets.UTF_8));
    files.put("empty.xlsx", new byte[0]);
    files.put("png-renamed.xlsx", png());
    files.put("external-link.xlsx", externalLink(wb));
    files.put("malformed-sheet-xml.xlsx", malformedSheetXml(wb));
    files.put("missing-sheet-part.xlsx", missingSheetPart(wb));
    files.put("number-not-a-number.xlsx", numberNotANumber(wb));
    files.put("bad-shared-string-index.xlsx", badSharedStringIndex(wb));
    files.put("external-entity.xlsx", externalEntity(wb));
    return files;
  }

  /** The seed workbook with the rows of 'Angka Terbit' after the first few figures removed. */
  private static byte[] base(byte[] seedWorkbook) throws IOException {
    Map<String, byte[]> e = entries(seedWorkbook);
    String part = sheetPart(e, "Angka Terbit");
    int lastRow = ReportWorkbookWriter.KEY_ROW + 1 + BASE_FIGURES;
    Matcher m =
        Pattern.compile("<row r=\"(\\d+)\"[^>]*>.*?</row>\\s*", Pattern.DOTALL)
            .matcher(text(e, part));
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          b, Integer.parseInt(m.group(1)) > lastRow ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(b);
    e.put(part, utf8(b.toString()));
    return zip(e);
  }

  /**
   * {@code length} characters, mostly one letter: a random letter after every 150, so that the text
   * compresses about 70 times, within the inflate ratio the reader allows (100 times).
   */
  private static String mixedText(int length, long seed) {
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder(length);
    while (s.length() < length) {
      s.append("a".repeat(Math.min(150, length - s.length())));
      if (s.length() < length) {
        s.append((char) ('a' + random.nextInt(26)));
      }
    }
    return s.toString();
  }

  // --- not workbooks --------------------------------------------------------------------------

  /** A Word document (the zip of a .docx) named .xlsx. */
  private static byte[] wordDocument() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put(
        "[Content_Types].xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                + " Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                + " PartName=\"/word/document.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
    e.put(
        "_rels/.rels",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                + " Id=\"rId1\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>"));
    e.put(
        "word/document.xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Laporan"
                + " Kinerja 2022</w:t></w:r></w:p></w:body></w:document>"));
    return zip(e);
  }

  /** A zip of plain text files, no Office package. */
  private static byte[] zipOfTextFiles() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("README.txt", utf8("Data realisasi 2022, lihat data.csv\n"));
    e.put("data.csv", utf8("indikator;nilai\nIKU1;141\nIKU2;88\n"));
    return zip(e);
  }

  /** A legacy Excel 97-2003 workbook (HSSF). */
  private static byte[] legacyXls() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("Identitas").createRow(0).createCell(0).setCellValue("format");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** A 1x1 PNG image. */
  private static byte[] png() throws IOException {
    BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0x336699);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  // --- damaged workbooks ------------------------------------------------------------------------

  /** The seed workbook encrypted with the password "rahasia" (agile encryption, as Excel does). */
  private static byte[] encrypted(byte[] wb) throws IOException, GeneralSecurityException {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("rahasia");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(wb);
      }
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }

  /** Sasaran claims 1,048,576 rows: its dimension and a cell in Excel's last row. */
  private static byte[] millionRows(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Sasaran");
    String xml = text(e, part);
    xml = replaceOnce(xml, "<dimension ref=\"A1:D12\"/>", "<dimension ref=\"A1:Z1048576\"/>");
    xml =
        replaceOnce(
            xml,
            "</sheetData>",
            "<row r=\"1048576\"><c r=\"C1048576\" t=\"inlineStr\"><is><t>akhir</t></is></c></row>"
                + "</sheetData>");
    e.put(part, utf8(xml));
    return zip(e);
  }

  /** #DIV/0! and #REF! as Excel saves them: an error type and the error as cached value. */
  private static byte[] errorCells(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Data Dukung");
    String xml = text(e, part);
    xml = replaceCell(xml, "D4", "<c r=\"D4\" s=\"8\" t=\"e\"><f>D5/0</f><v>#DIV/0!</v></c>");
    xml = replaceCell(xml, "D6", "<c r=\"D6\" s=\"8\" t=\"e\"><f>#REF!*2</f><v>#REF!</v></c>");
    e.put(part, utf8(xml));
    return zip(e);
  }

  /**
   * A 10,000,000-character title in the shared strings. With {@code mixed}, the string has enough
   * variety that its entry stays within the inflate ratio, so the string itself reaches the reader
   * (the file is then about 100 KB more than the seed); without, it is one letter repeated, a few
   * KB, which the inflate-ratio guard refuses as a zip bomb.
   */
  private static byte[] longSharedString(byte[] wb, boolean mixed) throws IOException {
    int length = 10_000_000;
    String s = mixed ? mixedText(length, 2022) : "a".repeat(length);
    Map<String, byte[]> e = entries(wb);
    e.put(
        "xl/sharedStrings.xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst count=\"1\" uniqueCount=\"1\""
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                + s
                + "</t></si></sst>"));
    String part = sheetPart(e, "Identitas");
    e.put(part, utf8(replaceCell(text(e, part), "C9", "<c r=\"C9\" s=\"6\" t=\"s\"><v>0</v></c>")));
    byte[] zip = zip(e);
    if (mixed && zip.length > wb.length + 200 * 1024) {
      throw new IllegalStateException(
          "the 10 MB string compresses worse than planned: " + zip.length);
    }
    return zip;
  }

  /** An inline string one character over {@code Limits.MAX_STRING_LENGTH} in the title. */
  private static byte[] longInlineString(byte[] wb) throws IOException {
    String s = mixedText(org.lkjip.io.Limits.MAX_STRING_LENGTH + 1, 7);
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Identitas");
    e.put(
        part,
        utf8(
            replaceCell(
                text(e, part),
                "C9",
                "<c r=\"C9\" s=\"6\" t=\"inlineStr\"><is><t>" + s + "</t></is></c>")));
    return zip(e);
  }

  /** The Identitas sheet is 50 MB of zeros (one number cell): inflates about 1000 times. */
  private static byte[] zipBomb(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row"
            + " r=\"1\"><c r=\"A1\"><v>";
    String tail = "</v></c></row></sheetData></worksheet>";
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    xml.writeBytes(utf8(head));
    byte[] zeros = new byte[1024 * 1024];
    java.util.Arrays.fill(zeros, (byte) '0');
    for (int i = 0; i < 50; i++) {
      xml.writeBytes(zeros);
    }
    xml.writeBytes(utf8(tail));
    e.put(sheetPart(e, "Identitas"), xml.toByteArray());
    return zip(e);
  }

  /** A macro-enabled workbook (.xlsm): the content type of one and a VBA project part. */
  private static byte[] macroEnabled(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String types = text(e, "[Content_Types].xml");
    types =
        replaceOnce(
            types,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    types =
        replaceOnce(
            types,
            "<Default ContentType=\"application/xml\" Extension=\"xml\"/>",
            "<Default ContentType=\"application/xml\" Extension=\"xml\"/><Default"
                + " ContentType=\"application/vnd.ms-office.vbaProject\" Extension=\"bin\"/>");
    e.put("[Content_Types].xml", utf8(types));
    addWorkbookRelationship(
        e,
        "rId98",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
        "vbaProject.bin",
        false);
    ByteArrayOutputStream vba = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(
          new ByteArrayInputStream(
              utf8("Sub Workbook_Open()\r\n  Shell \"calc.exe\"\r\nEnd Sub\r\n")),
          "PROJECT");
      fs.writeFilesystem(vba);
    }
    e.put("xl/vbaProject.bin", vba.toByteArray());
    return zip(e);
  }

  /**
   * 'Data Dukung'!D4 is a formula into another workbook, {@code [1]Realisasi!B2}, with its cached
   * value 141 (the seed's); the link part points at {@link #EXTERNAL_TARGET}.
   */
  private static byte[] externalLink(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Data Dukung");
    e.put(
        part,
        utf8(
            replaceCell(
                text(e, part), "D4", "<c r=\"D4\" s=\"8\"><f>[1]Realisasi!B2</f><v>141</v></c>")));
    e.put(
        "xl/externalLinks/externalLink1.xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><externalLink"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook"
                + " r:id=\"rId1\"><sheetNames><sheetName val=\"Realisasi\"/></sheetNames><sheetDataSet><sheetData"
                + " sheetId=\"0\"><row r=\"2\"><cell r=\"B2\"><v>141</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>"));
    e.put(
        "xl/externalLinks/_rels/externalLink1.xml.rels",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                + " Id=\"rId1\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\""
                + " Target=\""
                + EXTERNAL_TARGET
                + "\" TargetMode=\"External\"/></Relationships>"));
    addWorkbookRelationship(
        e,
        "rId99",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink",
        "externalLinks/externalLink1.xml",
        false);
    e.put(
        "xl/workbook.xml",
        utf8(
            replaceOnce(
                text(e, "xl/workbook.xml"),
                "</sheets>",
                "</sheets><externalReferences><externalReference"
                    + " r:id=\"rId99\"/></externalReferences>")));
    e.put(
        "[Content_Types].xml",
        utf8(
            replaceOnce(
                text(e, "[Content_Types].xml"),
                "</Types>",
                "<Override"
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\""
                    + " PartName=\"/xl/externalLinks/externalLink1.xml\"/></Types>")));
    return zip(e);
  }

  /** The Indikator sheet's XML ends in the middle of a row (not well-formed). */
  private static byte[] malformedSheetXml(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Indikator");
    String xml = text(e, part);
    e.put(part, utf8(xml.substring(0, xml.indexOf("<row r=\"6\"") + 20)));
    return zip(e);
  }

  /** The workbook lists the Skala sheet, but its part is not in the zip. */
  private static byte[] missingSheetPart(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    e.remove(sheetPart(e, "Skala"));
    return zip(e);
  }

  /** A number cell whose stored value is not a number. */
  private static byte[] numberNotANumber(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Data Dukung");
    e.put(
        part,
        utf8(replaceCell(text(e, part), "D4", "<c r=\"D4\" s=\"8\" t=\"n\"><v>141,0x</v></c>")));
    return zip(e);
  }

  /** A shared-string cell pointing past the end of the (empty) shared strings table. */
  private static byte[] badSharedStringIndex(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Indikator");
    e.put(
        part,
        utf8(replaceCell(text(e, part), "D4", "<c r=\"D4\" s=\"6\" t=\"s\"><v>99999</v></c>")));
    return zip(e);
  }

  /** The Identitas sheet declares an external entity (XXE) and uses it in a cell. */
  private static byte[] externalEntity(byte[] wb) throws IOException {
    Map<String, byte[]> e = entries(wb);
    String part = sheetPart(e, "Identitas");
    String xml = text(e, part);
    xml =
        replaceOnce(
            xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY rahasia"
                + " SYSTEM \"file:///etc/passwd\">]>");
    xml =
        replaceCell(xml, "C9", "<c r=\"C9\" s=\"6\" t=\"inlineStr\"><is><t>&rahasia;</t></is></c>");
    e.put(part, utf8(xml));
    return zip(e);
  }

  // --- zip and XML helpers ----------------------------------------------------------------------

  /** The entries of a zip, in order. */
  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    // POI writes Zip64 data descriptors, which java.util.zip.ZipInputStream misreads: read the
    // central directory with commons-compress instead.
    Map<String, byte[]> e = new LinkedHashMap<>();
    try (ZipFile z =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(z.getEntriesInPhysicalOrder())) {
        try (InputStream in = z.getInputStream(entry)) {
          e.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return e;
  }

  /** A zip of {@code entries}, deflated, with a fixed time. */
  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(entry);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The zip entry of the sheet named {@code sheet}, from the workbook and its relationships. */
  static String sheetPart(Map<String, byte[]> entries, String sheet) {
    Matcher m =
        Pattern.compile("<sheet name=\"" + Pattern.quote(sheet) + "\" r:id=\"(rId\\d+)\"")
            .matcher(text(entries, "xl/workbook.xml"));
    if (!m.find()) {
      throw new IllegalStateException("no sheet " + sheet);
    }
    Matcher t =
        Pattern.compile("Id=\"" + m.group(1) + "\" Target=\"([^\"]+)\"")
            .matcher(text(entries, "xl/_rels/workbook.xml.rels"));
    if (!t.find()) {
      throw new IllegalStateException("no relationship " + m.group(1));
    }
    return "xl/" + t.group(1);
  }

  static String text(Map<String, byte[]> entries, String name) {
    byte[] b = entries.get(name);
    if (b == null) {
      throw new IllegalStateException("no entry " + name);
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** {@code xml} with the first {@code find} replaced; it must be there. */
  static String replaceOnce(String xml, String find, String replacement) {
    int i = xml.indexOf(find);
    if (i < 0) {
      throw new IllegalStateException("not found: " + find);
    }
    return xml.substring(0, i) + replacement + xml.substring(i + find.length());
  }

  /** {@code xml} with the cell at {@code ref} replaced by {@code cell}. */
  static String replaceCell(String xml, String ref, String cell) {
    Matcher m =
        Pattern.compile("<c r=\"" + ref + "\"(?:\\s[^>]*?)?(?:/>|>.*?</c>)", Pattern.DOTALL)
            .matcher(xml);
    if (!m.find()) {
      throw new IllegalStateException("no cell " + ref);
    }
    return xml.substring(0, m.start()) + cell + xml.substring(m.end());
  }

  private static void addWorkbookRelationship(
      Map<String, byte[]> e, String id, String type, String target, boolean external) {
    e.put(
        "xl/_rels/workbook.xml.rels",
        utf8(
            replaceOnce(
                text(e, "xl/_rels/workbook.xml.rels"),
                "</Relationships>",
                "<Relationship Id=\""
                    + id
                    + "\" Target=\""
                    + target
                    + "\" Type=\""
                    + type
                    + "\""
                    + (external ? " TargetMode=\"External\"" : "")
                    + "/></Relationships>")));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
