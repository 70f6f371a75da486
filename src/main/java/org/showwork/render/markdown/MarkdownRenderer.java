package org.showwork.render.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.showwork.render.TemplateRendering;
import org.showwork.render.plot.SvgChart;
import org.showwork.render.view.Block;
import org.showwork.render.view.Document;

/** The worked derivation as Markdown, written by the Thymeleaf templates under {@code templates/md}. */
public final class MarkdownRenderer {

    private final TemplateRendering templates;

    public MarkdownRenderer() {
        this(TemplateRendering.builtIn());
    }

    public MarkdownRenderer(TemplateRendering templates) {
        this.templates = templates;
    }

    /** The document without its charts (Markdown cannot hold them inline). */
    public String render(Document document) {
        return templates.render("md/derivation.md", document.withoutFigures(), new MarkdownWriter(null));
    }

    /** A Markdown document and the SVG files it links to, by file name. */
    public record WithFigures(String text, Map<String, String> figures) {
        public WithFigures {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /**
     * The document with its charts as SVG files named {@code prefix-NAME.svg}, linked relatively,
     * to be written beside it.
     */
    public WithFigures render(Document document, String prefix) {
        MarkdownWriter writer = new MarkdownWriter(prefix);
        String text = templates.render("md/derivation.md", document, writer);
        Map<String, String> files = new LinkedHashMap<>();
        for (Block.Figure figure : document.figures()) {
            files.put(writer.figureFile(figure), SvgChart.write(figure.chart(), "figure-" + figure.name(),
                    writer.plain(figure.caption())) + "\n");
        }
        return new WithFigures(text, files);
    }
}
