package org.showwork.cli;

import org.showwork.render.Format;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.showwork.derive.Provenance;
import org.showwork.quantity.BlankSelection;
import org.showwork.exercise.ClassDocuments;
import org.showwork.exercise.ClassLayout;
import org.showwork.exercise.InOrder;
import org.showwork.exercise.Student;
import org.showwork.exercise.Variant;
import org.showwork.problem.Template;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.lms.QuizQuestion;
import org.showwork.render.pdf.Paper;
import org.showwork.render.view.Booklet;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
import org.showwork.render.view.Inline;

/**
 * The documents of a generated class in the formats asked for: each variant's worksheet and
 * answer key (with the student's name, id and the variant's code in the header) and its trace as
 * JSON, the booklet of every answer key, and the variants as quiz questions.
 */
final class GeneratedDocuments implements ClassDocuments<GeneratedDocuments.Sheets> {

    private final Template template;
    private final String seed;
    private final boolean counted;
    private final List<Format> formats;
    private final TemplateRendering rendering;
    private final Paper paper;

    GeneratedDocuments(Template template, String seed, boolean counted, List<Format> formats,
            TemplateRendering rendering, Paper paper) {
        this.template = template;
        this.seed = seed;
        this.counted = counted;
        this.formats = formats;
        this.rendering = rendering;
        this.paper = paper;
    }

    /** A variant's worksheet and answer key, each with the student's name, id and the variant's code in its header. */
    record Sheets(Variant variant, Document worksheet, Document key, BlankSelection blanks) {}

    @Override
    public Sheets layOut(Variant variant, BlankSelection blanks) {
        List<Document.Field> fields = fields(variant);
        return new Sheets(variant, DerivationView.worksheet(variant.trace(), blanks).withFields(fields),
                DerivationView.of(variant.trace()).withFields(fields), blanks);
    }

    /** A roster's students are named; counted variants leave a line for the name and show their number. */
    private List<Document.Field> fields(Variant variant) {
        Student s = variant.student();
        return List.of(new Document.Field("name", "Name", s.name()),
                counted ? new Document.Field("number", "Number", s.id())
                        : new Document.Field("student-id", "Student id", s.id()),
                new Document.Field("variant", "Variant", variant.code()));
    }

    @Override
    public void writeVariant(Sheets sheets, Path folder) throws Exception {
        for (Format format : formats) {
            write(sheets.worksheet(), format, folder.resolve(ClassLayout.WORKSHEET + "." + format));
            write(sheets.key(), format, folder.resolve(ClassLayout.KEY + "." + format));
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(ClassLayout.KEY + ".json"), StandardCharsets.UTF_8)) {
            new JsonRenderer().render(sheets.variant().trace(), out);
        }
    }

    @Override
    public void writeClass(List<Sheets> sheets, Path folder) throws Exception {
        Document booklet = booklet(sheets);
        // a booklet is one long document per format: each on a core of its own
        InOrder.map(formats.size(), k -> {
            write(booklet, formats.get(k), folder.resolve(ClassLayout.BOOKLET + "." + formats.get(k)));
            return k;
        });
    }

    /** Writes a document straight into the class's temporary folder (the folder as a whole is moved into place). */
    private void write(Document document, Format format, Path file) throws Exception {
        DocumentOutput.write(document, format, file, rendering, paper, Output.DIRECT);
    }

    private Document booklet(List<Sheets> sheets) {
        List<Booklet.Entry> entries = sheets.stream().map(s -> new Booklet.Entry(entryHeading(s.variant()),
                "variant-" + s.variant().code().toLowerCase(Locale.ROOT), s.key())).toList();
        String title = "Answer keys: " + (template.title().isEmpty() ? templateName() : template.title());
        List<Inline> byline = Inline.of("Every variant of " + templateName() + " drawn with seed " + seed
                + ", worked by showwork " + Provenance.currentVersion() + ". The formulas are the same for all of them "
                + "and come first; then each variant in full, in the order of the index.");
        List<Document.Field> fields = List.of(new Document.Field("template", "Template", templateName()),
                new Document.Field("seed", "Seed", seed),
                new Document.Field("variants", "Variants", String.valueOf(sheets.size())));
        return Booklet.of(title, "showwork " + Provenance.currentVersion(), byline, fields, entries);
    }

    private static String entryHeading(Variant v) {
        Student s = v.student();
        String who = s.name().isEmpty() ? "number " + s.id() : s.name() + " (" + s.id() + ")";
        return "Variant " + v.code() + ": " + who;
    }

    // ---------------------------------------------------------------- quizzes

    String seed() {
        return seed;
    }

    String templateName() {
        return Path.of(template.source()).getFileName().toString();
    }

    /** The quiz's category or question group: the template's title, or its file's name without the extension. */
    String category() {
        if (!template.title().isBlank()) {
            return template.title().strip();
        }
        String name = templateName();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /** A sentence on where the questions came from. */
    String info() {
        return "Variants of " + templateName() + " drawn by showwork " + Provenance.currentVersion() + " with seed " + seed
                + "; each question's ID number is its variant's code.";
    }

    /** The variants as quiz questions, named after the variant's code and student. */
    List<QuizQuestion> questions(List<Sheets> sheets) {
        return sheets.stream().map(s -> {
            Variant v = s.variant();
            Student st = v.student();
            String name = category() + " — variant " + v.code() + " ("
                    + (st.name().isEmpty() ? "number " + st.id() : st.name() + ", " + st.id()) + ")";
            return new QuizQuestion(name, v.code(), v.trace(), s.worksheet(), s.key(), s.blanks());
        }).toList();
    }
}
