package org.showwork.cli;

import java.nio.file.Path;
import java.util.List;
import org.showwork.exercise.ClassDocuments;
import org.showwork.render.TemplateRendering;

/** {@code generate --canvas FILE.zip}: the variants as a Canvas quiz package (QTI 1.2). */
record CanvasExport(Path file, GeneratedDocuments documents, TemplateRendering rendering)
        implements ClassDocuments.Export<GeneratedDocuments.Sheets> {

    @Override
    public byte[] write(List<GeneratedDocuments.Sheets> sheets) throws Exception {
        throw new UnsupportedOperationException("not yet");
    }
}
