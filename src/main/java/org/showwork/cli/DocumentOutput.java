package org.showwork.cli;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.showwork.render.Format;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.showwork.render.TemplateRendering;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.pdf.Paper;
import org.showwork.render.view.Document;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a laid-out document (a derivation, a worksheet, a fit) in any document format, for every command. */
final class DocumentOutput {
    private DocumentOutput() {}

    /** Writes a laid-out document in a document format (not JSON); a PDF for A4 paper. */
    static void write(Document document, Format format, Path output, TemplateRendering templates, CommandSpec spec)
            throws Exception {
        write(document, format, output, templates, Paper.A4, spec);
    }

    /** Writes a laid-out document in a document format (not JSON), a PDF for the given paper. */
    static void write(Document document, Format format, Path output, TemplateRendering templates, Paper paper,
            CommandSpec spec) throws Exception {
        if (output == null && !format.binary()) {
            Output.write(null, spec.commandLine().getOut(), out -> format.write(document, templates, out));
        } else {
            write(document, format, output, templates, paper, Output.WHOLE_OR_NOTHING);
        }
    }

    /** The start of the names of a Markdown document's chart files: its own name without the extension. */
    static String figurePrefix(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /** Writes a laid-out document to a file, and a Markdown document's charts beside it as SVG files. */
    static void write(Document document, Format format, Path file, TemplateRendering templates, Paper paper,
            Output.FileWriting files) throws Exception {
        render(document, format, file, templates, paper).writeWith(files);
    }

    /**
     * A document rendered into memory, file by file (a Markdown document's charts first), so that
     * a command writing several documents renders them all before it writes any: a template that
     * fails then leaves nothing behind.
     */
    record Rendered(Map<Path, byte[]> files) {
        Rendered {
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }

        void writeWith(Output.FileWriting writing) throws Exception {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                writing.binary(file.getKey(), out -> out.write(file.getValue()));
            }
        }
    }

    /** Renders a laid-out document (not JSON) for a file, with a Markdown document's charts as SVG files beside it. */
    static Rendered render(Document document, Format format, Path file, TemplateRendering templates, Paper paper)
            throws Exception {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (format == Format.md) {
            // Markdown cannot hold charts: they go beside it as SVG files, linked relatively
            MarkdownRenderer.WithFigures rendered = new MarkdownRenderer(templates).render(document, figurePrefix(file));
            for (Map.Entry<String, String> figure : rendered.figures().entrySet()) {
                files.put(file.resolveSibling(figure.getKey()), utf8(figure.getValue()));
            }
            files.put(file, utf8(rendered.text()));
        } else if (format.binary()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.write(document, templates, paper, bytes);
            files.put(file, bytes.toByteArray());
        } else {
            StringWriter text = new StringWriter();
            format.write(document, templates, text);
            files.put(file, utf8(text.toString()));
        }
        return new Rendered(files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
