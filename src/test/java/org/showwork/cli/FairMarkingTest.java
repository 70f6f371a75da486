package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fair marking of a class made by {@code generate}: an honest student scores as without the class;
 * a student who copied another variant's key is flagged with the evidence and, by default, earns no
 * follow-through from the copied values; a header that names another student than the variant's is
 * flagged; a variant code handed in by two students is flagged on both; the gradebook and the
 * summary list the flags.
 */
class FairMarkingTest {

    @TempDir
    Path dir;

    private GeneratedClass generated;
    private Path handIn;

    @BeforeEach
    void generateAClass() throws Exception {
        generated = GeneratedClass.of(dir.resolve("class"), "id,name\nA1,Ada Lovelace\nB2,Ben Okri\nC3,\"Cy, Twombly\"\n", "9");
        handIn = Files.createDirectory(dir.resolve("hand-in"));
    }

    private Path handIn(String name, String text) throws Exception {
        return Files.writeString(handIn.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(CommandRun r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return GeneratedClass.JSON.readTree(r.out());
    }

    private JsonNode check(Path submission, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", generated.folder().toString(), submission.toString(), "-f", "json"));
        args.addAll(List.of(more));
        return json(CommandRun.of(args.toArray(String[]::new)));
    }

    /** The same submission checked against its own variant's problem file alone: no class, no other variants. */
    private JsonNode alone(String student, Path submission) throws Exception {
        return json(CommandRun.of("check", generated.folder().resolve(student).resolve("problem.yaml").toString(),
                submission.toString(), "-f", "json"));
    }

    private static Map<String, JsonNode> byId(JsonNode report) {
        Map<String, JsonNode> marks = new HashMap<>();
        report.get("verdicts").forEach(m -> marks.put(m.get("id").asText(), m));
        return marks;
    }

    @Test
    void anHonestStudentScoresAsWithoutTheClass() throws Exception {
        JsonNode key = generated.key("A1");
        String p2 = key.get("p[2]").decimalValue().toPlainString();
        // a slip carried through, and the error's sign reversed in one sample: honest mistakes
        String worksheet = generated.filled("A1").replace("`p[2]: " + p2 + "`", "`p[2]: 0.5`");
        Path ada = handIn("ada.md", worksheet);
        JsonNode inClass = check(ada);
        JsonNode direct = alone("A1", ada);
        assertThat(inClass.get("score").decimalValue()).isEqualByComparingTo(direct.get("score").decimalValue())
                .isLessThan(inClass.get("max_score").decimalValue());
        assertThat(inClass.get("verdicts")).isEqualTo(direct.get("verdicts"));
        assertThat(inClass.get("flags")).isEmpty();
        assertThat(check(handIn("ada-right.md", generated.filled("A1"))).get("score").intValue()).isEqualTo(35);
    }

    @Test
    void aCopiedKeyIsFlaggedWithItsEvidenceAndEarnsNoFollowThrough() throws Exception {
        // Ada hands in her own worksheet, filled in with Ben's answer key
        Path copier = handIn("ada.md", generated.filled("A1", "B2"));
        JsonNode report = check(copier);
        JsonNode flag = report.get("flags").get(0);
        assertThat(flag.get("flag").asText()).isEqualTo("other-variant");
        assertThat(flag.get("variant").asText()).isEqualTo(generated.codes().get(1));
        assertThat(flag.get("owner").get("id").asText()).isEqualTo("B2");
        assertThat(flag.get("own_variant").asText()).isEqualTo(generated.codes().get(0));
        assertThat(flag.get("values").intValue()).isGreaterThanOrEqualTo(30);
        assertThat(flag.get("examples")).hasSize(3);
        JsonNode first = flag.get("examples").get(0);
        assertThat(first.get("theirs").decimalValue()).isEqualByComparingTo(generated.key("B2").get(first.get("id").asText())
                .decimalValue());
        // without the class, the copied values pass as follow-through; with it, by default, none does
        JsonNode alone = alone("A1", copier);
        assertThat(alone.get("verdicts").findValuesAsText("verdict")).contains("follow-through");
        assertThat(report.get("verdicts").findValuesAsText("verdict")).doesNotContain("follow-through");
        assertThat(report.get("score").decimalValue()).isLessThan(alone.get("score").decimalValue());
        int denied = 0;
        for (JsonNode mark : report.get("verdicts")) {
            JsonNode other = mark.get("other_variant");
            if (other != null && other.get("follow_through_denied").asBoolean()) {
                denied++;
                assertThat(other.get("verdict_as_own").asText()).isEqualTo("follow-through");
                assertThat(mark.get("points").intValue()).isZero();
            }
        }
        assertThat(denied).isPositive();
        // copied values get no invented diagnosis
        flag.get("ids").forEach(id -> assertThat(byId(report).get(id.asText()).get("diagnosis").isNull()).as(id.asText()).isTrue());
    }

    @Test
    void aMarkingSchemeCanLetCopiedValuesFollowThrough() throws Exception {
        Path copier = handIn("ada.md", generated.filled("A1", "B2"));
        Path scheme = Files.writeString(dir.resolve("marking.yaml"), "other_variant: follow-through\n");
        JsonNode report = check(copier, "--marking", scheme.toString());
        assertThat(report.get("showwork").get("marking").get("other_variant").asText()).isEqualTo("follow-through");
        assertThat(report.get("flags").get(0).get("flag").asText()).isEqualTo("other-variant");
        assertThat(report.get("score").decimalValue()).isEqualByComparingTo(alone("A1", copier).get("score").decimalValue());
        // by default the report says why they earn none, in words
        CommandRun md = CommandRun.of("check", generated.folder().toString(), copier.toString());
        assertThat(md.out()).contains("## Flagged").contains("match variant " + generated.codes().get(1))
                .contains("drawn for Ben Okri (B2)")
                .contains("values that match another variant, and values built on them, earn no follow-through");
        assertThat(md.err()).contains("showwork: flagged: ");
    }

    @Test
    void aSwappedHeaderAndACodeHandedInTwiceAreFlaggedOnBoth() throws Exception {
        String ben = generated.filled("B2");
        handIn("ben.md", ben);
        // Cy hands in Ben's worksheet with Cy's own name and id in its header
        handIn("cy.md", ben.replaceFirst("\\*\\*Name:\\*\\* Ben Okri · \\*\\*Student id:\\*\\* B2",
                "**Name:** Cy Twombly · **Student id:** C3"));
        handIn("ada.md", generated.filled("A1"));
        Path reports = dir.resolve("reports");
        CommandRun r = CommandRun.of("check", generated.folder().toString(), handIn.toString(), "-o", reports.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 submissions are flagged");
        List<String> gradebook = Files.readAllLines(reports.resolve("gradebook.csv"));
        assertThat(gradebook.get(0)).endsWith(",boundary_new,flags");
        assertThat(gradebook.get(1)).startsWith("Ada Lovelace,").endsWith(",");
        assertThat(gradebook.get(2)).startsWith("Ben Okri,").endsWith(",shared-code");
        assertThat(gradebook.get(3)).startsWith("Cy Twombly,").endsWith(",swapped-variant shared-code");
        String summary = Files.readString(reports.resolve("class-summary.md"));
        assertThat(summary).contains("## Flagged submissions")
                .contains("variant " + generated.codes().get(1) + " belongs to Ben Okri (B2), but the submission names Cy Twombly (C3)")
                .contains("Ben Okri (" + handIn.resolve("ben.md") + "): variant " + generated.codes().get(1)
                        + " was handed in by another student as well: Cy Twombly (" + handIn.resolve("cy.md") + ")")
                .contains("Cy Twombly (" + handIn.resolve("cy.md") + "): variant " + generated.codes().get(1)
                        + " was handed in by another student as well: Ben Okri (" + handIn.resolve("ben.md") + ")");
        assertThat(Files.readString(reports.resolve("cy.md"))).contains("The variant code " + generated.codes().get(1)
                + " belongs to Ben Okri (B2), but this submission names Cy Twombly (C3).");
        // the summary's JSON lists them too, on each student
        Path json = dir.resolve("reports-json");
        assertThat(CommandRun.of("check", generated.folder().toString(), handIn.toString(), "-o", json.toString(), "-f", "json")
                .code()).isZero();
        JsonNode students = GeneratedClass.JSON.readTree(json.resolve("class-summary.json").toFile()).get("students");
        assertThat(students.get(0).get("flags")).isEmpty();
        assertThat(students.get(1).get("flags").findValuesAsText("flag")).containsExactly("shared-code");
        assertThat(students.get(2).get("flags").findValuesAsText("flag")).containsExactly("swapped-variant", "shared-code");
        JsonNode swapped = students.get(2).get("flags").get(0);
        assertThat(swapped.get("owner").get("id").asText()).isEqualTo("B2");
        assertThat(swapped.get("named").get("id").asText()).isEqualTo("C3");
        assertThat(students.get(1).get("flags").get(0).get("others").get(0).get("submission").asText())
                .isEqualTo(handIn.resolve("cy.md").toString());
    }

    @Test
    void theSameStudentTwiceIsNotTwoStudents() throws Exception {
        handIn("ben.md", generated.filled("B2"));
        // a CSV without a name is the student the variant was drawn for; a name written differently is still the same
        handIn("ben-again.csv", "variant," + generated.codes().get(1) + "\np[1]," + generated.key("B2").get("p[1]") + "\n");
        handIn("ben-3.md", generated.filled("B2").replace("**Name:** Ben Okri", "**Name:** okri, BEN"));
        // a name written short is its full form's
        handIn("ben-4.yaml", "student: Ben\nvariant: " + generated.codes().get(1).toLowerCase(java.util.Locale.ROOT) + "\n");
        Path reports = dir.resolve("reports");
        CommandRun r = CommandRun.of("check", generated.folder().toString(), handIn.toString(), "-o", reports.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("flagged");
        assertThat(Files.readAllLines(reports.resolve("gradebook.csv")).subList(1, 5)).allMatch(row -> row.endsWith(","));
    }

    @Test
    void aForcedVariantFlagsNoHeader() throws Exception {
        String ben = generated.filled("B2").replaceFirst("\\*\\*Name:\\*\\* Ben Okri · \\*\\*Student id:\\*\\* B2",
                "**Name:** Cy Twombly · **Student id:** C3");
        JsonNode report = check(handIn("cy.md", ben), "--variant", generated.codes().get(1));
        assertThat(report.get("flags")).isEmpty();
        assertThat(report.get("score").intValue()).isEqualTo(35);
    }
}
