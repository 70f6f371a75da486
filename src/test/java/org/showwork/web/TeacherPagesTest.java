package org.showwork.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lecturer's pages and the server's defences over HTTP: the teacher token, the problem page
 * (edits, fields, mistakes at their line, steps, downloads), the dashboard and gradebook, CSRF,
 * cookies, and the caps on bodies and on problems.
 */
class TeacherPagesTest {

    @TempDir
    static Path root;

    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.start(root, List.of(new String[] {"a1", "Ada"}, new String[] {"b2", "Ben"}), Map.of());
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void teacherPagesNeedTheToken() throws Exception {
        Visitor v = new Visitor(web.base);
        HttpResponse<String> r = v.get("/teach/classes/" + WebFixture.CLASS);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/teach/login");
        v.get("/teach/login");
        assertThat(v.post("/teach/login", List.<String[]>of(new String[] {"token", "guess"}), false).statusCode()).isEqualTo(403);
        assertThat(v.post("/teach/problems/tutorial-five-points", List.<String[]>of(new String[] {"yaml", "x: 1"}), false)
                .statusCode()).isEqualTo(403);
        v.teacher();
        assertThat(v.get("/teach/classes/" + WebFixture.CLASS).statusCode()).isEqualTo(200);
    }

    @Test
    void postsNeedTheSessionsCsrfTokenAndTheSameSite() throws Exception {
        Visitor v = new Visitor(web.base);
        v.get("/practice/tutorial-five-points");
        String form = Visitor.form(List.<String[]>of(new String[] {"a:z[1]", "1"}));
        assertThat(v.postRaw("/practice/tutorial-five-points", form, Map.of()).statusCode()).isEqualTo(403);
        Visitor other = new Visitor(web.base);
        other.get("/practice/tutorial-five-points");
        String theirs = Visitor.form(List.of(new String[] {"csrf", other.csrf}, new String[] {"a:z[1]", "1"}));
        assertThat(v.postRaw("/practice/tutorial-five-points", theirs, Map.of()).statusCode()).isEqualTo(403);
        String mine = Visitor.form(List.of(new String[] {"csrf", v.csrf}, new String[] {"a:z[1]", "1"}));
        assertThat(v.postRaw("/practice/tutorial-five-points", mine, Map.of("Sec-Fetch-Site", "cross-site")).statusCode())
                .isEqualTo(403);
        assertThat(v.postRaw("/practice/tutorial-five-points", mine, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteAndPagesLoadNothingFromElsewhere() throws Exception {
        HttpResponse<String> r = new Visitor(web.base).get("/");
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'")
                .contains("script-src 'self'");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        String sheet = new Visitor(web.base).get("/practice/tutorial-five-points").body();
        assertThat(sheet).doesNotContainPattern("(src|href|action)=\"(https?:)?//").contains("src=\"/assets/sheet.js\"");
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413() throws Exception {
        Visitor v = new Visitor(web.base);
        v.get("/practice/tutorial-five-points");
        String big = "x".repeat(600 * 1024);
        HttpResponse<String> r = v.post("/practice/tutorial-five-points", List.<String[]>of(new String[] {"a:z[1]", big}), false);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("512 KB at most");
    }

    @Test
    void aMistakeInTheYamlIsShownAtItsLine() throws Exception {
        Visitor v = new Visitor(web.base).teacher();
        v.get("/teach/problems/tutorial-five-points");
        String yaml = "title: Broken\nsamples:\n  - [1, 0]\n  - [2, 1]\nlearning_rate: fast\n";
        HttpResponse<String> r = v.post("/teach/problems/tutorial-five-points", List.<String[]>of(new String[] {"yaml", yaml}), false);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("tutorial-five-points.yaml, line 5").contains("learning_rate")
                .contains("<li value=\"5\" class=\"marked\"><code>learning_rate: fast</code></li>");
    }

    @Test
    void problemsOverTheCapsAreRefusedWithAClearMessage() throws Exception {
        Visitor v = new Visitor(web.base).teacher();
        v.get("/teach/problems/tutorial-five-points");
        StringBuilder many = new StringBuilder("samples:\n");
        for (int i = 0; i < 600; i++) {
            many.append("  - [").append(i).append(", ").append(i % 2).append("]\n");
        }
        many.append("learning_rate: 0.1\n");
        String longRun = "samples:\n  - [1, 0]\n  - [2, 1]\nlearning_rate: 0.1\niterations: 200000\n";
        String huge = "title: big\n#" + "x".repeat(70 * 1024) + "\nsamples:\n  - [1, 0]\nlearning_rate: 0.1\n";
        for (String[] c : List.of(new String[] {many.toString(), "600 samples"}, new String[] {longRun, "at most"},
                new String[] {huge, "64 KB at most"})) {
            HttpResponse<String> r = v.post("/teach/problems/tutorial-five-points", List.<String[]>of(new String[] {"yaml", c[0]}), false);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains(c[1]);
        }
    }

    @Test
    void changingTheLearningRateInTheFieldsChangesTheUpdateAndKeepsTheRestOfTheFile() throws Exception {
        Visitor v = new Visitor(web.base).teacher();
        String before = v.get("/teach/problems/tutorial-five-points").body();
        assertThat(before).contains("x = −(−6.603)/2.172");
        List<String[]> form = new ArrayList<>(fields(before));
        form.replaceAll(f -> f[0].equals("learning_rate") ? new String[] {"learning_rate", "0.5"} : f);
        form.add(new String[] {"action", "fields"});
        String after = v.post("/teach/problems/tutorial-five-points", form, false).body();
        // w = 2.197 − 0.5·0.2504 ≈ 2.072, b = −6.593 − 0.5·0.1000 = −6.643
        assertThat(after).contains("x = −(−6.643)/2.072").doesNotContain("x = −(−6.603)/2.172").contains("learning_rate: 0.5")
                .contains("# The tutorial"); // the file's comments stay
    }

    @Test
    void stepsAreShownOneAtATimeWithTheChartsAfterEach() throws Exception {
        Visitor v = new Visitor(web.base).teacher();
        String first = v.get("/teach/problems/tutorial-exact").body();
        // step 1 is the problem worked for one step: its section is the one step of gradient descent
        assertThat(first).contains("Step 1 of 3").contains("One step of gradient descent")
                .doesNotContain("Step 2 of gradient descent").contains("<svg");
        List<String[]> form = new ArrayList<>(fields(first));
        form.add(new String[] {"goto", "2"});
        String second = v.post("/teach/problems/tutorial-exact", form, false).body();
        assertThat(second).contains("Step 2 of 3").contains("Step 2 of gradient descent")
                .doesNotContain("Step 1 of gradient descent").doesNotContain("Step 3 of gradient descent")
                .contains("after 2 steps");
    }

    @Test
    void theDocumentDownloadsInEveryFormat() throws Exception {
        Visitor v = new Visitor(web.base).teacher();
        String page = v.get("/teach/problems/tutorial-five-points").body();
        for (String format : List.of("html", "tex", "json", "pdf", "md")) {
            List<String[]> form = new ArrayList<>(fields(page));
            form.add(new String[] {"format", format});
            HttpResponse<byte[]> r = v.postForBytes("/teach/problems/tutorial-five-points/download", form);
            assertThat(r.statusCode()).as(format).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).as(format).startsWith("attachment");
            String start = new String(r.body(), 0, 16, StandardCharsets.ISO_8859_1);
            switch (format) {
                case "html" -> assertThat(start).startsWith("<!DOCTYPE html>");
                case "tex" -> assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\\begin{document}");
                case "json" -> assertThat(start).startsWith("{");
                case "pdf" -> assertThat(start).startsWith("%PDF");
                default -> {
                    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
                        assertThat(zip.getNextEntry().getName()).isEqualTo("tutorial-five-points.md");
                        assertThat(zip.getNextEntry().getName()).endsWith(".svg");
                    }
                }
            }
        }
    }

    @Test
    void theDashboardListsWhoWorkedAndTheGradebookIsChecks() throws Exception {
        Visitor student = new Visitor(web.base);
        student.get(web.link("a1"));
        student.post(web.link("a1"), StudentPagesTest.tutorialAnswers(), true);
        student.post(web.link("a1"), List.<String[]>of(new String[] {"reveal", "boundary"}), true);
        Visitor teacher = new Visitor(web.base).teacher();
        String dashboard = teacher.get("/teach/classes/" + WebFixture.CLASS).body();
        assertThat(dashboard).contains("1 of 2 students have worked").contains("Ada").contains("Ben")
                .contains("most").contains(web.link("a1"));
        String gradebook = teacher.get("/teach/classes/" + WebFixture.CLASS + "/gradebook.csv").body();
        assertThat(gradebook.lines().findFirst().orElseThrow()).startsWith("student,file,score,max_score,z[1]");
        assertThat(gradebook).contains("Ada,a1,");
        String report = teacher.get("/teach/classes/" + WebFixture.CLASS + "/students/a1").body();
        assertThat(report).contains("Revealed on the web, so they earn no points: boundary").contains("follow-through");
        assertThat(teacher.get("/teach/classes/" + WebFixture.CLASS + "/students/..%2F..%2Fa1").statusCode()).isEqualTo(404);
    }

    /** The problem page's form fields as the browser would send them. */
    static List<String[]> fields(String page) {
        List<String[]> out = new ArrayList<>();
        java.util.regex.Matcher area = java.util.regex.Pattern.compile("<textarea id=\"(\\w+)\" name=\"\\w+\"[^>]*>([^<]*)</textarea>")
                .matcher(page);
        while (area.find()) {
            out.add(new String[] {area.group(1), org.unbescape.html.HtmlEscape.unescapeHtml(area.group(2))});
        }
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input id=\"(\\w+)\" name=\"\\w+\" size=\"\\d+\" value=\"([^\"]*)\"")
                .matcher(page);
        while (input.find()) {
            out.add(new String[] {input.group(1), org.unbescape.html.HtmlEscape.unescapeHtml(input.group(2))});
        }
        out.add(new String[] {"step", "1"});
        return out;
    }
}
