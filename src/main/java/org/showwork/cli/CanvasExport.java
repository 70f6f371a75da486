package org.showwork.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.showwork.exercise.ClassDocuments;
import org.showwork.render.TemplateRendering;
import org.showwork.render.canvas.CanvasQuiz;

/**
 * {@code generate --canvas FILE.zip}: the variants as a Canvas quiz package (QTI 1.2). Its
 * identifiers come from the template's title and the seed, so that importing the same class
 * again finds the same quiz.
 */
record CanvasExport(Path file, GeneratedDocuments documents, TemplateRendering rendering)
        implements ClassDocuments.Export<GeneratedDocuments.Sheets> {

    @Override
    public byte[] write(List<GeneratedDocuments.Sheets> sheets) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((documents.category() + "\n" + documents.seed())
                .getBytes(StandardCharsets.UTF_8));
        String id = "showwork_" + HexFormat.of().formatHex(digest, 0, 6);
        return new CanvasQuiz(rendering).write(id, documents.category(), documents.info(), documents.questions(sheets));
    }
}
