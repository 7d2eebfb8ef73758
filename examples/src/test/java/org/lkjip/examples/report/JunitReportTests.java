package org.lkjip.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Checks;
import org.lkjip.evaluation.audit.ConsistencyCheck;
import org.lkjip.evaluation.audit.FigureReconciliation;
import org.lkjip.evaluation.audit.Finding;
import org.lkjip.evaluation.audit.ReconciliationStatus;
import org.lkjip.evaluation.audit.Severity;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.ReportReader;
import org.lkjip.model.ImmutablePublishedFigure;
import org.lkjip.model.ImmutableReport;
import org.lkjip.model.PublishedFigure;
import org.lkjip.model.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** JunitReport on the seed report: schema validity, counts, escaping, determinism. */
class JunitReportTests {
  private static final String FILE = "data/tebing-tinggi-2022.json";
  private static final String DASH = " — ";
  private static final String HOSTILE = "<x> & \"y\" 'z' ]]>\u0001\u001b\nline\ttab\r";
  private static final String HOSTILE_CLEAN = "<x> & \"y\" 'z' ]]>\uFFFD\uFFFD\nline\ttab\r";

  private static Report seed() {
    return new ReportReader().read(Path.of("data", "tebing-tinggi-2022.json"));
  }

  private static Verification verify(Report report, Optional<String> hash) {
    return new Auditor(FormulaRegistry.standard())
        .verify(report, RuleSets.seedTebingTinggi2022(), hash);
  }

  private static AuditedReport audited(String file, Verification v) {
    return new AuditedReport(file, v, ImmutableList.of());
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Schema ownSchema() throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    URL xsd = JunitReportTests.class.getResource("junit.xsd");
    assertThat(xsd).as("junit.xsd on the test class path").isNotNull();
    return f.newSchema(xsd);
  }

  private static void assertValid(String xml) throws Exception {
    javax.xml.validation.Validator validator = ownSchema().newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.validate(new StreamSource(bytes(xml)));
  }

  private static ByteArrayInputStream bytes(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(bytes(xml));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(parent, name).stream().findFirst();
  }

  private static int attr(Element e, String name) {
    return Integer.parseInt(e.getAttribute(name));
  }

