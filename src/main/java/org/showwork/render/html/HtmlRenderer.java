package org.showwork.render.html;

import org.showwork.render.TemplateRendering;
import org.showwork.render.view.Document;

/**
 * The worked derivation as one self-contained HTML handout (styles inline, formulas in MathML,
 * nothing loaded from anywhere), written by the Thymeleaf templates under {@code templates/html}.
 */
public final class HtmlRenderer {

    private final TemplateRendering templates;
    private final boolean forPrint;

    public HtmlRenderer() {
        this(TemplateRendering.builtIn());
    }

    public HtmlRenderer(TemplateRendering templates) {
        this(templates, false);
    }

    /** @param forPrint the markup the PDF printer gets: inline formulas as text (see {@link HtmlWriter}) */
    public HtmlRenderer(TemplateRendering templates, boolean forPrint) {
        this.templates = templates;
        this.forPrint = forPrint;
    }

    /** Any document (a derivation, a fit) as a handout. */
    public String render(Document document) {
        return render(document, new HtmlWriter(forPrint));
    }

    /** A document as a handout, its pieces written by {@code writer} (e.g. one that puts quiz answers in the blanks). */
    public String render(Document document, HtmlWriter writer) {
        return templates.render("html/derivation.html", document, writer);
    }
}
