package org.showwork.render.latex;

import java.io.IOException;
import org.showwork.derive.Trace;
import org.showwork.render.Renderer;
import org.showwork.render.TemplateRendering;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;

/**
 * The worked derivation as LaTeX source (amsmath, booktabs) that compiles on its own with
 * pdflatex and whose body a lecturer can paste into their notes; templates under {@code templates/tex}.
 */
public final class LatexRenderer implements Renderer {

    private final TemplateRendering templates;

    public LatexRenderer() {
        this(TemplateRendering.builtIn());
    }

    public LatexRenderer(TemplateRendering templates) {
        this.templates = templates;
    }

    @Override
    public void render(Trace trace, Appendable out) throws IOException {
        out.append(render(DerivationView.of(trace)));
    }

    public String render(Document document) {
        return templates.render("tex/derivation.tex", document, new TexWriter());
    }
}
