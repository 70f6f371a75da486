package org.showwork.cli;

import java.nio.file.Path;
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
        if (format == Format.md) {
            // Markdown cannot hold charts: they go beside it as SVG files, linked relatively
            MarkdownRenderer.WithFigures rendered = new MarkdownRenderer(templates).render(document, figurePrefix(file));
            for (Map.Entry<String, String> figure : rendered.figures().entrySet()) {
                files.text(file.resolveSibling(figure.getKey()), out -> out.write(figure.getValue()));
            }
            files.text(file, out -> out.write(rendered.text()));
        } else if (format.binary()) {
            files.binary(file, out -> format.write(document, templates, paper, out));
        } else {
            files.text(file, out -> format.write(document, templates, out));
        }
    }
}
