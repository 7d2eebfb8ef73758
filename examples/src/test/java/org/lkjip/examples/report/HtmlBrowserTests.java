package org.lkjip.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lkjip.examples.cli.ExitCodes;
import org.lkjip.examples.cli.LkjipCli;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The HTML audit page in a real browser: headless Chromium through Selenium and the Chrome DevTools
 * Protocol. The page is the seed rendered by {@code lkjip verify --format html}, or any file given
 * with {@code -Dlkjip.htmlReport=FILE}. Screenshots and the PDF are kept under {@code
 * target/browser/}.
 *
 * <p>It needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's {@code
 * chromium} and {@code chromium-driver}; other paths with {@code -Dlkjip.chromium} and {@code
 * -Dlkjip.chromedriver}). Without them it is skipped, except in CI ({@code -Dlkjip.ci=true} or the
 * environment variable {@code CI}), where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlBrowserTests {
  private static final String SEED = "data/tebing-tinggi-2022.json";
  private static final Path OUT = Path.of("target", "browser");

  /** A4 landscape, in inches. */
  private static final double PAPER_WIDTH = 11.69;

  private static final double PAPER_HEIGHT = 8.27;

  /** Page.printToPDF's default margin on each side, in inches. */
  private static final double PRINT_MARGIN = 0.4;

  /** The printable area in CSS pixels (96 per inch): 1045 × 717. */
  private static final int PRINT_WIDTH = (int) Math.floor((PAPER_WIDTH - 2 * PRINT_MARGIN) * 96);

  private static final int PRINT_HEIGHT = (int) Math.floor((PAPER_HEIGHT - 2 * PRINT_MARGIN) * 96);

  /** The tallest screenshot kept, in CSS pixels. */
  private static final int SHOT_HEIGHT = 12_000;

  /**
   * Elements whose right edge passes {@code arguments[0]} px, as "tag#id.class left..right"; with
   * {@code arguments[1]} false, leaving out those inside a box that scrolls or clips them.
   */
  private static final String OVERFLOWING =
      "const w = arguments[0], all = arguments[1], out = [];"
          + "const clipped = e => { for (let p = e.parentElement; p && p !== document.body;"
          + "  p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; }"
          + "  return false; };"
          + "for (const e of document.querySelectorAll('body, body *')) {"
          + "  const r = e.getBoundingClientRect(), right = r.right + window.scrollX;"
          + "  if ((right > w + 0.5 || r.width > w + 0.5) && (all || !clipped(e))) {"
          + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + (typeof e.className === 'string' && e.className ? '.' + e.className : '')"
          + "      + ' ' + Math.round(r.left + window.scrollX) + '..' + Math.round(right)); } }"
          + "return out.slice(0, 15);";

  private @Nullable String skipped;
  private @Nullable ChromeDriver browser;
  private String url = "";

  @BeforeAll
  void start() throws IOException {
    Path chromium = Path.of(System.getProperty("lkjip.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("lkjip.chromedriver", "/usr/bin/chromedriver"));
    List<String> missing = new ArrayList<>();
    for (Path p : List.of(chromium, chromedriver)) {
      if (!Files.isExecutable(p)) {
        missing.add(p.toString());
      }
    }
    if (!missing.isEmpty()) {
      String message =
          "the browser test needs "
              + String.join(" and ", missing)
              + " (Debian: apt-get install chromium chromium-driver)";
      if (inCi()) {
        fail(message + "; in CI it must run, not skip");
      }
      // Skipped test by test (a class-level abort would show as "Tests run: 0"), said once.
      skipped = message + "; skipped (outside CI)";
      System.err.println("HtmlBrowserTests: " + skipped);
      return;
    }
    url = pageUnderTest().toUri().toString();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // The driver and the browser are named, so Selenium Manager never looks for (or downloads) one.
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @BeforeEach
  void browserPresent() {
    Assumptions.assumeTrue(skipped == null, () -> skipped);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static boolean inCi() {
    String ci = System.getenv("CI");
    return Boolean.getBoolean("lkjip.ci")
        || (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false"));
  }

  /** The file of {@code -Dlkjip.htmlReport}, or the seed rendered by the CLI in-process. */
  private static Path pageUnderTest() throws IOException {
    Files.createDirectories(OUT);
    String given = System.getProperty("lkjip.htmlReport", "");
    if (!given.isEmpty()) {
      Path file = Path.of(given).toAbsolutePath();
      assertThat(file).as("-Dlkjip.htmlReport").isRegularFile();
      return file;
    }
    Path html = OUT.resolve("tebing-tinggi-2022.html").toAbsolutePath();
    Files.deleteIfExists(html);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new LkjipCli())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute("verify", SEED, "--format", "html", "-o", html.toString());
    assertThat(err.toString()).as("lkjip verify --format html: standard error").isEmpty();
    assertThat(code).as("exit code (the seed is inconsistent)").isEqualTo(ExitCodes.FAILED);
    assertThat(html).isRegularFile();
    return html;
  }

  /** Opens the page at {@code width × height} CSS pixels ("screen" or "print" media). */
  private void open(int width, int height, boolean mobile, String media) {
    // The real size: headless Chrome's --window-size will not go below about 500 px.
    driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia", Map.of("media", media.equals("screen") ? "" : media));
    driver().get(url);
  }

  private ChromeDriver driver() {
    return Objects.requireNonNull(browser, "the browser did not start");
  }

  private @Nullable Object js(String script, Object... args) {
    return driver().executeScript(script, args);
  }

  private String text(String script, Object... args) {
    return (String) Objects.requireNonNull(js(script, args), script);
  }

  private long number(String script, Object... args) {
    return ((Number) Objects.requireNonNull(js(script, args), script)).longValue();
  }

  /**
   * A PNG of the page at the current width, from the top: all of it, or its first {@value
   * #SHOT_HEIGHT} px (Chrome refuses larger captures).
   */
  private void screenshot(String name) throws IOException {
    long width = number("return window.innerWidth");
    long height = Math.min(SHOT_HEIGHT, number("return document.documentElement.scrollHeight"));
    Map<String, Object> shot =
        driver()
            .executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                    "format",
                    "png",
                    "captureBeyondViewport",
                    true,
                    "clip",
                    Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(OUT.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  @ParameterizedTest(name = "{3} {0}x{1}")
  @CsvSource({"390, 844, true, phone", "1280, 800, false, desktop"})
  void noHorizontalPageOverflow(int width, int height, boolean mobile, String name)
      throws IOException {
    open(width, height, mobile, "screen");
    screenshot(name + "-" + width + ".png");
    assertThat(number("return document.documentElement.scrollWidth"))
        .as(
            "document.documentElement.scrollWidth at %d px (window.innerWidth %s); wider than the"
                + " window: %s",
            width, js("return window.innerWidth"), js(OVERFLOWING, width, false))
        .isLessThanOrEqualTo(width);
    assertThat(number("return window.innerWidth")).as("window.innerWidth").isEqualTo(width);
  }

  @Test
  void hasAViewportMeta() {
    open(390, 844, true, "screen");
    assertThat(
            (String)
                js(
                    "const m = document.querySelector('meta[name=viewport]');"
                        + "return m ? m.getAttribute('content') : null"))
        .as("<meta name=\"viewport\"> content")
        .isNotNull()
        .contains("width=device-width");
  }

  @Test
  void isInTheDefaultLanguage() {
    String expected = System.getProperty("lkjip.htmlLang", "id");
    open(1280, 800, false, "screen");
    assertThat((String) js("return document.documentElement.getAttribute('lang')"))
        .as("<html lang>")
        .isEqualTo(expected);
  }

  @Test
  void everyContentsLinkLandsOnItsTarget() throws InterruptedException {
    open(390, 844, true, "screen");
    List<WebElement> links = driver().findElements(By.cssSelector("nav a[href^=\"#\"]"));
    assertThat(links).as("contents links (nav a[href^=\"#\"])").isNotEmpty();
    List<String> failures = new ArrayList<>();
    for (WebElement link : links) {
      String href = Objects.requireNonNull(link.getDomAttribute("href"));
      String id = text("return decodeURIComponent(arguments[0].substring(1))", href);
      if (js("return document.getElementById(arguments[0])", id) == null) {
        failures.add(href + ": no element with id \"" + id + "\"");
        continue;
      }
      js("window.scrollTo(0, 0)");
      link.click();
      String landed = "";
      for (int i = 0; i < 20; i++) {
        landed =
            text(
                "const t = document.getElementById(arguments[0]),"
                    + " top = t.getBoundingClientRect().top;"
                    + "if (location.hash !== arguments[1]) return 'location.hash is '"
                    + " + location.hash;"
                    + "if (top < -1 || top >= window.innerHeight) return 'target top at '"
                    + " + top + ' px, window ' + window.innerHeight + ' px';"
                    + "return '';",
                id,
                href);
        if (landed.isEmpty()) {
          break;
        }
        Thread.sleep(50);
      }
      if (!landed.isEmpty()) {
        failures.add(href + ": " + landed);
      }
    }
    assertThat(failures).as("contents links that do not land on their target").isEmpty();
  }

  @Test
  void makesNoNetworkRequest() {
    driver().manage().logs().get(LogType.PERFORMANCE); // drop what earlier pages logged
    open(1280, 800, false, "screen");
    ObjectMapper json = new ObjectMapper();
    List<String> requests = new ArrayList<>();
    for (LogEntry entry : driver().manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = json.readTree(entry.getMessage()).path("message");
      if (message.path("method").asString("").equals("Network.requestWillBeSent")) {
        String requested = message.path("params").path("request").path("url").asString("");
        if (!requested.equals(url) && !requested.startsWith("data:")) {
          requests.add(requested);
        }
      }
    }
    assertThat(requests).as("requests besides the page itself (CDP Network events)").isEmpty();
    assertThat((List<?>) js("return performance.getEntriesByType('resource').map(e => e.name)"))
        .as("performance.getEntriesByType('resource')")
        .isEmpty();
  }

  @Test
  void printLayoutFitsA4Landscape() throws IOException {
    open(PRINT_WIDTH, PRINT_HEIGHT, false, "print");
    assertThat(number("return matchMedia('print').matches ? 1 : 0")).as("print media").isOne();
    assertThat(number("return document.documentElement.scrollWidth"))
        .as(
            "document.documentElement.scrollWidth in print at %d px (A4 landscape less margins);"
                + " wider: %s",
            PRINT_WIDTH, js(OVERFLOWING, PRINT_WIDTH, true))
        .isLessThanOrEqualTo(PRINT_WIDTH);
    assertThat((List<?>) js(OVERFLOWING, PRINT_WIDTH, true))
        .as("elements wider than the A4 landscape printable width (%d px) in print", PRINT_WIDTH)
        .isEmpty();

    driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    Map<String, Object> print = new HashMap<>();
    // The paper is given as the A4 sheet upright, and landscape turns it: Chrome swaps the two for
    // landscape, so paperWidth 11.69 with landscape=true would print A4 portrait (the /MediaBox
    // check below catches that).
    print.put("landscape", true);
    print.put("paperWidth", PAPER_HEIGHT);
    print.put("paperHeight", PAPER_WIDTH);
    print.put("printBackground", true);
    Map<String, Object> pdf = driver().executeCdpCommand("Page.printToPDF", print);
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    Files.write(OUT.resolve("print-a4-landscape.pdf"), bytes);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).as("Page.printToPDF output").startsWith("%PDF-");
    Matcher box =
        Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*]").matcher(text);
    assertThat(box.find()).as("a page's /MediaBox in the PDF").isTrue();
    assertThat(Double.parseDouble(box.group(1)))
        .as("PDF page width in points (A4 landscape: 842)")
        .isCloseTo(PAPER_WIDTH * 72, org.assertj.core.data.Offset.offset(2.0));
    assertThat(Double.parseDouble(box.group(2)))
        .as("PDF page height in points (A4 landscape: 595)")
        .isCloseTo(PAPER_HEIGHT * 72, org.assertj.core.data.Offset.offset(2.0));
  }

  @Test
  void everyTableRepeatsItsHeaderRowsInPrint() {
    open(PRINT_WIDTH, PRINT_HEIGHT, false, "print");
    assertThat(number("return document.querySelectorAll('table').length"))
        .as("tables")
        .isPositive();
    assertThat(
            (List<?>)
                js(
                    "return Array.from(document.querySelectorAll('table')).map((t, i) =>"
                        + " !t.tHead ? 'table ' + (i + 1) + ': no thead'"
                        + " : getComputedStyle(t.tHead).display !== 'table-header-group'"
                        + " ? 'table ' + (i + 1) + ': thead display '"
                        + " + getComputedStyle(t.tHead).display : '').filter(s => s)"))
        .as("tables whose header rows do not repeat on each printed page")
        .isEmpty();
  }
}
