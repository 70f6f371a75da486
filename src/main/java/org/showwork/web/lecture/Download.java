package org.showwork.web.lecture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.showwork.derive.Trace;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.latex.LatexRenderer;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.pdf.PdfRenderer;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;

/**
 * A derivation as a file to download, in the formats of {@code showwork derive}: Markdown (with its
 * charts as SVG files, the three together in a zip file), HTML, PDF, LaTeX or the trace as JSON.
 */
public record Download(String fileName, String contentType, byte[] bytes) {

    public enum Format { md, html, pdf, tex, json;

        public static Optional<Format> named(String name) {
            for (Format f : values()) {
                if (f.name().equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The whole derivation of a trace, named {@code stem.EXT}. */
    public static Download of(Trace trace, Format format, String stem) throws IOException {
        Document document = DerivationView.of(trace);
        TemplateRendering templates = TemplateRendering.builtIn();
        return switch (format) {
            case html -> text(stem + ".html", "text/html; charset=utf-8", new HtmlRenderer(templates).render(document));
            case tex -> text(stem + ".tex", "application/x-tex; charset=utf-8", new LatexRenderer(templates).render(document));
            case json -> {
                StringWriter out = new StringWriter();
                new JsonRenderer().render(trace, out);
                yield text(stem + ".json", "application/json; charset=utf-8", out.toString());
            }
            case pdf -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new PdfRenderer(new HtmlRenderer(templates, true)).render(document, out);
                yield new Download(stem + ".pdf", "application/pdf", out.toByteArray());
            }
            case md -> markdown(document, stem, templates);
        };
    }

    private static Download markdown(Document document, String stem, TemplateRendering templates) throws IOException {
        MarkdownRenderer.WithFigures rendered = new MarkdownRenderer(templates).render(document, stem);
        if (rendered.figures().isEmpty()) {
            return text(stem + ".md", "text/markdown; charset=utf-8", rendered.text());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, stem + ".md", rendered.text());
            for (Map.Entry<String, String> figure : rendered.figures().entrySet()) {
                put(zip, figure.getKey(), figure.getValue());
            }
        }
        return new Download(stem + "-md.zip", "application/zip", bytes.toByteArray());
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Download text(String name, String type, String text) {
        return new Download(name, type, text.getBytes(StandardCharsets.UTF_8));
    }
}
