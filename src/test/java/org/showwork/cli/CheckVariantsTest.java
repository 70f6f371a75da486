package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code showwork check} on a class made by {@code generate}: each submission is marked against the
 * variant its header (or {@code --variant}) names, and a class of variants makes one gradebook.
 */
class CheckVariantsTest {

    @TempDir
    Path dir;

    private Path classFolder;
    private Path handIn;
    private List<String> codes;
    private GeneratedClass generated;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static final ObjectMapper JSON = GeneratedClass.JSON;

    @BeforeEach
    void generateAClass() throws Exception {
        generated = GeneratedClass.of(dir.resolve("class"), "id,name\nA1,Ada\nB2,Ben\n", "9");
        classFolder = generated.folder();
        codes = generated.codes();
        assertThat(codes.get(0)).isNotEqualTo(codes.get(1));
        handIn = Files.createDirectory(dir.resolve("hand-in"));
    }

    /** A student's worksheet with every blank filled in from their own answer key's JSON. */
    private String filled(String folder) throws Exception {
        return generated.filled(folder);
    }

    private Path handIn(String name, String text) throws Exception {
        return Files.writeString(handIn.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JsonNode report(CommandRun r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aFilledWorksheetIsMarkedAgainstTheVariantItsHeaderNames() throws Exception {
        Path ben = handIn("ben.md", filled("B2"));
        JsonNode report = report(run("check", classFolder.toString(), ben.toString(), "-f", "json"));
        assertThat(report.get("student").asText()).isEqualTo("Ben");
        assertThat(report.get("showwork").get("problem").asText()).isEqualTo(classFolder.resolve("B2/problem.yaml").toString());
        assertThat(report.get("score").decimalValue()).isEqualByComparingTo(report.get("max_score").decimalValue())
                .isEqualByComparingTo("35");
        for (JsonNode mark : report.get("verdicts")) {
            assertThat(mark.get("verdict").asText()).as(mark.get("id").asText()).isEqualTo("correct");
        }
        assertThat(report.get("notes")).isEmpty();
        // the same answers as the other variant's are not right: the variant matters
        JsonNode asAda = report(run("check", classFolder.toString(), ben.toString(), "-f", "json", "--variant", codes.get(0)));
        assertThat(asAda.get("score").decimalValue()).isLessThan(asAda.get("max_score").decimalValue());
        // and checking it against its own problem file gives the same marks
        JsonNode direct = report(run("check", classFolder.resolve("B2/problem.yaml").toString(), ben.toString(), "-f", "json"));
        assertThat(direct.get("verdicts")).isEqualTo(report.get("verdicts"));
    }

    @Test
    void aWrongValueIsWrongAndWhatFollowsFromItFollowsThrough() throws Exception {
        String worksheet = filled("A1");
        JsonNode key = JSON.readTree(classFolder.resolve("A1/key.json").toFile()).get("quantities");
        String p1 = key.get("p[1]").decimalValue().toPlainString();
        // ŷ₁ off by 0.1: its loss and error, written from the right value, no longer follow from it
        String wrong = new java.math.BigDecimal(p1).add(new java.math.BigDecimal("0.1")).toPlainString();
        Path ada = handIn("ada.md", worksheet.replace("`p[1]: " + p1 + "`", "`p[1]: " + wrong + "`"));
        JsonNode report = report(run("check", classFolder.toString(), ada.toString(), "-f", "json"));
        Map<String, String> verdicts = new java.util.HashMap<>();
        for (JsonNode mark : report.get("verdicts")) {
            verdicts.put(mark.get("id").asText(), mark.get("verdict").asText());
        }
        assertThat(verdicts.get("p[1]")).isEqualTo("wrong");
        assertThat(verdicts.get("z[1]")).isEqualTo("correct");
        assertThat(verdicts.get("p[2]")).isEqualTo("correct");
    }

    @Test
    void aClassOfVariantsMakesOneGradebook() throws Exception {
        handIn("ada.md", filled("A1"));
        handIn("ben.md", filled("B2"));
        // a CSV names its variant in a row; this one got two values wrong
        StringBuilder csv = new StringBuilder("variant," + codes.get(1) + "\n");
        JsonNode key = JSON.readTree(classFolder.resolve("B2/key.json").toFile()).get("quantities");
        for (Iterator<Map.Entry<String, JsonNode>> it = key.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            String value = q.getKey().equals("w_new") || q.getKey().equals("b_new") ? "42" : q.getValue().decimalValue()
                    .toPlainString();
            csv.append(q.getKey()).append(',').append(value).append('\n');
        }
        handIn("ben-again.csv", csv.toString());
        // a worksheet whose header was cut off cannot say which variant it is
        handIn("nobody.md", filled("A1").replaceAll("\\*\\*Name:\\*\\*.*\\n", ""));
        Path reports = dir.resolve("reports");
        CommandRun r = run("check", classFolder.toString(), handIn.toString(), "-o", reports.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Checked 4 submissions against " + classFolder + " (each its own variant)");
        assertThat(r.err()).contains("1 submission has problems");
        List<String> gradebook = Files.readAllLines(reports.resolve("gradebook.csv"));
        assertThat(gradebook).hasSize(5);
        assertThat(gradebook.get(1)).startsWith("Ada," + handIn.resolve("ada.md") + ",35,35,");
        assertThat(gradebook.get(2)).startsWith("Ben," + handIn.resolve("ben-again.csv") + ",33,35,");
        assertThat(gradebook.get(3)).startsWith("Ben," + handIn.resolve("ben.md") + ",35,35,");
        assertThat(gradebook.get(4)).startsWith("nobody," + handIn.resolve("nobody.md") + ",0,35,");
        assertThat(Files.readString(reports.resolve("class-summary.md"))).contains("names no variant of the class");
    }

    @Test
    void mistakes() throws Exception {
        Path lost = handIn("lost.md", filled("A1").replaceAll("\\*\\*Name:\\*\\*.*\\n", ""));
        CommandRun none = run("check", classFolder.toString(), lost.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("showwork: " + lost + ": names no variant of the class (a worksheet made by "
                + "showwork generate has **Variant:** under its title; a CSV a row variant,CODE; YAML variant: CODE); "
                + "give it with --variant CODE\n");
        Path other = handIn("other.yaml", "variant: ZZZZZZ\np[1]: 0.5\n");
        assertThat(run("check", classFolder.toString(), other.toString()).err())
                .isEqualTo("showwork: " + other + ": is for variant ZZZZZZ, which " + classFolder.resolve("index.csv")
                        + " does not list\n");
        assertThat(run("check", classFolder.toString(), lost.toString(), "--variant", "ZZZZZZ").err())
                .contains("--variant ZZZZZZ: " + classFolder.resolve("index.csv") + " has no variant of that code");
        assertThat(run("check", "worked-examples/tutorial-five-points.yaml", lost.toString(), "--variant", codes.get(0))
                .err()).contains("--variant picks a variant of a class");
        assertThat(run("check", handIn.toString(), lost.toString()).err())
                .contains("is a folder but not a class made by showwork generate");
        // the code as a student copies it: any case
        assertThat(report(run("check", classFolder.toString(), lost.toString(), "-f", "json", "--variant",
                codes.get(0).toLowerCase(java.util.Locale.ROOT))).get("score").intValue()).isEqualTo(35);
    }
}
