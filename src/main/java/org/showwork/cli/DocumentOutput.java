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
        if (format == Format.md && output != null) {
            // Markdown cannot hold charts: they go beside it as SVG files, linked relatively
            String name = output.getFileName().toString();
            String prefix = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            MarkdownRenderer.WithFigures rendered = new MarkdownRenderer(templates).render(document, prefix);
            for (Map.Entry<String, String> figure : rendered.figures().entrySet()) {
                Output.write(output.resolveSibling(figure.getKey()), null, out -> out.write(figure.getValue()));
            }
            Output.write(output, null, out -> out.write(rendered.text()));
        } else if (format.binary()) {
            Output.writeBinary(output, out -> format.write(document, templates, paper, out));
        } else {
            Output.write(output, spec.commandLine().getOut(), out -> format.write(document, templates, out));
        }
    }
}
