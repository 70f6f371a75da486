package org.showwork.render.markdown;

import java.io.IOException;
import org.showwork.derive.Trace;
import org.showwork.render.Renderer;
import org.showwork.render.TemplateRendering;
import org.showwork.render.view.DerivationView;

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
        out.append(templates.render("md/derivation.md", DerivationView.of(trace), new MarkdownWriter()));
    }
}
