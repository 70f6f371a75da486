package org.showwork.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML document of the worked examples (handouts, worksheets and keys, fits, check reports,
 * a class's summary and booklet — the golden files WorkedExamplesTest holds equal to what showwork
 * writes) is valid HTML by the Nu Html Checker, the W3C's validator: no duplicate ids, nothing out
 * of place. The checker is the npm package vnu-jar, which .ci/run installs under target/vnu; the
 * test skips where it is absent (set -Dvnu.jar=PATH or VNU_JAR to use another copy).
 */
class NuHtmlCheckerTest {

    static final Path INSTALLED = Path.of("target", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    @TempDir
    Path dir;

    @Test
    void everyHtmlDocumentOfTheWorkedExamplesIsValid() throws Exception {
        Path jar = vnu();
        assumeTrue(jar != null, "the Nu Html Checker (npm package vnu-jar) is not installed under " + INSTALLED);
        List<String> documents;
        try (Stream<Path> files = Files.walk(Path.of("worked-examples"))) {
            documents = files.filter(f -> f.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThan(20);
        List<String> errors = check(jar, documents);
        assertThat(errors).as("the Nu Html Checker's errors").isEmpty();
    }

    /** The checker's errors and warnings about the files, one line each: file, line, message. */
    static List<String> check(Path jar, List<String> documents) throws Exception {
        Path report = Files.createTempFile("vnu", ".json");
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--format", "json",
                "--exit-zero-always"));
        command.addAll(documents);
        Process run = new ProcessBuilder(command).redirectError(report.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(run.waitFor(600, TimeUnit.SECONDS)).as("the checker finished").isTrue();
        JsonNode messages = new ObjectMapper().readTree(Files.readString(report)).path("messages");
        Files.delete(report);
        List<String> found = new ArrayList<>();
        for (JsonNode m : messages) {
            if (!m.path("type").asText().equals("info") || m.path("subType").asText().equals("warning")) {
                found.add(m.path("url").asText().replaceFirst("^file:.*?/worked-examples/", "worked-examples/") + ":"
                        + m.path("lastLine").asText() + ": " + m.path("type").asText() + ": " + m.path("message").asText());
            }
        }
        return found;
    }

    /** The checker's jar: -Dvnu.jar, $VNU_JAR, or the copy .ci/run installs; null when there is none. */
    static Path vnu() {
        for (String candidate : new String[] {System.getProperty("vnu.jar"), System.getenv("VNU_JAR"), INSTALLED.toString()}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }
}
