package org.showwork.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app end to end in real Chromium (one browser for the class), as a student and a lecturer use
 * it: the tutorial's numbers typed into the sheet and marked as they go, a reveal that survives a
 * reload, a learning rate changed on the problem page, and a corpus of script payloads — in student
 * names, a problem's title and answers — that stays inert text everywhere it is shown.
 */
class SheetBrowserTest {

    /** Payloads that would run, or add elements the test looks for, if any page put them in as markup. */
    static final List<String> XSS = List.of(
            "<script>window.__xss='script'</script>",
            "<img src=x id=xss-img onerror=\"window.__xss='img'\">",
            "\"><svg id=xss-svg onload=\"window.__xss='svg'\">",
            "'><b id=xss-b>bold</b>",
            "</textarea><i id=xss-i>i</i>",
            "javascript:window.__xss='url'",
            "[[${7*7}]] ${7*7} {{7*7}}");

    @TempDir
    static Path root;

    static WebFixture web;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        String xssProblem = "title: \"" + XSS.get(1).replace("\"", "\\\"") + " " + XSS.get(0) + "\"\nsamples:\n  - [1, 0]\n"
                + "  - [2, 1]\nlearning_rate: 0.1\n";
        web = WebFixture.start(root, List.of(new String[] {"s1", "Ada Lovelace"}, new String[] {"s2", "Ben"},
                new String[] {"x1", XSS.get(0) + XSS.get(1)}, new String[] {"x2", XSS.get(2) + XSS.get(3)},
                new String[] {"x3", XSS.get(4) + XSS.get(6)}), Map.of("xss-title", xssProblem));
        browser = Chromium.start(root.resolve("profile"), true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    private static WebElement cell(String id) {
        return browser.findElement(By.cssSelector(".cell[data-id='" + id + "']"));
    }

    private static void waitForClass(String id, String verdict) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeContains(
                By.cssSelector(".cell[data-id='" + id + "']"), "class", "v-" + verdict));
    }

    @Test
    void aStudentTypesTheTutorialsNumbersAndSeesThemMarkedThenRevealsAndReloads() throws Exception {
        browser.get(web.link("s1"));
        for (String[] answer : StudentPagesTest.tutorialAnswers()) {
            browser.findElement(By.name(answer[0])).sendKeys(answer[1]);
        }
        waitForClass("b_new", "correct");
        waitForClass("p[4]", "rounding");
        assertThat(cell("p[4]").findElement(By.className("why")).getText()).contains("truncated instead of rounded");
        for (String id : List.of("loss[4]", "error[4]", "error_x[4]", "sum_error", "sum_error_x", "grad_w", "grad_b")) {
            assertThat(cell(id).getAttribute("class")).as(id).contains("v-follow-through");
        }
        assertThat(cell("loss[4]").findElement(By.className("why")).getText()).isEqualTo("right from your own ŷ₄ = 0.899");
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Score ");
        cell("boundary").findElement(By.className("reveal")).click();
        waitForClass("boundary", "revealed");
        Files.write(Path.of("target", "web-marked-sheet.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.navigate().refresh();
        assertThat(browser.findElement(By.name("a:p[4]")).getAttribute("value")).isEqualTo("0.899");
        assertThat(browser.findElement(By.name("a:boundary")).getAttribute("value")).isEqualTo("3.001");
        assertThat(browser.findElement(By.name("a:boundary")).getAttribute("readonly")).isNotNull();
        assertThat(cell("p[4]").getAttribute("class")).contains("v-rounding");
        assertThat(cell("grad_w").getAttribute("class")).contains("v-follow-through");
        assertThat(browser.findElement(By.id("status")).getText()).contains("1 revealed");
    }

    @Test
    void aLecturerChangesTheLearningRateAndTheUpdateChanges() {
        logIn();
        browser.get(web.base + "/teach/problems/tutorial-five-points");
        String before = browser.findElement(By.className("derivation")).getText();
        assertThat(before).contains("x = −(−6.603)/2.172");
        WebElement rate = browser.findElement(By.id("learning_rate"));
        rate.clear();
        rate.sendKeys("0.5");
        browser.findElement(By.cssSelector("button[name=action][value=fields]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("derivation"), "−(−6.643)/2.072"));
        assertThat(browser.findElement(By.id("yaml")).getAttribute("value")).contains("learning_rate: 0.5");
    }

    @Test
    void theXssCorpusStaysInertText() {
        logIn();
        browser.get(web.base + "/teach/classes/" + WebFixture.CLASS);
        String roster = browser.findElement(By.cssSelector("table.roster")).getText();
        assertThat(roster).contains(XSS.get(0) + XSS.get(1)).contains(XSS.get(2) + XSS.get(3)).contains(XSS.get(4) + XSS.get(6));
        inert();
        browser.get(web.link("x1"));
        assertThat(browser.findElement(By.className("fields")).getText()).contains(XSS.get(0) + XSS.get(1));
        inert();
        for (int k = 0; k < XSS.size(); k++) {
            browser.findElement(By.name(List.of("a:z[1]", "a:p[1]", "a:loss[1]", "a:error[1]", "a:z[2]", "a:p[2]",
                    "a:loss[2]").get(k))).sendKeys(XSS.get(k));
        }
        waitForClass("loss[2]", "unreadable");
        assertThat(cell("z[1]").findElement(By.className("why")).getText()).isEqualTo("“" + XSS.get(0) + "” is not a number");
        inert();
        browser.navigate().refresh();
        assertThat(browser.findElement(By.name("a:p[1]")).getAttribute("value")).isEqualTo(XSS.get(1));
        inert();
        browser.get(web.base + "/teach/classes/" + WebFixture.CLASS + "/students/x1");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(XSS.get(0));
        inert();
        browser.get(web.base + "/practice/xss-title");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(XSS.get(1));
        inert();
        browser.get(web.base + "/teach/problems/xss-title");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(XSS.get(0));
        WebElement yaml = browser.findElement(By.id("yaml"));
        yaml.clear();
        yaml.sendKeys("title: '" + XSS.get(4) + XSS.get(2) + "'\nsamples:\n  - [1, 0]\n  - [2, 1]\nlearning_rate: " + XSS.get(3));
        browser.findElement(By.cssSelector("button[name=action][value=yaml]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.className("mistake")));
        assertThat(browser.findElement(By.className("mistake")).getText()).contains("xss-title.yaml, line 1").contains(XSS.get(4));
        inert();
    }

    /** Nothing ran, no element of a payload exists, no dialog is open. */
    private static void inert() {
        assertThat(browser.executeScript("return window.__xss === undefined")).as(browser.getCurrentUrl()).isEqualTo(true);
        for (String id : List.of("xss-img", "xss-svg", "xss-b", "xss-i")) {
            assertThat(browser.findElements(By.id(id))).as(id + " on " + browser.getCurrentUrl()).isEmpty();
        }
        assertThat(browser.getPageSource()).doesNotContain(">49<");
        try {
            browser.switchTo().alert();
            throw new AssertionError("a dialog opened on " + browser.getCurrentUrl());
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
    }

    private static void logIn() {
        browser.get(web.base + "/teach/login");
        if (!browser.getCurrentUrl().endsWith("/teach/login") || browser.findElements(By.id("token")).isEmpty()) {
            return;
        }
        browser.findElement(By.id("token")).sendKeys(WebFixture.TEACHER);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(web.base + "/teach"));
    }
}
