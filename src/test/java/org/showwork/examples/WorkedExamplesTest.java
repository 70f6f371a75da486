package org.showwork.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.showwork.cli.Main;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;
import org.showwork.render.Renderer;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.markdown.MarkdownRenderer;

/**
 * Golden tests: every problem in worked-examples/ must render exactly to the documents beside it,
 * and so must every fit listed in worked-examples/fit/examples.
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

    static final Path FIT_EXAMPLES = EXAMPLES.resolve("fit");

    /** One line of worked-examples/fit/examples: the document's name and the arguments of {@code showwork fit}. */
    record FitExample(String name, List<String> args) {}

    static List<FitExample> fitExamples() throws IOException {
        List<FitExample> examples = new ArrayList<>();
        for (String line : Files.readAllLines(FIT_EXAMPLES.resolve("examples"), StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int colon = text.indexOf(':');
            examples.add(new FitExample(text.substring(0, colon).strip(),
                    Arrays.asList(text.substring(colon + 1).strip().split("\\s+"))));
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> everyFitExampleRendersToItsDocuments() throws IOException {
        List<FitExample> examples = fitExamples();
        assertFalse(examples.isEmpty(), "no fit examples in " + FIT_EXAMPLES.toAbsolutePath());
        return examples.stream().flatMap(example -> Stream.of("md", "json").map(format -> {
            Path golden = FIT_EXAMPLES.resolve(example.name() + "." + format);
            return DynamicTest.dynamicTest("fit/" + example.name() + "." + format, () -> {
                List<String> args = new ArrayList<>(List.of("fit"));
                args.addAll(example.args());
                args.addAll(List.of("-f", format));
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
                if (code != 0) {
                    fail("showwork " + String.join(" ", args) + " exited " + code + ": " + err);
                }
                if (!Files.exists(golden)) {
                    fail(golden + " is missing; run scripts/regenerate-examples");
                }
                String difference = Difference.of(Files.readString(golden, StandardCharsets.UTF_8), out.toString());
                if (!difference.isEmpty()) {
                    fail("fit example " + example.name() + " (" + format + ") differs from " + golden
                            + "; if the change is deliberate run scripts/regenerate-examples and review the diff\n"
                            + difference);
                }
            });
        }));
    }
}
