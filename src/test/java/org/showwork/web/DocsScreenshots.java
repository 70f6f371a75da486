package org.showwork.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots with headless Chromium: a student's sheet marked as they went (the
 * tutorial's own numbers, one cell revealed) and the lecturer's problem page. Run by hand after a
 * change to the pages: {@code java -cp target/test-classes:target/classes:target/lib/* org.showwork.web.DocsScreenshots}.
 */
public final class DocsScreenshots {
    private DocsScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("showwork-shots");
        Path docs = Files.createDirectories(Path.of("docs"));
        try (WebFixture web = WebFixture.start(work, List.<String[]>of(new String[] {"s1001", "Amara Okafor"}), Map.of())) {
            ChromeDriver browser = Chromium.start(work.resolve("profile"), true);
            try {
                browser.manage().window().setSize(new Dimension(1100, 900));
                browser.get(web.link("s1001"));
                for (String[] answer : StudentPagesTest.tutorialAnswers()) {
                    if (!answer[0].equals("a:error_x[3]")) {
                        browser.findElement(By.name(answer[0])).sendKeys(answer[1].replace("-", "−"));
                    }
                }
                browser.findElement(By.name("a:loss[3]")).clear();
                browser.findElement(By.name("a:loss[3]")).sendKeys("0.301");
                wait(browser, "b_new", "v-");
                browser.findElement(By.cssSelector(".cell[data-id='boundary'] .reveal")).click();
                wait(browser, "boundary", "v-revealed");
                scrollTo(browser, "errors-and-the-gradient");
                Files.write(docs.resolve("marked-sheet-gradient.png"), browser.getScreenshotAs(OutputType.BYTES));
                browser.get(web.base + "/teach/login");
                browser.findElement(By.id("token")).sendKeys(WebFixture.TEACHER);
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                browser.get(web.base + "/teach/problems/tutorial-exact?step=2");
                Files.write(docs.resolve("problem-page.png"), browser.getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.quit();
            }
        }
        System.out.println("screenshots in " + docs.toAbsolutePath());
    }

    private static void wait(ChromeDriver browser, String id, String cls) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeContains(
                By.cssSelector(".cell[data-id='" + id + "']"), "class", cls));
    }

    private static void scrollTo(ChromeDriver browser, String anchor) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", anchor);
    }
}
