package org.lkjip.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lkjip.io.ReportReader;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.Indicator;
import org.lkjip.model.Report;

/**
 * The malformed-input corpus ({@code corpus/INDEX.tsv}, made by {@link WorkbookCorpusGenerator}):
 * every hostile or broken file gives one {@link WorkbookInputException} whose first line says what
 * the index says, one line per problem and no stack trace; the files that are workbooks after all
 * (a macro-enabled one, one with an external link) are read, as data, from their saved values.
 */
class WorkbookCorpusTests {
  private static final String READ = "(read)";

  /** The seed report with the figures {@code base.xlsx} keeps. */
  private static final Report BASE_REPORT = baseReport();

  @TempDir Path dir;

  private static Report baseReport() {
    Report seed = new ReportReader().read(WorkbookCorpusGenerator.SEED);
    return ImmutableReport.copyOf(seed)
        .withPublished(seed.published().subList(0, WorkbookCorpusGenerator.BASE_FIGURES));
  }

  private static Path corpus() throws URISyntaxException {
    URL index =
        Objects.requireNonNull(
            WorkbookCorpusTests.class.getResource("corpus/INDEX.tsv"), "corpus/INDEX.tsv");
    return Objects.requireNonNull(Path.of(index.toURI()).getParent());
  }

  /** One line of INDEX.tsv. */
  record Entry(String name, String what, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Entry> index() throws IOException, URISyntaxException {
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(corpus().resolve("INDEX.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertThat(f).as("three tab-separated fields: %s", line).hasSize(3);
      entries.add(new Entry(f[0], f[1], f[2]));
    }
    return entries;
  }

  static Stream<Arguments> indexEntries() throws IOException, URISyntaxException {
    return index().stream().map(Arguments::of);
  }

  /** The verdict of INDEX.tsv on {@code file}: read as a report, or the expected error. */
  private static void assertVerdict(Path file, Entry entry) {
    Throwable t = catchThrowable(() -> new ReportWorkbookReader().read(file));
    if (entry.expected().equals(READ)) {
      assertThat(t).as("%s is read", entry.name()).isNull();
      return;
    }
    assertThat(t).as("%s is refused", entry.name()).isInstanceOf(WorkbookInputException.class);
    WorkbookInputException e = (WorkbookInputException) t;
    assertThat(e.getMessage())
        .isEqualTo(e.lines().get(0))
        .startsWith(file + ": ")
        .contains(entry.expected());
    assertThat(e.lines()).hasSize(e.problems().size() + (e.truncated() ? 1 : 0));
    for (String line : e.lines()) {
      assertThat(line)
          .as("one line, no stack trace, no exception class")
          .doesNotContain("\n", "\r", "\tat ", "Exception", "org.apache");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexEntries")
  void read_corpusFile_isReadOrRefusedInOneLine(Entry entry) throws Exception {
    assertVerdict(corpus().resolve(entry.name()), entry);
  }

  @Test
  void index_listsEveryCorpusFile() throws Exception {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(corpus())) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("INDEX.tsv"))
          .forEach(files::add);
    }
    Set<String> indexed = new TreeSet<>();
    index().forEach(e -> indexed.add(e.name()));

    assertThat(indexed).isEqualTo(files);
  }

  @Test
  void corpusFiles_areSmallUnlessSizeIsThePoint() throws Exception {
    for (Entry e : index()) {
      long size = Files.size(corpus().resolve(e.name()));
      if (e.name().equals(WorkbookCorpusGenerator.LARGE_STRING)) {
        assertThat(size).as(e.name()).isLessThan(256 * 1024);
      } else {
        assertThat(size).as(e.name()).isLessThan(WorkbookCorpusGenerator.SMALL_FILE_BYTES);
      }
    }
  }

  @Test
  void generator_regeneratedCorpus_sameVerdicts() throws Exception {
    Map<String, byte[]> files = WorkbookCorpusGenerator.generate(WorkbookCorpusGenerator.SEED);

    assertThat(new TreeSet<>(files.keySet()))
        .isEqualTo(new TreeSet<>(index().stream().map(Entry::name).toList()));
    for (Entry e : index()) {
      Path file = dir.resolve(e.name());
      Files.write(file, files.get(e.name()));
      assertVerdict(file, e);
    }
  }

  // --- the files that are read ----------------------------------------------------------------

  @Test
  void read_base_isSeedWithItsFirstFigures() throws Exception {
    Report r = new ReportWorkbookReader().readReport(corpus().resolve("base.xlsx"));

    assertThat(r).isEqualTo(BASE_REPORT);
  }

  @Test
  void read_macroEnabledWorkbook_readAsData() throws Exception {
    Path file = corpus().resolve("macro.xlsm");
    Map<String, byte[]> entries = WorkbookCorpusGenerator.entries(Files.readAllBytes(file));
    assertThat(entries).containsKey("xl/vbaProject.bin");
    assertThat(WorkbookCorpusGenerator.text(entries, "[Content_Types].xml"))
        .contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml");

    assertThat(new ReportWorkbookReader().readReport(file)).isEqualTo(BASE_REPORT);
  }

  @Test
  void read_externalLinkFormula_readsCachedValue() throws Exception {
    Report r = new ReportWorkbookReader().readReport(corpus().resolve("external-link.xlsx"));

    assertThat(r).isEqualTo(BASE_REPORT);
    assertThat(
            r.find("IKU1", Indicator.class).orElseThrow().inputs().stream()
                .filter(o -> o.name().equals("placed") && o.year() == 2022)
                .findFirst()
                .orElseThrow()
                .value())
        .contains(new BigDecimal("141"));
  }

  @Test
  void read_externalLink_neverConnects() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      // the corpus file, with its link pointed at this server
      Map<String, byte[]> entries =
          WorkbookCorpusGenerator.entries(
              Files.readAllBytes(corpus().resolve("external-link.xlsx")));
      String rels = "xl/externalLinks/_rels/externalLink1.xml.rels";
      String target = "http://127.0.0.1:" + server.getLocalPort() + "/realisasi-2022.xlsx";
      entries.put(
          rels,
          WorkbookCorpusGenerator.replaceOnce(
                  WorkbookCorpusGenerator.text(entries, rels),
                  WorkbookCorpusGenerator.EXTERNAL_TARGET,
                  target)
              .getBytes(StandardCharsets.UTF_8));
      Path file = dir.resolve("external-link-local.xlsx");
      Files.write(file, WorkbookCorpusGenerator.zip(entries));

      assertThat(new ReportWorkbookReader().readReport(file)).isEqualTo(BASE_REPORT);

      server.setSoTimeout(300);
      Throwable accepted =
          catchThrowable(
              () -> {
                try (Socket s = server.accept()) {
                  throw new AssertionError("the reader connected to " + target + ": " + s);
                }
              });
      assertThat(accepted).isInstanceOf(SocketTimeoutException.class);
    }
  }

  // --- files with several problems ------------------------------------------------------------

  @Test
  void read_errorCells_bothErrorsListed() throws Exception {
    Path file = corpus().resolve("error-cells.xlsx");
    WorkbookInputException e =
        (WorkbookInputException) catchThrowable(() -> new ReportWorkbookReader().read(file));

    assertThat(e.lines())
        .containsExactly(
            file
                + ": 'Data Dukung'!D4: the cell holds the error #DIV/0!: correct its formula or"
                + " type the value",
            file
                + ": 'Data Dukung'!D6: the cell holds the error #REF!: correct its formula or"
                + " type the value");
  }
}
