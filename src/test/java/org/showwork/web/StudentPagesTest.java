package org.showwork.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.check.CheckResult;
import org.showwork.check.Checker;
import org.showwork.check.Mark;
import org.showwork.check.MarkingScheme;
import org.showwork.check.SubmissionReader;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;

/**
 * The students' pages over HTTP: a sheet is marked by the same checker as {@code showwork check},
 * numbers are read as students write them, class work is saved and comes back on any device, a
 * reveal costs the cell's points and is recorded, practice stores nothing, and the page never
 * carries the answer key.
 */
class StudentPagesTest {

    @TempDir
    static Path root;

    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        List<String[]> students = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            students.add(new String[] {"s" + k, "Student " + k});
        }
        web = WebFixture.start(root, students, Map.of());
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    /** The tutorial's own numbers, as the checker's worked example hands them in. */
    static List<String[]> tutorialAnswers() throws Exception {
        List<String[]> answers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("worked-examples/check/tutorial-as-submitted.yaml"))) {
            if (line.matches("^[a-z_]+(\\[[0-9,]+\\])?:\\s.*") && !line.startsWith("student") && !line.startsWith("problem")) {
                int colon = line.indexOf(':');
                answers.add(new String[] {"a:" + line.substring(0, colon), line.substring(colon + 1).strip()});
            }
        }
        return answers;
    }

    static Map<String, JsonNode> cells(String json) throws Exception {
        Map<String, JsonNode> cells = new HashMap<>();
        new ObjectMapper().readTree(json).get("cells").forEach(c -> cells.put(c.get("id").asText(), c));
        return cells;
    }

    @Test
    void aPracticeSheetIsMarkedExactlyAsCheckMarksTheSameAnswers() throws Exception {
        Visitor v = new Visitor(web.base);
        assertThat(v.get("/practice/tutorial-five-points").statusCode()).isEqualTo(200);
        HttpResponse<String> r = v.post("/practice/tutorial-five-points", tutorialAnswers(), true);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, JsonNode> cells = cells(r.body());

        // the command line's checker, on the same answers read from the same file
        Trace trace = Tracer.trace(ProblemReader.read(WebFixture.example("tutorial-five-points")));
        CheckResult checked = new Checker(trace, MarkingScheme.defaults())
                .check(SubmissionReader.read(Path.of("worked-examples/check/tutorial-as-submitted.yaml")));
        int compared = 0;
        for (Mark mark : checked.marks()) {
            JsonNode cell = cells.get(mark.id().toString(1));
            if (cell != null && !mark.verdict().word().equals("missing")) {
                assertThat(cell.get("word").asText()).as(mark.id().toString(1)).isEqualTo(mark.verdict().word());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(25);
        assertThat(cells.get("p[4]").get("word").asText()).isEqualTo("rounding");
        assertThat(cells.get("p[4]").get("why").asText()).contains("truncated");
        for (String id : List.of("loss[4]", "error[4]", "error_x[4]", "sum_error", "sum_error_x", "grad_w", "grad_b")) {
            assertThat(cells.get(id).get("word").asText()).as(id).isEqualTo("follow-through");
        }
        assertThat(cells.get("loss[4]").get("why").asText()).isEqualTo("right from your own ŷ₄ = 0.899");
    }

    @Test
    void numbersAreReadAsStudentsWriteThemAndWordsAreUnreadable() throws Exception {
        Visitor v = new Visitor(web.base);
        v.get("/practice/tutorial-five-points");
        HttpResponse<String> r = v.post("/practice/tutorial-five-points", List.of(new String[] {"a:z[1]", "−4,396"},
                new String[] {"a:z[2]", " = -2.199 "}, new String[] {"a:z[3]", "about 0"}), true);
        Map<String, JsonNode> cells = cells(r.body());
        assertThat(cells.get("z[1]").get("word").asText()).isEqualTo("correct");
        assertThat(cells.get("z[2]").get("word").asText()).isEqualTo("correct");
        assertThat(cells.get("z[3]").get("word").asText()).isEqualTo("unreadable");
        assertThat(cells.get("z[3]").get("why").asText()).isEqualTo("“about 0” is not a number");
        assertThat(cells.get("p[1]").get("word").asText()).isEmpty();
    }

    @Test
    void classWorkIsSavedAsTypedAndComesBackOnAnotherDevice() throws Exception {
        String link = web.link("s1");
        Visitor laptop = new Visitor(web.base);
        assertThat(laptop.get(link).statusCode()).isEqualTo(200);
        // without JavaScript: the form is posted and the browser is sent back to the sheet
        HttpResponse<String> posted = laptop.post(link, List.of(new String[] {"a:z[1]", "−4,396"},
                new String[] {"a:p[1]", "0.5"}), false);
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).hasValue(link.substring(web.base.length()));
        Visitor phone = new Visitor(web.base);
        String page = phone.get(link).body();
        assertThat(page).contains("value=\"−4,396\"").contains("value=\"0.5\"");
        assertThat(page).contains("cell v-correct\" data-id=\"z[1]\"").contains("cell v-wrong\" data-id=\"p[1]\"");
        assertThat(page).contains("Score 1 of 35");
    }

    @Test
    void aRevealedCellShowsOurValueEarnsNothingAndLaterCellsFollowThroughFromIt() throws Exception {
        String link = web.link("s2");
        Visitor v = new Visitor(web.base);
        v.get(link);
        List<String[]> answers = new ArrayList<>(tutorialAnswers());
        answers.add(new String[] {"reveal", "p[4]"});
        Map<String, JsonNode> cells = cells(v.post(link, answers, true).body());
        assertThat(cells.get("p[4]").get("word").asText()).isEqualTo("revealed");
        assertThat(cells.get("p[4]").get("value").asText()).isEqualTo("0.900");
        // built on 0.900 rather than the student's 0.899, the tutorial's loss[4] is now neither ours nor theirs
        assertThat(cells.get("loss[4]").get("word").asText()).isNotEqualTo("follow-through");
        String page = new Visitor(web.base).get(link).body();
        assertThat(page).contains("cell v-revealed\" data-id=\"p[4]\"").contains("value=\"0.900\"");
        assertThat(page).contains("1 revealed");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("data/showwork.db"));
                ResultSet rs = db.createStatement().executeQuery("SELECT r.quantity FROM reveal r JOIN attempt a "
                        + "ON a.id = r.attempt_id WHERE a.student_id = 's2'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("p[4]");
        }
    }

    @Test
    void theScoreLeavesOutTheRevealedCell() throws Exception {
        String link = web.link("s3");
        Visitor v = new Visitor(web.base);
        v.get(link);
        JsonNode before = new ObjectMapper().readTree(v.post(link, List.<String[]>of(new String[] {"a:z[1]", "-4.396"}), true).body());
        assertThat(before.get("score").asText()).isEqualTo("1");
        JsonNode after = new ObjectMapper().readTree(v.post(link, List.<String[]>of(new String[] {"reveal", "z[2]"}), true).body());
        assertThat(after.get("score").asText()).isEqualTo("1");
        assertThat(after.get("revealed").asInt()).isEqualTo(1);
        assertThat(after.get("answered").asInt()).isEqualTo(2);
    }

    @Test
    void theSheetsSourceNeverCarriesTheAnswerKey() throws Exception {
        org.showwork.web.sheet.Workbook wb = web.server.catalog().workbook(
                web.server.catalog().problem("tutorial-five-points").orElseThrow());
        String practice = new Visitor(web.base).get("/practice/tutorial-five-points").body();
        String classSheet = new Visitor(web.base).get(web.link("s4")).body();
        for (String page : List.of(practice, classSheet)) {
            for (String id : wb.asked()) {
                String key = wb.keyValue(id).orElseThrow();
                // a value of the key may appear only where the problem itself states the same number
                assertThat(page).as(id + " = " + key).doesNotContain(">" + key + "<").doesNotContain("\"" + key + "\"")
                        .doesNotContain("= " + key);
            }
        }
    }

    @Test
    void practiceStoresNothingOnTheServer() throws Exception {
        Visitor v = new Visitor(web.base);
        v.get("/practice/tutorial-exact");
        List<String[]> answers = new ArrayList<>(List.of(new String[] {"a:z[1]", "1"}, new String[] {"reveal", "p[1]"}));
        assertThat(v.post("/practice/tutorial-exact", answers, false).statusCode()).isEqualTo(200);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("data/showwork.db"));
                ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM attempt WHERE class_key <> '"
                        + WebFixture.CLASS + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aPersonalLinkOpensItsOwnersVariantAndNoOther() throws Exception {
        String first = new Visitor(web.base).get(web.link("s1")).body();
        String sixth = new Visitor(web.base).get(web.link("s6")).body();
        assertThat(first).contains("Student 1").contains("CODE1").doesNotContain("Student 6");
        assertThat(sixth).contains("Student 6").contains("CODE6").doesNotContain("Student 1<");
        assertThat(web.link("s1")).isNotEqualTo(web.link("s6"));
        assertThat(web.link("s1").substring(web.link("s1").lastIndexOf('/') + 1)).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void aTokenThatIsNotOneIsNotFound() throws Exception {
        Visitor v = new Visitor(web.base);
        String real = web.link("s5").substring(web.link("s5").lastIndexOf('/') + 1);
        String wrong = (real.charAt(0) == 'A' ? 'B' : 'A') + real.substring(1);
        for (String path : List.of("/s/" + wrong, "/s/short", "/s/..%2F..%2Fetc%2Fpasswd", "/practice/..%2Fpom",
                "/practice/nothing", "/assets/..%2F..%2Fpom.xml", "/teach/..%2Fs%2F" + real)) {
            int status = v.get(path).statusCode();
            assertThat(status).as(path).isIn(302, 404);
        }
        assertThat(v.get("/s/" + wrong).body()).contains("no such page").doesNotContain("Exception");
    }
}
