package org.showwork.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.showwork.derive.Provenance;
import org.showwork.exercise.BlankSelection;
import org.showwork.exercise.ClassIndex;
import org.showwork.exercise.ClassLayout;
import org.showwork.exercise.RosterReader;
import org.showwork.exercise.Student;
import org.showwork.exercise.Variant;
import org.showwork.exercise.VariantGenerator;
import org.showwork.problem.Template;
import org.showwork.problem.TemplateReader;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.lms.QuizQuestion;
import org.showwork.render.moodle.MoodleQuiz;
import org.showwork.render.pdf.Paper;
import org.showwork.render.view.Booklet;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
import org.showwork.render.view.Inline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code showwork generate TEMPLATE.yaml (--count N | --roster students.csv) --seed S -o DIR}: a
 * variant of the template for every student, each with its problem file, worksheet and answer
 * key; for the lecturer an index and a booklet of every answer key; and, on request, the variants
 * as a Moodle quiz.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draws a variant of a template for every student — the same seed and student id always give "
                + "the same variant — and writes each one's problem file, worksheet (with the student's name, id and "
                + "variant code) and answer key, an index and a booklet of all answer keys; or a Moodle quiz.",
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

        @Option(names = "--count", paramLabel = "N", required = true,
                description = "This many variants, numbered 1 to N (the numbers take the place of student ids).")
        Integer count;
    }

    @Option(names = "--seed", paramLabel = "S", required = true,
            description = "The class's seed, as written (e.g. 2024 or fall-2024): with the student's id it decides "
                    + "the variant.")
    String seed;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "The folder to write the class into; it must not exist yet, or be empty.")
    Path output;

    @Option(names = "--moodle", paramLabel = "FILE",
            description = "Also write the variants as a Moodle XML quiz: one cloze question per variant.")
    Path moodle;

    @Option(names = "--blank", paramLabel = "LIST", defaultValue = "all",
            description = "What the worksheets and the quiz leave blank, as for derive --worksheet "
                    + "(default: ${DEFAULT-VALUE}).")
    String blank;

    @Option(names = {"-f", "--formats"}, paramLabel = "LIST", split = ",", defaultValue = "md,html,pdf",
            description = "Formats of the worksheets, the answer keys and the booklet: md, html, pdf, tex "
                    + "(default: ${DEFAULT-VALUE}); every key is written as JSON too.")
    List<Format> formats;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own templates, by the names of ours, used before ours.")
    Path templates;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "The paper of the PDFs: a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    /** A hard limit, so that a mistyped count does not fill a disk. */
    static final int MAX_COUNT = 100_000;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Template template = TemplateReader.read(templateFile);
        List<Student> class_ = students.roster != null ? RosterReader.read(students.roster) : counted(students.count);
        VariantGenerator generator = VariantGenerator.of(template, seed);
        // the first variant says how many features there are, which --blank's ids need: a mistake there shows at once
        int d = generator.variant(1, class_.get(0)).problem().featureCount();
        BlankSelection selection = BlankSelection.parse(blank, d).orElseThrow(() -> new UserException("--blank "
                + blank + ": use quantity names, ids such as p[4] or t2:cost, or " + String.join(", ", BlankSelection.names())));
        List<Variant> variants = InOrder.map(class_.size(), k -> generator.variant(k + 1, class_.get(k)));
        TemplateRendering rendering = templates == null ? TemplateRendering.builtIn()
                : TemplateRendering.withOverrides(templates);
        Paper paperSize = DocumentOptions.paper(paper);
        boolean counted = students.count != null;
        List<Sheets> sheets = InOrder.map(variants.size(), k -> Sheets.of(variants.get(k), selection, counted));

        String quiz = moodle == null ? null : new MoodleQuiz(rendering).write(category(template), info(template),
                sheets.stream().map(s -> new QuizQuestion(questionName(template, s.variant()), s.variant().code(),
                        s.variant().trace(), s.worksheet(), s.key(), selection)).toList());
        if (output != null) {
            ClassFolder.write(output, folder -> writeClass(folder, template, sheets, rendering, paperSize));
        }
        if (quiz != null) {
            Output.write(moodle, null, out -> out.write(quiz));
        }
        summary(template, variants.size());
        return 0;
    }

    private void checkOptions() throws UserException {
        if (output == null && moodle == null) {
            throw new UserException("name the class's folder with -o DIR, or the quiz to write with --moodle FILE "
                    + "(or both)");
        }
        if (students.count != null && (students.count < 1 || students.count > MAX_COUNT)) {
            throw new UserException("--count must be from 1 to " + String.format(Locale.ROOT, "%,d", MAX_COUNT)
                    + ", got " + students.count);
        }
        if (seed.isBlank()) {
            throw new UserException("--seed must not be empty: it decides every student's numbers");
        }
        if (formats.contains(Format.json)) {
            throw new UserException("--formats lists document formats (md, html, pdf, tex); every answer key is "
                    + "written as JSON anyway");
        }
        formats = List.copyOf(new LinkedHashSet<>(formats));
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UserException(templates + ": no such folder of templates");
        }
        DocumentOptions.paper(paper);
        if (output != null) {
            ClassFolder.check(output);
        }
        if (moodle != null) {
            if (output != null && moodle.toAbsolutePath().normalize().startsWith(output.toAbsolutePath().normalize())) {
                throw new UserException(moodle + ": the quiz cannot go inside the class's folder " + output
                        + ", which must be new; write it beside the folder");
            }
            Path parent = moodle.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new UserException(moodle + ": the folder " + parent + " does not exist");
            }
            if (Files.isDirectory(moodle)) {
                throw new UserException(moodle + ": is a folder; name the quiz file to write, e.g. --moodle quiz.xml");
            }
        }
    }

    private static List<Student> counted(int count) {
        List<Student> counted = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            counted.add(new Student(String.valueOf(k), ""));
        }
        return counted;
    }

    /** A variant's worksheet and answer key, each with the student's name, id and the variant's code in its header. */
    record Sheets(Variant variant, Document worksheet, Document key) {
        static Sheets of(Variant variant, BlankSelection selection, boolean counted) {
            List<Document.Field> fields = fields(variant, counted);
            return new Sheets(variant, DerivationView.worksheet(variant.trace(), selection).withFields(fields),
                    DerivationView.of(variant.trace()).withFields(fields));
        }

        /** A roster's students are named; counted variants leave a line for the name and show their number. */
        static List<Document.Field> fields(Variant variant, boolean counted) {
            Student s = variant.student();
            return List.of(new Document.Field("name", "Name", s.name()),
                    counted ? new Document.Field("number", "Number", s.id())
                            : new Document.Field("student-id", "Student id", s.id()),
                    new Document.Field("variant", "Variant", variant.code()));
        }
    }

    // ---------------------------------------------------------------- the class's folder

    private void writeClass(Path folder, Template template, List<Sheets> sheets, TemplateRendering rendering,
            Paper paper) throws Exception {
        InOrder.map(sheets.size(), k -> {
            writeVariant(folder, sheets.get(k), rendering, paper);
            return k;
        });
        Files.writeString(folder.resolve(ClassLayout.INDEX), ClassIndex.csv(sheets.stream().map(Sheets::variant).toList()),
                StandardCharsets.UTF_8);
        Document booklet = booklet(template, sheets);
        // a booklet is one long document per format: each on a core of its own
        InOrder.map(formats.size(), k -> {
            write(booklet, formats.get(k), folder.resolve(ClassLayout.BOOKLET + "." + formats.get(k)), rendering, paper);
            return k;
        });
    }

    private void writeVariant(Path classFolder, Sheets sheets, TemplateRendering rendering, Paper paper)
            throws Exception {
        Variant v = sheets.variant();
        Path folder = Files.createDirectory(classFolder.resolve(v.student().folder()));
        Files.writeString(folder.resolve(ClassLayout.PROBLEM), v.problemFile(), StandardCharsets.UTF_8);
        for (Format format : formats) {
            write(sheets.worksheet(), format, folder.resolve(ClassLayout.WORKSHEET + "." + format), rendering, paper);
            write(sheets.key(), format, folder.resolve(ClassLayout.KEY + "." + format), rendering, paper);
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(ClassLayout.KEY + ".json"), StandardCharsets.UTF_8)) {
            new JsonRenderer().render(v.trace(), out);
        }
    }

    /** Writes a document straight into the class's temporary folder (the folder as a whole is moved into place). */
    private static void write(Document document, Format format, Path file, TemplateRendering rendering, Paper paper)
            throws Exception {
        DocumentOutput.write(document, format, file, rendering, paper, Output.DIRECT);
    }

    private Document booklet(Template template, List<Sheets> sheets) {
        List<Booklet.Entry> entries = sheets.stream().map(s -> new Booklet.Entry(entryHeading(s.variant()),
                "variant-" + s.variant().code().toLowerCase(Locale.ROOT), s.key())).toList();
        String title = "Answer keys: " + (template.title().isEmpty() ? templateName(template) : template.title());
        List<Inline> byline = Inline.of("Every variant of " + templateName(template) + " drawn with seed " + seed
                + ", worked by showwork " + Provenance.currentVersion() + ". The formulas are the same for all of them "
                + "and come first; then each variant in full, in the order of the index.");
        List<Document.Field> fields = List.of(new Document.Field("template", "Template", templateName(template)),
                new Document.Field("seed", "Seed", seed),
                new Document.Field("variants", "Variants", String.valueOf(sheets.size())));
        return Booklet.of(title, "showwork " + Provenance.currentVersion(), byline, fields, entries);
    }

    private static String entryHeading(Variant v) {
        Student s = v.student();
        String who = s.name().isEmpty() ? "number " + s.id() : s.name() + " (" + s.id() + ")";
        return "Variant " + v.code() + ": " + who;
    }

    // ---------------------------------------------------------------- the quiz and the summary

    private static String templateName(Template template) {
        return Path.of(template.source()).getFileName().toString();
    }

    /** The quiz's category: the template's title, or its file's name without the extension. */
    private static String category(Template template) {
        if (!template.title().isBlank()) {
            return template.title().strip();
        }
        String name = templateName(template);
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private String info(Template template) {
        return "Variants of " + templateName(template) + " drawn by showwork " + Provenance.currentVersion()
                + " with seed " + seed + "; each question's ID number is its variant's code.";
    }

    private static String questionName(Template template, Variant v) {
        Student s = v.student();
        return category(template) + " — variant " + v.code() + " ("
                + (s.name().isEmpty() ? "number " + s.id() : s.name() + ", " + s.id()) + ")";
    }

    private void summary(Template template, int count) {
        var out = spec.commandLine().getOut();
        String variants = String.format(Locale.ROOT, "%,d variant%s of %s (seed %s)", count, count == 1 ? "" : "s",
                templateName(template), seed);
        if (output != null) {
            out.println(variants + " written to " + output + ": a folder per student, " + ClassLayout.INDEX + ", "
                    + ClassLayout.BOOKLET + (formats.size() == 1 ? "." + formats.get(0)
                    : ".{" + String.join(",", formats.stream().map(Format::name).toList()) + "}"));
        }
        if (moodle != null) {
            out.println((output == null ? variants + " written" : "The same") + " as a Moodle quiz to " + moodle);
        }
        out.flush();
    }
}
