package org.showwork.render.markdown;

import java.io.IOException;
import org.showwork.derive.Trace;
import org.showwork.render.Renderer;
import org.showwork.render.TemplateRendering;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;

/** The worked derivation as Markdown, written by the Thymeleaf templates under {@code templates/md}. */
public final class MarkdownRenderer implements Renderer {

    private final TemplateRendering templates;

    public MarkdownRenderer() {
        this(TemplateRendering.builtIn());
    }

    public MarkdownRenderer(TemplateRendering templates) {
        this.templates = templates;
    }

    @Override
    public void render(Trace trace, Appendable out) throws IOException {
        out.append(render(DerivationView.of(trace)));
    }

    public String render(Document document) {
        return templates.render("md/derivation.md", document, new MarkdownWriter());
    }
}
