package org.showwork.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.showwork.exercise.ClassDocuments;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.moodle.MoodleQuiz;

/** {@code generate --moodle FILE}: the variants as a Moodle XML quiz, one cloze question each. */
record MoodleExport(Path file, GeneratedDocuments documents, TemplateRendering rendering, HtmlWriter.MathMarkup math)
        implements ClassDocuments.Export<GeneratedDocuments.Sheets> {

    @Override
    public byte[] write(List<GeneratedDocuments.Sheets> sheets) {
        return new MoodleQuiz(rendering, math).write(documents.category(), documents.info(), documents.questions(sheets))
                .getBytes(StandardCharsets.UTF_8);
    }
}
