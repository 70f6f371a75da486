package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line through {@link Main#run}, with its output and error streams captured. */
class CliTest {

    private static final Path FIVE_POINTS = Path.of("worked-examples", "tutorial-five-points.yaml");

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path problem(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private static JsonNode json(String text) throws Exception {
        // Jackson's tree drops trailing zeros (0.900 reads as 0.9): compare numbers by value, places in the text
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
    }

    @Test
    void help() {
        CommandRun r = run("--help");
        assertThat(r.code()).isZero();
        // a run of one command is given only that command (Main.commandLine); the help lists all of them
        assertThat(r.out()).contains("Usage: showwork").contains("derive", "fit", "check", "generate", "serve")
                .doesNotContain("warm-up");
        assertThat(r.err()).isEmpty();
        for (String command : new String[] {"fit", "check", "generate", "serve"}) {
            assertThat(run(command, "--help").out()).as(command).startsWith("Usage: showwork " + command);
        }
        assertThat(run("--version").out()).startsWith("showwork ");
        assertThat(run("fit", "--version").out()).startsWith("showwork ");
        CommandRun derive = run("derive", "--help");
        assertThat(derive.code()).isZero();
        assertThat(derive.out()).contains("PROBLEM.yaml").contains("--format").contains("--output");
    }

    @Test
    void aMistakeOnTheCommandLineIsOneLineNamingTheOption() {
        CommandRun paper = run("derive", FIVE_POINTS.toString(), "-f", "pdf", "-o", dir.resolve("h.pdf").toString(),
                "--paper", "a5");
        CommandRun tolerance = run("check", FIVE_POINTS.toString(), "worked-examples/check/tutorial-as-submitted.yaml",
                "--tolerance", "roughly");
        CommandRun blank = run("derive", FIVE_POINTS.toString(), "--worksheet", "-o", dir.resolve("w.md").toString(),
                "--blank", "p,nonsense");
        CommandRun unknown = run("fit", FIVE_POINTS.toString(), "--frobnicate");
        for (CommandRun r : java.util.List.of(paper, tolerance, blank, unknown)) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).startsWith("showwork: ").contains("--help").doesNotContain("Usage:");
        }
        assertThat(paper.err()).contains("--paper");
        assertThat(tolerance.err()).contains("--tolerance").contains("abs:X");
        assertThat(blank.err()).contains("--blank").contains("nonsense");
        assertThat(unknown.err()).contains("--frobnicate");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void version() {
        CommandRun r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("showwork ").doesNotContain("${");
        assertThat(r.out().strip().lines()).hasSize(2);
        assertThat(r.out().lines().findFirst().orElseThrow()).matches("showwork \\d+\\.\\d+\\.\\d+.*");
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("Java " + Runtime.version());
    }

    @Test
    void unknownOption() {
        CommandRun r = run("--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate");
        assertThat(r.out()).isEmpty();
        assertThat(run("derive", FIVE_POINTS.toString(), "-f", "docx").code()).isEqualTo(2);
        assertThat(run("derive").code()).isEqualTo(2);
    }

    @Test
    void withoutArgumentsPrintsTheTutorialAsMarkdown() {
        CommandRun r = run();
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("# ").contains("−4.396").contains("2.197·1 − 6.593").contains("0.900")
                .contains("0.2504");
    }

    @Test
    void deriveWritesTheJsonContract() throws Exception {
        CommandRun r = run("derive", FIVE_POINTS.toString(), "-f", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode root = json(r.out());
        assertThat(root.path("title").asText()).isEqualTo("The tutorial's five points: one step by hand");
        assertThat(root.path("arithmetic").asText()).isEqualTo("hand");
        assertThat(root.path("showwork").path("version").asText()).isNotBlank();
        assertThat(root.path("showwork").path("arithmetic").asText()).isEqualTo("hand");
        assertThat(root.path("showwork").path("decimals").asInt()).isEqualTo(3);
        assertThat(root.path("n").asInt()).isEqualTo(5);
        JsonNode step = root.path("iterations").path(0);
        assertThat(step.path("samples")).hasSize(5);
        assertThat(step.path("samples").path(0).path("z").decimalValue()).isEqualByComparingTo("-4.396");
        assertThat(step.path("samples").path(3).path("p").decimalValue()).isEqualByComparingTo("0.900");
        assertThat(step.path("grad_w").isArray()).isTrue();
        assertThat(step.path("grad_w").path(0).decimalValue()).isEqualByComparingTo("0.2504");
        assertThat(step.path("grad_b").decimalValue()).isEqualByComparingTo("0.1000");
        assertThat(step.path("b_new").decimalValue()).isEqualByComparingTo("-6.603");
        JsonNode quantities = root.path("quantities");
        assertThat(quantities.isObject()).isTrue();
        assertThat(quantities.path("z[1]").decimalValue()).isEqualByComparingTo("-4.396");
        assertThat(quantities.path("p[4]").decimalValue()).isEqualByComparingTo("0.900");
        assertThat(quantities.path("grad_w").decimalValue()).isEqualByComparingTo("0.2504");
        assertThat(quantities.path("w_new").decimalValue()).isEqualByComparingTo("2.172");
        assertThat(quantities.path("cost").decimalValue()).isEqualByComparingTo("0.1854");
        assertThat(root.path("notes").isArray()).isTrue();
        // hand values keep the places they were written with
        assertThat(r.out()).contains("\"p[4]\" : 0.900").contains("\"grad_b\" : 0.1000");
    }

    @Test
    void deriveInExactArithmetic() throws Exception {
        Path file = problem("exact.yaml", """
                samples:
                  - [0, 0]
                  - [2, 1]
                learning_rate: 0.5
                iterations: 2
                """);
        CommandRun r = run("derive", file.toString(), "--format=json");
        assertThat(r.code()).isZero();
        JsonNode root = json(r.out());
        assertThat(root.path("arithmetic").asText()).isEqualTo("exact");
        assertThat(root.path("iterations")).hasSize(2);
        // w = b = 0: z = 0, ŷ = 0.5, errors 0.5 and −0.5, (ŷ − y)·x = 0 and −1: grad_w = −0.5, grad_b = 0
        JsonNode first = root.path("iterations").path(0);
        assertThat(first.path("samples").path(0).path("p").doubleValue()).isEqualTo(0.5);
        assertThat(first.path("grad_w").path(0).doubleValue()).isEqualTo(-0.5);
        assertThat(first.path("grad_b").doubleValue()).isEqualTo(0.0);
        assertThat(first.path("w_new").path(0).doubleValue()).isEqualTo(0.25);
        assertThat(root.path("quantities").path("t2:z[2]").doubleValue()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "malformed  | 'samples: [[1, 0]\nlearning_rate: 0.1\n'",
        "label      | 'samples:\n  - [1, 2]\nlearning_rate: 0.1\n'",
        "nan        | 'samples:\n  - [.nan, 1]\nlearning_rate: 0.1\n'",
        "typo       | 'samples:\n  - [1, 1]\nlearning_rat: 0.1\n'",
        "rate       | 'samples:\n  - [1, 1]\nlearning_rate: 0\n'",
        "huge       | 'samples:\n  - [1, 1]\nbias: 1e400\nlearning_rate: 0.1\n'",
        "tiny       | 'samples:\n  - [1, 1]\nbias: 1e-999999999\nlearning_rate: 0.1\narithmetic: hand\n'",
        "step-zero  | 'samples:\n  - [1, 1]\nlearning_rate: 0.1\ngiven:\n  t0:cost: 1\n'",
        "range      | 'samples:\n  - [1, 1]\nlearning_rate: 0.1\ngiven:\n  p[2]: 0.5\n'",
        "labels     | 'labels: [1, 0]\nlearning_rate: 0.1\n'",
        "empty      | ''",
    })
    void badProblemExitsWithOneLine(String name, String yaml) throws Exception {
        Path file = problem(name + ".yaml", yaml.replace("\\n", "\n"));
        for (String format : List.of("md", "json")) {
            CommandRun r = run("derive", file.toString(), "-f", format);
            assertOneLineError(r, file.toString());
        }
    }

    @Test
    void missingProblemFile() {
        Path missing = dir.resolve("nowhere.yaml");
        assertOneLineError(run("derive", missing.toString()), missing.toString());
    }

    private static void assertOneLineError(CommandRun r, String file) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("showwork: " + file).endsWith(System.lineSeparator());
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badProblemLeavesNoFile() throws Exception {
        Path file = problem("bad.yaml", "samples:\n  - [1, 2]\nlearning_rate: 0.1\n");
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path target = outDir.resolve("handout.md");
        CommandRun r = run("derive", file.toString(), "-o", target.toString());
        assertThat(r.code()).isEqualTo(2);
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void goodProblemWritesTheFileAndNothingElse() throws Exception {
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path target = outDir.resolve("handout.json");
        CommandRun r = run("derive", FIVE_POINTS.toString(), "-f", "json", "-o", target.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).containsExactly(target);
        }
        String written = Files.readString(target);
        assertThat(written).isEqualTo(run("derive", FIVE_POINTS.toString(), "-f", "json").out());
        assertThat(json(written).path("iterations").path(0).path("samples").path(0).path("z").decimalValue())
                .isEqualTo(new BigDecimal("-4.396"));

        // writing again replaces the file whole
        Files.writeString(target, "old content that is longer than nothing at all".repeat(1000));
        assertThat(run("derive", FIVE_POINTS.toString(), "-f", "json", "-o", target.toString()).code()).isZero();
        assertThat(Files.readString(target)).isEqualTo(written);
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void outputIntoAMissingFolder() {
        Path target = dir.resolve("no-such-folder").resolve("handout.md");
        CommandRun r = run("derive", FIVE_POINTS.toString(), "-o", target.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("does not exist").doesNotContain("Exception");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void outputOntoAFolder() {
        CommandRun r = run("derive", FIVE_POINTS.toString(), "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("folder").doesNotContain("Exception");
    }

    @Test
    void markdownOfTheGradientTable() {
        CommandRun r = run("derive", Path.of("worked-examples", "tutorial-gradient-table.yaml").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0.2496").contains("0.0998").contains("0.1856").contains("−0.101");
    }
}
