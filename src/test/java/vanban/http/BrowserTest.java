package vanban.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web front end in a real browser: Debian's headless chromium driven through
 * /usr/bin/chromedriver (given explicitly, so Selenium Manager downloads nothing). One browser and
 * one server for all scenarios.
 *
 * <p>Mandatory when {@code CI=true} (fails without a browser); skipped with a message elsewhere
 * when /usr/bin/chromium is missing. With {@code -Dvanban.screenshots=DIR} each page is saved as
 * {@code DIR/NAME.png} (the README's pictures come from {@code docs/screenshots}).
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ServedCorpus served;
  private static ChromeDriverService service;
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static Path profile;

  /** Selenium warns that it has no CDP bindings for this chromium; the tests use none. */
  private static final java.util.logging.Logger SELENIUM_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      if (ci) {
        throw new IllegalStateException(
            "CI=true but "
                + CHROMIUM
                + " or "
                + CHROMEDRIVER
                + " is missing: apt-get install -y chromium chromium-driver");
      }
      Assumptions.abort(
          "browser tests skipped: "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing"
              + " (apt-get install -y chromium chromium-driver; mandatory when CI=true)");
    }
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    served = ServedCorpus.get();
    profile = Files.createTempDirectory("vanban-chromium-");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (profile != null) {
      profile.toFile().deleteOnExit();
    }
  }

  private static void open(String pathAndQuery) {
    driver.get(served.base + pathAndQuery);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void screenshot(String name) throws IOException {
    String dir = System.getProperty("vanban.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    Path target = Path.of(dir).resolve(name + ".png");
    Files.createDirectories(target.getParent());
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchThenOpenADocument() throws IOException {
    open("/");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("ky luat ky cuong", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("q=ky+luat"));
    List<WebElement> hits = driver.findElements(By.cssSelector("li.hit"));
    assertThat(hits).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("li.hit .snippet mark"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".facet a"))).isNotEmpty();
    screenshot("search");

    WebElement first = driver.findElement(By.cssSelector("li.hit a.doc-link"));
    String symbol = first.getText();
    first.click();
    wait.until(ExpectedConditions.urlContains("/documents/"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains(symbol);
    assertThat(driver.findElement(By.cssSelector("pre.doc-text")).getText()).isNotBlank();
  }

  @Test
  void followACitationToTheCitedCorpusDocument() throws IOException {
    open("/documents/" + CorpusView.idOf("corpus/000_39bb060388cc8e2c.txt"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("1567-CV/TU");
    assertThat(driver.findElements(By.cssSelector("pre.doc-text a.cite mark"))).isNotEmpty();
    screenshot("document");
    driver.findElement(By.cssSelector("pre.doc-text a.cite[title='29-KL/TU']")).click();
    wait.until(
        ExpectedConditions.urlContains(
            "/documents/" + CorpusView.idOf("corpus/004_9eae9ce46508e63c.txt")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("29-KL/TU");
    // 004 is cited by 000: its incoming citations link back.
    assertThat(driver.findElement(By.cssSelector("section.incoming")).getText())
        .contains("1567-CV/TU");
  }

  @Test
  void citedByPageFor26CtTtg() throws IOException {
    open("/");
    driver.findElement(By.id("q")).sendKeys("26/CT-TTg", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/cites?q="));
    WebElement article = driver.findElement(By.cssSelector("article.instrument"));
    assertThat(article.findElement(By.tagName("h2")).getText())
        .contains("26/CT-TTg")
        .contains("cited by 1 document");
    assertThat(article.findElements(By.cssSelector("li.citing a.doc-link")))
        .extracting(WebElement::getText)
        .containsExactly("Công văn 907/UBND-NV");
    assertThat(article.findElement(By.cssSelector("li.clause mark")).getText())
        .contains("26/CT-TTg");
    screenshot("cited-by");

    open("/cites?q=" + enc("Chỉ thị 26"));
    assertThat(driver.findElements(By.cssSelector("article.instrument"))).hasSize(3);
  }

  @Test
  void comparePageDrillsDownAndOffersCsv() throws IOException {
    open("/compare");
    assertThat(driver.findElements(By.cssSelector("table.matrix tbody tr"))).isNotEmpty();
    assertThat(driver.findElement(By.linkText("CSV")).getAttribute("href"))
        .endsWith("/compare.csv");
    screenshot("compare");
    driver.findElement(By.cssSelector("table.matrix td a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cell")));
    assertThat(driver.findElements(By.cssSelector("#cell tbody tr"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("table.matrix td.on"))).hasSize(1);
  }

  @Test
  void citationMapIsDrawnAndClickable() throws IOException {
    open("/graph");
    wait.until(ExpectedConditions.attributeToBe(By.id("graph"), "data-drawn", "true"));
    List<WebElement> nodes = driver.findElements(By.cssSelector("svg#graph circle.node"));
    assertThat(nodes).hasSizeGreaterThan(6);
    assertThat(driver.findElements(By.cssSelector("svg#graph circle.node.document"))).hasSize(6);
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('graph').scrollIntoView()");
    screenshot("graph");
    WebElement doc = driver.findElement(By.cssSelector("svg#graph circle.node.document"));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", doc);
    wait.until(ExpectedConditions.urlContains("/documents/"));
  }

  @Test
  void aScriptInADocumentShowsAsTextAndRunsNothing() {
    open("/documents/" + CorpusView.idOf(served.probeSource()));
    String title = driver.getTitle();
    assertThat(title).doesNotContain("pwned");
    assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.pwned"))
        .isEqualTo("undefined");
    assertThat(driver.findElements(By.tagName("script"))).isEmpty();
    assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector("p.subject")).getText())
        .contains("<script>document.title='pwned'</script>");
    assertThat(driver.findElement(By.cssSelector("pre.doc-text")).getText())
        .contains("<script>window.pwned=1</script>")
        .contains("<iframe src=\"http://example.com\"></iframe>");
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }
}
