package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lkjip.xlsx.WorkbookFormat.Column;
import org.lkjip.xlsx.WorkbookFormat.Field;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * {@code docs/format-lkjip-workbook-1.md} and the {@code WorkbookText} bundles against the one
 * declaration of the format, {@link WorkbookFormat}: a sheet, column or field added there and not
 * documented (or without its texts in both languages) fails here.
 */
class WorkbookFormatDocTests {
  static final Path DOC = Path.of("..", "docs", "format-lkjip-workbook-1.md");

  /** The doc's {@code ### } sections: heading text → the section's text up to the next heading. */
  static Map<String, String> sections() throws IOException {
    Map<String, String> sections = new LinkedHashMap<>();
    String heading = null;
    StringBuilder body = new StringBuilder();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        if (heading != null) {
          sections.put(heading, body.toString());
        }
        heading = line.startsWith("### ") ? line.substring(4).strip() : null;
        body.setLength(0);
      } else if (heading != null) {
        body.append(line).append('\n');
      }
    }
    if (heading != null) {
      sections.put(heading, body.toString());
    }
    return sections;
  }

  /** The heading of {@code sheet}'s section: its name, alone or followed by more words. */
  static boolean isHeadingOf(String heading, Sheet sheet) {
    return heading.equals(sheet.sheetName()) || heading.startsWith(sheet.sheetName() + " ");
  }

  static String sectionOf(Map<String, String> sections, Sheet sheet) {
    return sections.entrySet().stream()
        .filter(e -> isHeadingOf(e.getKey(), sheet))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("");
  }

  static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = WorkbookFormat.class.getResourceAsStream(name + ".properties")) {
      assertThat(in).as("resource %s.properties", name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Every key the declaration needs a text for. */
  static List<String> declaredTextKeys() {
    List<String> keys = new ArrayList<>();
    for (Sheet s : Sheet.values()) {
      keys.add(s.name() + ".title");
      keys.add(s.name() + ".help");
      for (Column c : s.columns()) {
        keys.add(s.name() + "." + c.key() + ".header");
        keys.add(s.name() + "." + c.key() + ".help");
      }
    }
    for (Field f : Field.values()) {
      keys.add("IDENTITY.field." + f.key());
    }
    return keys;
  }

  @Test
  void doc_everySheet_isAHeadingInWorkbookOrder() throws IOException {
    List<String> headings = new ArrayList<>(sections().keySet());
    List<String> sheetHeadings = new ArrayList<>();
    for (String h : headings) {
      for (Sheet s : Sheet.values()) {
        if (isHeadingOf(h, s)) {
          sheetHeadings.add(s.sheetName());
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (Sheet s : Sheet.values()) {
      names.add(s.sheetName());
    }

    assertThat(sheetHeadings).as("### headings of the sheets in %s", DOC).isEqualTo(names);
  }

  @Test
  void doc_everyColumnKey_isInItsSheetsSectionInBackticks() throws IOException {
    Map<String, String> sections = sections();
    List<String> missing = new ArrayList<>();
    for (Sheet s : Sheet.values()) {
      String section = sectionOf(sections, s);
      for (Column c : s.columns()) {
        if (!section.contains("`" + c.key() + "`")) {
          missing.add(s.sheetName() + ": `" + c.key() + "`");
        }
      }
    }

    assertThat(missing).as("column keys missing from their sheet's section").isEmpty();
  }

  @Test
  void doc_everyColumnHeader_isInItsSheetsSection() throws IOException {
    Map<String, String> sections = sections();
    Properties id = bundle("WorkbookText");
    List<String> missing = new ArrayList<>();
    for (Sheet s : Sheet.values()) {
      String section = sectionOf(sections, s);
      for (Column c : s.columns()) {
        String header = id.getProperty(s.name() + "." + c.key() + ".header", "");
        if (header.isEmpty() || !section.contains("| " + header + " |")) {
          missing.add(s.sheetName() + ": " + c.key() + " (" + header + ")");
        }
      }
    }

    assertThat(missing).as("Indonesian headers missing from their sheet's table").isEmpty();
  }

  @Test
  void doc_everyIdentityField_isInTheIdentitySection() throws IOException {
    String section = sectionOf(sections(), Sheet.IDENTITY);
    List<String> missing = new ArrayList<>();
    for (Field f : Field.values()) {
      if (!section.contains("`" + f.key() + "`")) {
        missing.add(f.key());
      }
    }

    assertThat(missing)
        .as("fields missing from the %s section", Sheet.IDENTITY.sheetName())
        .isEmpty();
  }

  @Test
  void bundles_everyDeclaredText_isInBothLanguages() throws IOException {
    Properties id = bundle("WorkbookText");
    Properties en = bundle("WorkbookText_en");
    List<String> keys = declaredTextKeys();

    assertThat(keys).allSatisfy(k -> assertThat(id.getProperty(k)).as("id: %s", k).isNotBlank());
    assertThat(keys).allSatisfy(k -> assertThat(en.getProperty(k)).as("en: %s", k).isNotBlank());
  }

  @Test
  void bundles_haveTheSameKeys() throws IOException {
    Set<String> id = new TreeSet<>(bundle("WorkbookText").stringPropertyNames());
    Set<String> en = new TreeSet<>(bundle("WorkbookText_en").stringPropertyNames());

    assertThat(en).as("keys of WorkbookText_en.properties").isEqualTo(id);
  }
}
