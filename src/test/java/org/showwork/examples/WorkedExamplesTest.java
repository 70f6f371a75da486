package org.showwork.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;
import org.showwork.render.Renderer;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.markdown.MarkdownRenderer;

/**
 * Golden tests: every problem in worked-examples/ must render exactly to the documents beside it.
 * A failure names the example and format and shows where the documents differ. After a deliberate
 * change, regenerate them with {@code scripts/regenerate-examples} and review the diff.
 */
class WorkedExamplesTest {

    static final Path EXAMPLES = Path.of("worked-examples");

    /** The formats kept beside each problem, by file extension. */
    static final List<Format> FORMATS = List.of(new Format("md", new MarkdownRenderer()),
            new Format("json", new JsonRenderer()));

    record Format(String extension, Renderer renderer) {}

    @TestFactory
    Stream<DynamicTest> everyExampleRendersToItsDocuments() throws IOException {
        List<Path> problems;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            problems = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(problems.isEmpty(), "no problems in " + EXAMPLES.toAbsolutePath());
        return problems.stream().flatMap(problem -> FORMATS.stream().map(format -> {
            String name = problem.getFileName().toString().replace(".yaml", "");
            Path golden = EXAMPLES.resolve(name + "." + format.extension());
            return DynamicTest.dynamicTest(name + "." + format.extension(), () -> {
                Trace trace = Tracer.trace(ProblemReader.read(problem));
                StringBuilder actual = new StringBuilder();
                format.renderer().render(trace, actual);
                if (!Files.exists(golden)) {
                    fail(golden + " is missing; run scripts/regenerate-examples");
                }
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                String difference = Difference.of(expected, actual.toString());
                if (!difference.isEmpty()) {
                    fail("worked example " + name + " (" + format.extension() + ") differs from " + golden
                            + "; if the change is deliberate run scripts/regenerate-examples and review the diff\n"
                            + difference);
                }
            });
        }));
    }
}
