package org.showwork.render.markdown;

import java.io.IOException;
import org.showwork.fit.Fit;
import org.showwork.render.FitRenderer;
import org.showwork.render.TemplateRendering;
import org.showwork.render.view.FitView;

/** A fit as Markdown: the {@link FitView} written by the same templates as a derivation ({@code templates/md}). */
public final class FitMarkdownRenderer implements FitRenderer {

    private final TemplateRendering templates;

    public FitMarkdownRenderer() {
        this(TemplateRendering.builtIn());
    }

    public FitMarkdownRenderer(TemplateRendering templates) {
        this.templates = templates;
    }

    @Override
    public void render(Fit fit, Appendable out) throws IOException {
        out.append(templates.render("md/derivation.md", FitView.of(fit), new MarkdownWriter()));
    }
}
