package org.showwork.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.render.view.DerivationView;
import org.showwork.render.Handouts;

/**
 * Opens the HTML handout in a real browser (headless Chromium, which .ci/run installs) and asks it
 * what it laid out: the MathML formulas and the SVG chart must have a size, and the page must have
 * loaded no resource at all. Skipped where Chromium is not installed.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path folder;

    @Test
    void formulasAndChartsAreLaidOutAndNothingIsLoaded() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        StringBuilder html = new StringBuilder();
        html.append(new HtmlRenderer().render(DerivationView.of(Handouts.trace("tutorial-five-points"))));
        // the probe is the only script in the test copy; the handout itself has none
        String probe = "<script>addEventListener('load', () => {"
                + "const box = e => e ? e.getBoundingClientRect() : {width: 0, height: 0};"
                + "const m = box(document.querySelector('math[display=block]'));"
                + "const s = box(document.querySelector('svg.plot'));"
                + "const t = box(document.querySelector('table.worked'));"
                + "const r = performance.getEntriesByType('resource').length;"
                + "const p = document.createElement('pre'); p.id = 'probe';"
                + "p.textContent = `math=${m.width}x${m.height} svg=${s.width}x${s.height} table=${t.width}x${t.height} resources=${r}`;"
                + "document.body.appendChild(p); });</script>";
        Path page = folder.resolve("handout.html");
        Files.writeString(page, html.toString().replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        Path profile = Files.createDirectories(folder.resolve("profile"));
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
                .redirectError(folder.resolve("chromium.log").toFile())
                .start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        String text = new String(dom, StandardCharsets.UTF_8);
        Matcher probe1 = Pattern.compile("math=([\\d.]+)x([\\d.]+) svg=([\\d.]+)x([\\d.]+) table=([\\d.]+)x([\\d.]+) resources=(\\d+)")
                .matcher(text);
        assertThat(probe1.find()).as("the probe reported: " + text.substring(Math.max(0, text.length() - 400))).isTrue();
        assertThat(Double.parseDouble(probe1.group(1))).as("math width").isPositive();
        assertThat(Double.parseDouble(probe1.group(2))).as("math height").isPositive();
        assertThat(Double.parseDouble(probe1.group(3))).as("svg width").isGreaterThan(100);
        assertThat(Double.parseDouble(probe1.group(4))).as("svg height").isGreaterThan(100);
        assertThat(Double.parseDouble(probe1.group(5))).as("table width").isPositive();
        assertThat(Integer.parseInt(probe1.group(7))).as("resources loaded").isZero();
    }
}
