package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static final String FIVE = "x,y\n1,0\n2,0\n3,0\n4,1\n5,1\n";
    private static final String OVERLAP = "x,y\n1,0\n2,1\n3,0\n4,1\n5,1\n";

    @Test
    void fitsACsvToMarkdown() throws Exception {
        Run r = run("fit", csv("five.csv", FIVE).toString(), "--label", "y");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("# Logistic regression fitted by Newton's method").contains("**Converged**")
                .contains("Completely separable");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonCarriesTheContract() throws Exception {
        Run r = run("fit", csv("overlap.csv", OVERLAP).toString(), "--label", "y", "-f", "json", "--C", "0.5");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String field : List.of("weights", "bias", "objective", "gradient_norm", "iterations", "converged", "separable")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("converged").asBoolean()).isTrue();
        assertThat(json.get("separable").asBoolean()).isFalse();
        assertThat(json.get("C").asDouble()).isEqualTo(0.5);
        assertThat(json.get("iterations").asInt()).isEqualTo(json.get("history").size() - 1);
        assertThat(json.get("showwork").get("command").asText()).isEqualTo("fit");
    }

    @Test
    void writesAFileWholeOnSuccess() throws Exception {
        Path out = dir.resolve("fit.md");
        Run r = run("fit", csv("five.csv", FIVE).toString(), "--label", "y", "--penalty", "none", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).contains("does not exist");
    }

    @Test
    void userMistakesExitWithTwoAndOneLineAndNoFile() throws Exception {
        Path good = csv("five.csv", FIVE);
        Path bad = csv("bad.csv", "x,y\n1,0\nabc,1\n");
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"fit", bad.toString(), "--label", "y"});
        cases.add(new String[] {"fit", good.toString(), "--label", "z"});
        cases.add(new String[] {"fit", good.toString()});
        cases.add(new String[] {"fit", good.toString(), "--label", "y", "--C", "0"});
        cases.add(new String[] {"fit", good.toString(), "--label", "y", "--C", "-1"});
        cases.add(new String[] {"fit", good.toString(), "--label", "y", "--penalty", "none", "--C", "2"});
        cases.add(new String[] {"fit", good.toString(), "--label", "y", "--max-iter", "0"});
        cases.add(new String[] {"fit", dir.resolve("missing.csv").toString(), "--label", "y"});
        cases.add(new String[] {"fit", "worked-examples/tutorial-five-points.yaml", "--label", "y"});
        for (String[] args : cases) {
            Path out = dir.resolve("out.md");
            String[] withOutput = java.util.Arrays.copyOf(args, args.length + 2);
            withOutput[args.length] = "-o";
            withOutput[args.length + 1] = out.toString();
            Run r = run(withOutput);
            String what = String.join(" ", args);
            assertThat(r.code()).as(what).isEqualTo(2);
            assertThat(r.err()).as(what).startsWith("showwork: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().strip().lines().count()).as(what).isEqualTo(1);
            assertThat(out).as(what).doesNotExist();
        }
    }

    @Test
    void anUnknownPenaltyIsAUsageError() throws Exception {
        Run r = run("fit", csv("five.csv", FIVE).toString(), "--label", "y", "--penalty", "l1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--penalty");
    }

    @Test
    void aProblemFileQuotesParameters() {
        Run r = run("fit", "worked-examples/tutorial-five-points.yaml", "-f", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"quoted\"");
    }
}
