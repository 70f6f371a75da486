package org.showwork.render;

import java.io.OutputStream;
import java.io.Writer;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.latex.LatexRenderer;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.pdf.Paper;
import org.showwork.render.pdf.PdfRenderer;
import org.showwork.render.view.Document;

/** The document formats, by the names used with {@code -f}; PDF is the one binary format. */
public enum Format {
    md, html, pdf, tex, json;

    public boolean binary() {
        return this == pdf;
    }

    /** Writes a laid-out document (not JSON, which is written from the trace or fit itself). */
    public void write(Document document, TemplateRendering templates, Writer out) throws Exception {
        switch (this) {
            case md -> out.write(new MarkdownRenderer(templates).render(document));
            case html -> out.write(new HtmlRenderer(templates).render(document));
            case tex -> out.write(new LatexRenderer(templates).render(document));
            default -> throw new IllegalStateException(this + " is not a text document format");
        }
    }

    public void write(Document document, TemplateRendering templates, Paper paper, OutputStream out) throws Exception {
        if (this != pdf) {
            throw new IllegalStateException(this + " is not a binary format");
        }
        new PdfRenderer(new HtmlRenderer(templates, true), paper).render(document, out);
    }
}
