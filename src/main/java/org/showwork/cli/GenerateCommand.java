package org.showwork.cli;

import org.showwork.render.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.showwork.exercise.ClassDocuments;
import org.showwork.exercise.ClassGeneration;
import org.showwork.exercise.ClassLayout;
import org.showwork.exercise.RosterReader;
import org.showwork.exercise.Student;
import org.showwork.problem.Template;
import org.showwork.problem.TemplateReader;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code showwork generate TEMPLATE.yaml (--count N | --roster students.csv) --seed S -o DIR}: a
 * variant of the template for every student, each with its problem file, worksheet and answer
 * key; for the lecturer an index and a booklet of every answer key; and, on request, the variants
 * as a Moodle quiz or a Canvas package. The work is {@link ClassGeneration}'s.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draws a variant of a template for every student — the same seed and student id always give "
                + "the same variant — and writes each one's problem file, worksheet (with the student's name, id and "
                + "variant code) and answer key, an index and a booklet of all answer keys; or a Moodle quiz or a "
                + "Canvas quiz package.",
                "TEMPLATE.yaml is a problem file in which values may be drawn (see README)."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEMPLATE.yaml", description = "The template (see README).")
    Path templateFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Students students;

    /** Who the variants are for: a roster, or a number of them. */
    static final class Students {
        @Option(names = "--roster", paramLabel = "CSV", required = true,
                description = "The class: a CSV file with a header row naming an id column and a name column.")
        Path roster;

        @Option(names = "--count", paramLabel = "N", required = true, converter = CountConverter.class,
                description = "This many variants, numbered 1 to N (the numbers take the place of student ids).")
        Integer count;
    }

    @Option(names = "--seed", paramLabel = "S", required = true, converter = SeedConverter.class,
            description = "The class's seed, as written (e.g. 2024 or fall-2024): with the student's id it decides "
                    + "the variant.")
    String seed;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "The folder to write the class into; it must not exist yet, or be empty.")
    Path output;

    @Option(names = "--moodle", paramLabel = "FILE",
            description = "Also write the variants as a Moodle XML quiz: one cloze question per variant.")
    Path moodle;

    @Option(names = "--moodle-math", paramLabel = "MATH", defaultValue = "tex", converter = MathConverter.class,
            description = "How the Moodle quiz writes formulas: tex (for Moodle's MathJax filter) or mathml "
                    + "(default: ${DEFAULT-VALUE}).")
    HtmlWriter.MathMarkup moodleMath;

    @Option(names = "--canvas", paramLabel = "FILE.zip",
            description = "Also write the variants as a Canvas quiz (QTI 1.2): one question group, a question per variant.")
    Path canvas;

    @Option(names = "--blank", paramLabel = "LIST", defaultValue = "all",
            description = "What the worksheets and the quiz leave blank, as for derive --worksheet "
                    + "(default: ${DEFAULT-VALUE}).")
    String blank;

    @Option(names = {"-f", "--formats"}, paramLabel = "LIST", split = ",", defaultValue = "md,html,pdf",
            converter = DocumentFormatConverter.class,
            description = "Formats of the worksheets, the answer keys and the booklet: md, html, pdf, tex "
                    + "(default: ${DEFAULT-VALUE}); every key is written as JSON too.")
    List<Format> formats;

    @Mixin
    TemplatesOption templates;

    @Mixin
    PaperOption paper;

    /** A hard limit, so that a mistyped count does not fill a disk. */
    static final int MAX_COUNT = 100_000;

    @Override
    public Integer call() throws Exception {
        if (output == null && moodle == null && canvas == null) {
            throw new UserException("name the class's folder with -o DIR, or the quiz to write with --moodle FILE "
                    + "or --canvas FILE.zip (or several)");
        }
        TemplateRendering rendering = templates.rendering();
        Template template = TemplateReader.read(templateFile);
        List<Student> class_ = students.roster != null ? RosterReader.read(students.roster) : counted(students.count);
        List<Path> inputs = students.roster == null ? List.of(templateFile) : List.of(templateFile, students.roster);
        GeneratedDocuments documents = new GeneratedDocuments(template, seed, students.count != null,
                List.copyOf(new LinkedHashSet<>(formats)), rendering, paper.paper);
        List<ClassDocuments.Export<GeneratedDocuments.Sheets>> exports = new ArrayList<>();
        if (moodle != null) {
            exports.add(new MoodleExport(moodle, documents, rendering, moodleMath));
        }
        if (canvas != null) {
            exports.add(new CanvasExport(canvas, documents, rendering));
        }
        ClassGeneration.Result result = new ClassGeneration(template, seed, class_, inputs, blank, output)
                .generate(documents, exports);
        for (Map.Entry<Path, byte[]> quiz : result.exports().entrySet()) {
            Output.writeBinary(quiz.getKey(), out -> out.write(quiz.getValue()));
        }
        summary(documents.templateName(), result.variants().size());
        return 0;
    }

    private static List<Student> counted(int count) {
        List<Student> counted = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            counted.add(new Student(String.valueOf(k), ""));
        }
        return counted;
    }

    private void summary(String templateName, int count) {
        var out = spec.commandLine().getOut();
        String variants = String.format(Locale.ROOT, "%,d variant%s of %s (seed %s)", count, count == 1 ? "" : "s",
                templateName, seed);
        if (output != null) {
            out.println(variants + " written to " + output + ": a folder per student, " + ClassLayout.INDEX + ", "
                    + ClassLayout.BOOKLET + (formats.size() == 1 ? "." + formats.get(0)
                    : ".{" + String.join(",", new LinkedHashSet<>(formats.stream().map(Format::name).toList())) + "}"));
        }
        String as = output == null ? variants + " written" : "The same";
        if (moodle != null) {
            out.println(as + " as a Moodle quiz to " + moodle);
        }
        if (canvas != null) {
            out.println((output == null && moodle == null ? as : "The same") + " as a Canvas quiz package to " + canvas);
        }
        out.flush();
    }

    /** {@code --count}: from 1 to {@value #MAX_COUNT}. */
    static final class CountConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int n;
            try {
                n = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a whole number");
            }
            if (n < 1 || n > MAX_COUNT) {
                throw new TypeConversionException("--count must be from 1 to " + String.format(Locale.ROOT, "%,d",
                        MAX_COUNT) + ", got " + n);
            }
            return n;
        }
    }

    /** {@code --seed}: any text but an empty one, which would decide nothing. */
    static final class SeedConverter implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            if (text.isBlank()) {
                throw new TypeConversionException("--seed must not be empty: it decides every student's numbers");
            }
            return text;
        }
    }

    /** {@code --moodle-math}: tex or mathml. */
    static final class MathConverter implements ITypeConverter<HtmlWriter.MathMarkup> {
        @Override
        public HtmlWriter.MathMarkup convert(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "tex" -> HtmlWriter.MathMarkup.TEX;
                case "mathml" -> HtmlWriter.MathMarkup.MATHML;
                default -> throw new TypeConversionException("use tex or mathml, not '" + text + "'");
            };
        }
    }

    /** {@code -f}: a document format; JSON is not one here, since every answer key is written as JSON anyway. */
    static final class DocumentFormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String text) {
            Format format;
            try {
                format = Format.valueOf(text.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("use md, html, pdf or tex, not '" + text + "'");
            }
            if (format == Format.json) {
                throw new TypeConversionException("--formats lists document formats (md, html, pdf, tex); every "
                        + "answer key is written as JSON anyway");
            }
            return format;
        }
    }
}
