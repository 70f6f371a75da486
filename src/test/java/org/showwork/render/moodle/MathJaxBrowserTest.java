package org.showwork.render.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.render.Handouts;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.lms.QuestionPage;
import org.showwork.render.view.DerivationView;

/**
 * A Moodle question's TeX, typeset by MathJax (the webjar, served by the test's own HTTP server on
 * 127.0.0.1) in headless Chromium, as Moodle's MathJax filter would: every formula between
 * {@code \( \)} and {@code \[ \]} must come out as typeset math, none as a TeX error, and nothing may
 * be fetched from anywhere else. Skipped where Chromium is not installed.
 */
class MathJaxBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String MATHJAX = "META-INF/resources/webjars/mathjax/3.2.2/";

    @TempDir
    Path folder;

    @Test
    void everyFormulaOfAQuestionTypesetsWithoutError() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        var trace = Handouts.trace("two-features-three-steps");
        String question = new QuestionPage(TemplateRendering.builtIn()).question("ABC123",
                DerivationView.of(trace), HtmlWriter.forLms(HtmlWriter.MathMarkup.TEX, HtmlWriter::box, ClozeText::html));
        int formulas = count(question, "\\\\\\(") + count(question, "\\\\\\[");
        assertThat(formulas).isGreaterThan(20);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>window.MathJax = {"
                + "tex: {inlineMath: [['\\\\(', '\\\\)']], displayMath: [['\\\\[', '\\\\]']]},"
                + "startup: {pageReady: () => MathJax.startup.defaultPageReady().then(() => {"
                + "const p = document.createElement('pre'); p.id = 'probe';"
                + "p.textContent = `typeset=${document.querySelectorAll('mjx-container').length} "
                + "errors=${document.querySelectorAll('mjx-merror').length} "
                + "elsewhere=${performance.getEntriesByType('resource').filter(r => !r.name.startsWith(location.origin)).length}`;"
                + "document.body.appendChild(p); })}};</script>"
                + "<script src=\"/mathjax/es5/tex-chtml.js\"></script></head><body>" + question + "</body></html>";
        server.createContext("/question.html", exchange -> respond(exchange, page.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8"));
        server.createContext("/mathjax/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/mathjax/".length());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(MATHJAX + path)) {
                if (in == null || path.contains("..")) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                respond(exchange, in.readAllBytes(), path.endsWith(".js") ? "text/javascript" : "application/octet-stream");
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/question.html";
            String dom = chromium(List.of("--virtual-time-budget=30000", "--dump-dom", url));
            Matcher probe = Pattern.compile("typeset=(\\d+) errors=(\\d+) elsewhere=(\\d+)").matcher(dom);
            assertThat(probe.find()).as("the probe reported: " + dom.substring(Math.max(0, dom.length() - 400))).isTrue();
            assertThat(Integer.parseInt(probe.group(1))).as("formulas typeset").isEqualTo(formulas);
            assertThat(Integer.parseInt(probe.group(2))).as("TeX errors").isZero();
            assertThat(Integer.parseInt(probe.group(3))).as("resources from elsewhere").isZero();
            // a picture for a person to look at, kept with the test's output
            chromium(List.of("--virtual-time-budget=30000", "--window-size=1000,1400",
                    "--screenshot=" + Path.of("target", "moodle-question.png").toAbsolutePath(), url));
        } finally {
            server.stop(0);
        }
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, byte[] body, String type)
            throws java.io.IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String chromium(List<String> arguments) throws Exception {
        Path profile = Files.createTempDirectory(folder, "profile");
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Process chromium = new ProcessBuilder(command).redirectError(folder.resolve("chromium.log").toFile()).start();
        byte[] out = chromium.getInputStream().readAllBytes();
        assertThat(chromium.waitFor(180, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
