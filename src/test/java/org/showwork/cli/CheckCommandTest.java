package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code showwork check} through {@link Main#run}: its outputs, its exit codes, what it refuses. */
class CheckCommandTest {

    private static final String PROBLEM = "worked-examples/tutorial-five-points.yaml";
    private static final String TUTORIAL = "worked-examples/check/tutorial-as-submitted.yaml";

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private List<String> written() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void oneSubmissionGivesOneReportOnStandardOutput() {
        CommandRun r = run("check", PROBLEM, TUTORIAL);
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# Checked: ").contains("| ŷ₄ (p\\[4]) | 0.899 | 0.900 | **rounding** | 0.5 of 1 |")
                .contains("Score 31.5 of 35");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theJsonContract() throws Exception {
        CommandRun r = run("check", PROBLEM, TUTORIAL, "-f", "json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(r.out());
        assertThat(json.get("score").decimalValue()).isEqualByComparingTo("31.5");
        assertThat(json.get("max_score").decimalValue()).isEqualByComparingTo("35");
        JsonNode p4 = null;
        for (JsonNode v : json.get("verdicts")) {
            assertThat(v.has("id") && v.has("given") && v.has("expected") && v.has("verdict") && v.has("diagnosis")
                    && v.has("points")).as(v.toString()).isTrue();
            if (v.get("id").asText().equals("p[4]")) {
                p4 = v;
            }
        }
        assertThat(p4).isNotNull();
        assertThat(p4.get("given").asText()).isEqualTo("0.899");
        assertThat(p4.get("expected").decimalValue()).isEqualByComparingTo("0.900");
        assertThat(p4.get("verdict").asText()).isEqualTo("rounding");
        assertThat(p4.get("diagnosis").asText()).isEqualTo("truncated");
        assertThat(p4.get("points").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void aFolderGivesReportsAGradebookAndASummary() throws Exception {
        Path submissions = Files.createDirectory(dir.resolve("class"));
        Files.copy(Path.of(TUTORIAL), submissions.resolve("tutorial.yaml"));
        Files.writeString(submissions.resolve("broken.yaml"), "p[1]: [0.1\n");
        Files.writeString(submissions.resolve("notes.txt"), "not a submission");
        CommandRun r = run("check", PROBLEM, submissions.toString(), "-o", dir.resolve("out").toString(), "-f", "html");
        assertThat(r.code()).isZero();
        assertThat(written()).contains("out/broken.html", "out/tutorial.html", "out/gradebook.csv", "out/class-summary.html")
                .noneMatch(f -> f.startsWith("out/notes"));
        List<String> gradebook = Files.readAllLines(dir.resolve("out/gradebook.csv"));
        assertThat(gradebook.get(0)).startsWith("student,file,score,max_score,z[1],p[1],");
        assertThat(gradebook).hasSize(3).anyMatch(l -> l.startsWith("The tutorial,") && l.contains(",31.5,35,"));
        assertThat(Files.readString(dir.resolve("out/class-summary.html"))).contains("broken.yaml").contains("malformed");
        assertThat(r.err()).contains("1 submission has problems");
    }

    @Test
    void badInputIsOneMessageAndExitTwoAndNothingWritten() throws Exception {
        Path report = dir.resolve("report.md");
        Path malformed = file("bad.yaml", "p[1]: [0.1\n");
        Path text = file("answers.txt", "p[1]: 0.1\n");
        List<String[]> cases = List.of(
                new String[] {"check", PROBLEM, dir.resolve("missing.yaml").toString(), "-o", report.toString()},
                new String[] {"check", PROBLEM, malformed.toString(), "-o", report.toString()},
                new String[] {"check", PROBLEM, text.toString(), "-o", report.toString()},
                new String[] {"check", PROBLEM, TUTORIAL, "-f", "pdf", "-o", report.toString()},
                new String[] {"check", PROBLEM, TUTORIAL, "--tolerance", "near", "-o", report.toString()},
                new String[] {"check", PROBLEM, TUTORIAL, "--asked", "gradient", "-o", report.toString()},
                new String[] {"check", PROBLEM, TUTORIAL, "--marking", file("m.yaml", "pints: 2\n").toString(), "-o",
                        report.toString()},
                new String[] {"check", PROBLEM, TUTORIAL, TUTORIAL},
                new String[] {"check", PROBLEM, malformed.toString(), "-o", malformed.toString()},
                new String[] {"check", dir.resolve("nope.yaml").toString(), TUTORIAL, "-o", report.toString()});
        for (String[] args : cases) {
            CommandRun r = run(args);
            String command = String.join(" ", args);
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("showwork: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(Files.exists(report)).as(command).isFalse();
        }
        assertThat(run("check", PROBLEM, malformed.toString()).err()).contains("bad.yaml, line 1").contains("malformed");
        assertThat(run("check", PROBLEM, TUTORIAL, TUTORIAL).err()).contains("-o");
    }

    @Test
    void problemsOfASubmissionAreWarningsAndTheRestIsChecked() throws Exception {
        Path answers = file("ada.csv", "z[1],-4.396\nz[1],-4.4\nw_nwe,2\np[9],0.5\n");
        CommandRun r = run("check", PROBLEM, answers.toString(), "-f", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("ada.csv, line 2").contains("twice").contains("did you mean w_new")
                .contains("samples are 1 to 5");
        assertThat(r.out()).contains("\"score\" : 1,");
    }

    @Test
    void aMarkingSchemeAndOptionsChangeTheMarks() throws Exception {
        Path marking = file("marking.yaml", "credit: {rounding: 0}\npoints_for:\n  p: 2\n");
        CommandRun r = run("check", PROBLEM, TUTORIAL, "--marking", marking.toString(), "--asked", "forward", "-f", "json");
        assertThat(r.code()).isZero();
        // z 5 × 1 + p 5 × 2, and the truncated p[4] earns nothing
        assertThat(r.out()).contains("\"max_score\" : 15,").contains("\"score\" : 13,");
        CommandRun loose = run("check", PROBLEM, TUTORIAL, "--tolerance", "abs:0.01", "-f", "json");
        assertThat(loose.out()).doesNotContain("\"verdict\" : \"rounding\"").doesNotContain("\"verdict\" : \"follow-through\"");
    }
}