  private static Map<String, String> properties(Element suite) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element props : children(suite, "properties")) {
      for (Element p : children(props, "property")) {
        out.put(p.getAttribute("name"), p.getAttribute("value"));
      }
    }
    return out;
  }

  /** The tables of {@code v} with their figures, in order of first appearance. */
  private static Map<String, List<FigureReconciliation>> tables(Verification v) {
    Map<String, List<FigureReconciliation>> out = new LinkedHashMap<>();
    for (FigureReconciliation f : v.figures()) {
      out.computeIfAbsent(f.published().table(), t -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /** Check ids the checks suite must hold: the registry's, then others with findings. */
  private static Set<String> checkIds(Verification v) {
    Set<String> ids = new LinkedHashSet<>();
    for (ConsistencyCheck c : Checks.builtIns()) {
      ids.add(c.id());
    }
    v.findings().stream().map(Finding::check).sorted().forEach(ids::add);
    return ids;
  }

  private static long count(List<FigureReconciliation> figures, ReconciliationStatus s) {
    return figures.stream().filter(f -> f.status() == s).count();
  }

  /**
   * Checks the document part of one report (suites from {@code first}): one suite per table, then
   * one for the checks, counts from the verification; returns the index after its suites.
   */
  private static int assertReport(
      List<Element> suites, int first, String file, Verification v, String suffix) {
    int i = first;
    for (Map.Entry<String, List<FigureReconciliation>> t : tables(v).entrySet()) {
      Element suite = suites.get(i++);
      List<FigureReconciliation> figures = t.getValue();
      String name = file + DASH + t.getKey() + suffix;
      assertThat(suite.getAttribute("name")).isEqualTo(name);
      assertThat(attr(suite, "tests")).isEqualTo(figures.size());
      assertThat((long) attr(suite, "failures"))
          .isEqualTo(count(figures, ReconciliationStatus.MISMATCH));
      assertThat((long) attr(suite, "skipped"))
          .isEqualTo(count(figures, ReconciliationStatus.NOT_RECOMPUTABLE));
      assertThat(attr(suite, "errors")).isZero();
      assertThat(suite.getAttribute("time")).isEqualTo("0");
      Map<String, String> props = properties(suite);
      assertThat(props)
          .containsEntry("lkjip.ruleSet.id", v.ruleSetId())
          .containsEntry("lkjip.ruleSet.version", v.ruleSetVersion())
          .containsEntry("lkjip.file", file);
      v.inputHash().ifPresent(h -> assertThat(props).containsEntry("lkjip.inputHash", h));
      List<Element> cases = children(suite, "testcase");
      assertThat(cases).hasSize(figures.size());
      Set<String> caseNames = new LinkedHashSet<>();
      for (int c = 0; c < cases.size(); c++) {
        Element tc = cases.get(c);
        FigureReconciliation f = figures.get(c);
        PublishedFigure p = f.published();
        assertThat(caseNames.add(tc.getAttribute("name"))).as("unique testcase name").isTrue();
        assertThat(tc.getAttribute("name")).startsWith("row " + p.row() + " · " + p.column());
        assertThat(tc.getAttribute("classname")).isEqualTo(name);
        Optional<Element> failure = child(tc, "failure");
        Optional<Element> skipped = child(tc, "skipped");
        Optional<Element> out = child(tc, "system-out");
        switch (f.status()) {
          case MATCH -> {
            assertThat(failure).isEmpty();
            assertThat(skipped).isEmpty();
          }
          case MATCH_WITH_OTHER_ROUNDING -> {
            assertThat(failure).isEmpty();
            assertThat(skipped).isEmpty();
            assertThat(out).isPresent();
            f.alternativeRounding()
                .ifPresent(r -> assertThat(out.get().getTextContent()).contains(r));
          }
          case MISMATCH -> {
            assertThat(failure).isPresent();
            assertThat(failure.get().getAttribute("type")).isEqualTo("MISMATCH");
            String message = failure.get().getAttribute("message");
            assertThat(message).contains("printed " + p.printed());
            f.recomputed().ifPresent(r -> assertThat(message).contains(r.toPlainString()));
            f.difference()
                .ifPresent(d -> assertThat(message).contains("difference " + d.toPlainString()));
            f.cause()
                .ifPresent(cause -> assertThat(failure.get().getTextContent()).contains(cause));
          }
          case NOT_RECOMPUTABLE -> {
            assertThat(skipped).isPresent();
            f.cause()
                .ifPresent(
                    cause -> assertThat(skipped.get().getAttribute("message")).isEqualTo(cause));
          }
        }
      }
    }
    Element checks = suites.get(i++);
    String name = file + DASH + "consistency checks" + suffix;
    assertThat(checks.getAttribute("name")).isEqualTo(name);
    Set<String> ids = checkIds(v);
    List<Element> cases = children(checks, "testcase");
    assertThat(cases.stream().map(e -> e.getAttribute("name"))).containsExactlyElementsOf(ids);
    long failing =
        ids.stream()
            .filter(
                id ->
                    v.findings().stream()
                        .anyMatch(f -> f.check().equals(id) && f.severity() == Severity.ERROR))
            .count();
    assertThat(attr(checks, "tests")).isEqualTo(ids.size());
    assertThat((long) attr(checks, "failures")).isEqualTo(failing);
    assertThat(attr(checks, "skipped")).isZero();
    assertThat(properties(checks)).containsEntry("lkjip.ruleSet.id", v.ruleSetId());
    for (Element tc : cases) {
      String id = tc.getAttribute("name");
      assertThat(tc.getAttribute("classname")).isEqualTo(name);
      List<Finding> errors =
          v.findings().stream()
              .filter(f -> f.check().equals(id) && f.severity() == Severity.ERROR)
              .toList();
      List<Finding> others =
          v.findings().stream()
              .filter(f -> f.check().equals(id) && f.severity() != Severity.ERROR)
              .toList();
      Optional<Element> failure = child(tc, "failure");
      assertThat(failure.isPresent()).as(id + " fails").isEqualTo(!errors.isEmpty());
      for (Finding f : errors) {
        assertThat(failure.get().getTextContent()).contains(f.message());
        for (org.lkjip.evaluation.audit.Fact x : f.facts()) {
          // under the message, "  facts: key=value; key=value"
          assertThat(failure.get().getTextContent()).contains(x.key() + "=" + x.value());
        }
      }
      Optional<Element> out = child(tc, "system-out");
      assertThat(out.isPresent()).as(id + " has system-out").isEqualTo(!others.isEmpty());
      for (Finding f : others) {
        assertThat(out.get().getTextContent()).contains(f.severity().name() + ": " + f.message());
      }
    }
    return i;
  }

  private static void assertRoot(Document doc, List<Verification> vs) {
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("name")).isEqualTo("lkjip");
    long tests = 0;
    long failures = 0;
    long skipped = 0;
    for (Verification v : vs) {
      tests += v.figures().size() + checkIds(v).size();
      failures += count(v.figures(), ReconciliationStatus.MISMATCH);
      skipped += count(v.figures(), ReconciliationStatus.NOT_RECOMPUTABLE);
      failures +=
          v.findings().stream()
              .filter(f -> f.severity() == Severity.ERROR)
              .map(Finding::check)
              .distinct()
              .count();
    }
    assertThat((long) attr(root, "tests")).isEqualTo(tests);
    assertThat((long) attr(root, "failures")).isEqualTo(failures);
    assertThat((long) attr(root, "skipped")).isEqualTo(skipped);
    assertThat(attr(root, "errors")).isZero();
    assertThat(root.getAttribute("time")).isEqualTo("0");
    // and the root equals the sum of the suites, which equal their testcases
    int sumTests = 0;
    int sumFailures = 0;
    int sumSkipped = 0;
    for (Element s : children(root, "testsuite")) {
      List<Element> cases = children(s, "testcase");
      int f = (int) cases.stream().filter(c -> child(c, "failure").isPresent()).count();
      int k = (int) cases.stream().filter(c -> child(c, "skipped").isPresent()).count();
      assertThat(attr(s, "tests")).isEqualTo(cases.size());
      assertThat(attr(s, "failures")).isEqualTo(f);
      assertThat(attr(s, "skipped")).isEqualTo(k);
      sumTests += cases.size();
      sumFailures += f;
      sumSkipped += k;
    }
    assertThat(attr(root, "tests")).isEqualTo(sumTests);
    assertThat(attr(root, "failures")).isEqualTo(sumFailures);
    assertThat(attr(root, "skipped")).isEqualTo(sumSkipped);
  }

  // ---- tests ---------------------------------------------------------------------------------

  @Test
  void seedReportIsValidJunitXmlWithCountsOfTheVerification() throws Exception {
    Verification v = verify(seed(), Optional.empty());
    String xml = JunitReport.render(List.of(audited(FILE, v)));

    assertValid(xml);
    Document doc = parse(xml);
    assertRoot(doc, List.of(v));
    List<Element> suites = children(doc.getDocumentElement(), "testsuite");
    assertThat(suites).hasSize(tables(v).size() + 1);
    assertThat(assertReport(suites, 0, FILE, v, "")).isEqualTo(suites.size());
    // the seed report has problems of every kind this renderer maps
    assertThat(count(v.figures(), ReconciliationStatus.MISMATCH)).isPositive();
    assertThat(v.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)).isTrue();
  }

  @Test
  void propertiesNameTheRuleSetAndTheInputHash() throws Exception {
    byte[] input = Files.readAllBytes(Path.of("data", "tebing-tinggi-2022.json"));
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    Verification v = verify(seed(), Optional.of(hash));
    String xml = JunitReport.render(List.of(audited(FILE, v)));
    assertValid(xml);
    Document doc = parse(xml);
    for (Element suite : children(doc.getDocumentElement(), "testsuite")) {
      assertThat(properties(suite))
          .containsEntry("lkjip.ruleSet.id", v.ruleSetId())
          .containsEntry("lkjip.ruleSet.version", v.ruleSetVersion())
          .containsEntry("lkjip.inputHash", hash);
    }
  }

  @Test
  void hostileTextsAreEscapedAndTheDocumentStaysValid() throws Exception {
    Report seed = seed();
    List<PublishedFigure> published = new ArrayList<>(seed.published());
    PublishedFigure first = published.get(0);
    published.set(0, ImmutablePublishedFigure.copyOf(first).withTable(HOSTILE).withRow(HOSTILE));
    Report hostile = ImmutableReport.copyOf(seed).withPublished(published);
    Verification v = verify(hostile, Optional.of(HOSTILE));
    String file = "dir/" + HOSTILE + "\uD800.json";
    String xml = JunitReport.render(List.of(audited(file, v)));

    assertThat(xml).doesNotContain("\u0001").doesNotContain("\u001b").doesNotContain("\uD800");
    assertThat(xml).doesNotContain("<x>").doesNotContain("]]>");
    assertValid(xml);
    Document doc = parse(xml);
    assertRoot(doc, List.of(v));
    List<Element> suites = children(doc.getDocumentElement(), "testsuite");
    String cleanFile = "dir/" + HOSTILE_CLEAN + "\uFFFD.json";
    assertThat(suites.get(0).getAttribute("name")).isEqualTo(cleanFile + DASH + HOSTILE_CLEAN);
    Element tc = children(suites.get(0), "testcase").get(0);
    assertThat(tc.getAttribute("name")).startsWith("row " + HOSTILE_CLEAN + " · ");
    assertThat(properties(suites.get(0))).containsEntry("lkjip.inputHash", HOSTILE_CLEAN);
  }

  @Test
  void twoReportsInOneDocumentHaveUniqueSuiteNames() throws Exception {
    Verification v = verify(seed(), Optional.empty());
    Report other = ImmutableReport.copyOf(seed()).withPublished(seed().published().subList(0, 5));
    Verification w = verify(other, Optional.empty());
    String xml =
        JunitReport.render(List.of(audited(FILE, v), audited("other.json", w), audited(FILE, v)));

    assertValid(xml);
    Document doc = parse(xml);
    assertRoot(doc, List.of(v, w, v));
    List<Element> suites = children(doc.getDocumentElement(), "testsuite");
    int next = assertReport(suites, 0, FILE, v, "");
    next = assertReport(suites, next, "other.json", w, "");
    next = assertReport(suites, next, FILE, v, " (2)");
    assertThat(next).isEqualTo(suites.size());
    assertThat(suites.stream().map(s -> s.getAttribute("name")).distinct()).hasSize(suites.size());
  }

  @Test
  void sameBytesTwiceWithHeaderAndFinalNewline() {
    Verification v = verify(seed(), Optional.empty());
    String a = JunitReport.render(List.of(audited(FILE, v)));
    String b = JunitReport.render(List.of(audited(FILE, verify(seed(), Optional.empty()))));
    assertThat(a).isEqualTo(b);
    assertThat(a).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ");
    assertThat(a).endsWith("</testsuites>\n");
    assertThat(a).doesNotContain("\r");
  }

  @Test
  void noReportsIsAnEmptyValidDocument() throws Exception {
    String xml = JunitReport.render(List.of());
    assertValid(xml);
    Element root = parse(xml).getDocumentElement();
    assertThat(attr(root, "tests")).isZero();
    assertThat(children(root, "testsuite")).isEmpty();
  }

  /**
   * Each suite is also valid against the XSD Maven Surefire ships ({@code
   * surefire-test-report-3.0.xsd}, whose root is {@code testsuite}), when a maven-surefire-common
   * jar holding it is in the local Maven repository; skipped otherwise.
   */
  @Test
  void suitesAreValidAgainstSurefiresOwnSchemaWhenAvailable() throws Exception {
    Optional<byte[]> xsd = surefireXsd();
    Assumptions.assumeTrue(xsd.isPresent(), "no surefire-test-report-3.0.xsd in ~/.m2");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Schema schema = f.newSchema(new StreamSource(new ByteArrayInputStream(xsd.get())));
    Verification v = verify(seed(), Optional.empty());
    Document doc = parse(JunitReport.render(List.of(audited(FILE, v))));
    Transformer t = TransformerFactory.newInstance().newTransformer();
    for (Element suite : children(doc.getDocumentElement(), "testsuite")) {
      StringWriter text = new StringWriter();
      t.transform(new DOMSource(suite), new StreamResult(text));
      schema.newValidator().validate(new StreamSource(bytes(text.toString())));
    }
  }

  private static Optional<byte[]> surefireXsd() throws IOException {
    Path dir =
        Path.of(
            System.getProperty("user.home"),
            ".m2",
            "repository",
            "org",
            "apache",
            "maven",
            "surefire",
            "maven-surefire-common");
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    List<Path> jars;
    try (Stream<Path> s = Files.walk(dir)) {
      jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        var entry =
            zip.stream()
                .filter(e -> e.getName().endsWith("surefire-test-report-3.0.xsd"))
                .findFirst();
        if (entry.isPresent()) {
          try (InputStream in = zip.getInputStream(entry.get())) {
            return Optional.of(in.readAllBytes());
          }
        }
      }
    }
    return Optional.empty();
  }
}
