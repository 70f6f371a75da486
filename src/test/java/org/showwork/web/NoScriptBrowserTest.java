package org.showwork.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The sheets in real Chromium with JavaScript switched off (one browser for the class): every page
 * still works as plain forms — Check posts the sheet and the marked sheet comes back, Reveal too.
 */
class NoScriptBrowserTest {

    @TempDir
    static Path root;

    static WebFixture web;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        web = WebFixture.start(root, List.<String[]>of(new String[] {"s1", "Ada"}), Map.of());
        browser = Chromium.start(root.resolve("profile"), false);
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

    @Test
    void checkAndRevealWorkAsFormPosts() {
        browser.get(web.link("s1"));
        browser.findElement(By.name("a:z[1]")).sendKeys("−4,396");
        browser.findElement(By.name("a:p[4]")).sendKeys("0.899");
        submit(browser.findElement(By.cssSelector(".status button.check")));
        assertThat(cell("z[1]").getAttribute("class")).contains("v-correct");
        assertThat(cell("p[4]").getAttribute("class")).contains("v-rounding");
        assertThat(browser.findElement(By.name("a:z[1]")).getAttribute("value")).isEqualTo("−4,396");
        submit(cell("p[1]").findElement(By.className("reveal")));
        assertThat(cell("p[1]").getAttribute("class")).contains("v-revealed");
        assertThat(browser.findElement(By.name("a:p[1]")).getAttribute("value")).isEqualTo("0.012");
        assertThat(browser.findElement(By.id("status")).getText()).contains("1 revealed");
        // the page's script did not run: it would have said so beside the status
        assertThat(browser.findElement(By.id("saved")).getText()).isEmpty();
    }

    @Test
    void aPracticeSheetIsMarkedAndKeepsItsRevealsInTheForm() {
        browser.get(web.base + "/practice/tutorial-five-points");
        browser.findElement(By.name("a:z[2]")).sendKeys("-2.199");
        submit(cell("z[1]").findElement(By.className("reveal")));
        assertThat(cell("z[1]").getAttribute("class")).contains("v-revealed");
        assertThat(cell("z[2]").getAttribute("class")).contains("v-correct");
        browser.findElement(By.name("a:p[2]")).sendKeys("0.099");
        submit(browser.findElement(By.cssSelector(".status button.check")));
        assertThat(cell("z[1]").getAttribute("class")).contains("v-revealed");
        assertThat(cell("p[2]").getAttribute("class")).contains("v-rounding");
    }

    /** Clicks a button that posts the form, and waits until the page it leads to has replaced this one. */
    private void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
    }
}
