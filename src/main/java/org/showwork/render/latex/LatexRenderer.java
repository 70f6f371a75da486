package org.showwork.render.latex;

import org.showwork.render.TemplateRendering;
import org.showwork.render.view.Document;

/**
 * The worked derivation as LaTeX source (amsmath, booktabs) that compiles on its own with
 * pdflatex and whose body a lecturer can paste into their notes; templates under {@code templates/tex}.
 */
public final class LatexRenderer {

    private final TemplateRendering templates;

    public LatexRenderer() {
        this(TemplateRendering.builtIn());
    }

    public LatexRenderer(TemplateRendering templates) {
        this.templates = templates;
    }

    public String render(Document document) {
        return templates.render("tex/derivation.tex", document, new TexWriter());
    }
}
