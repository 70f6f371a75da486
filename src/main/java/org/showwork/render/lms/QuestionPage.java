package org.showwork.render.lms;

import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.view.Document;

/**
 * A question's HTML for a learning management system: the worksheet's document written as the
 * handout would be, without the page around it (what lies between {@code <main>} and
 * {@code </main>}), after a line naming the variant's code.
 */
public final class QuestionPage {

    private final HtmlRenderer html;

    public QuestionPage(TemplateRendering templates) {
        this.html = new HtmlRenderer(templates);
    }

    /** The question: the variant's code, then the worksheet, its pieces written by {@code writer}. */
    public String question(String code, Document worksheet, HtmlWriter writer) {
        return "<p>Variant <strong>" + writer.text(code) + "</strong>: write every value to the places the "
                + "worksheet shows it with.</p>\n" + body(worksheet, writer);
    }

    /** A document's content without its page, charts left out. */
    public String body(Document document, HtmlWriter writer) {
        String page = html.render(document.withoutFigures(), writer);
        int start = page.indexOf("<main>");
        int end = page.lastIndexOf("</main>");
        if (start < 0 || end < start) {
            throw new IllegalStateException("the HTML handout has no <main> element");
        }
        return page.substring(start + "<main>".length(), end).strip();
    }
}
