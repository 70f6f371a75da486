package org.showwork.web.sheet;

import static org.showwork.render.html.HtmlWriter.escape;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.view.Document;
import org.showwork.render.view.Inline;

/**
 * The worksheet as an HTML form: the same blocks as the worksheet handout, written by the handout's
 * own templates, with an input in every blank in place of the box to write in. Each cell carries its
 * verdict and diagnosis, and a button that reveals it; a revealed cell shows our value, read-only.
 * Everything typed is escaped here.
 */
public final class SheetForm {
    private SheetForm() {}

    /** The name of a cell's form field, from its quantity id. */
    public static String field(String id) {
        return "a:" + id;
    }

    /** The sheet's blocks as HTML, every blank an input holding what the marks say was typed. */
    public static String render(Workbook workbook, SheetMarks marks, boolean revealable) {
        Map<String, SheetMarks.Cell> byId = new HashMap<>();
        marks.cells().forEach(c -> byId.put(c.id(), c));
        Set<String> seen = new HashSet<>();
        HtmlWriter writer = new HtmlWriter(false, id -> cell(id, byId.get(id), revealable, seen.add(id)));
        Document sheet = workbook.worksheet();
        Document form = new Document(sheet.title(), sheet.generator(), Inline.of("Type your value in each box; "
                + "a decimal comma and a minus sign of any kind are fine. Each box is marked when you check: "
                + "correct, rounding, follow-through (right from your own earlier values), wrong or unreadable."),
                sheet.blocks(), sheet.fields());
        return TemplateRendering.builtIn().render("web/blocks.html", form, writer);
    }

    private static String cell(String id, SheetMarks.Cell mark, boolean revealable, boolean first) {
        if (mark == null) {
            // a blank the checker does not mark (none today): a plain box, as on paper
            return HtmlWriter.box(id);
        }
        String dom = domId(id) + (first ? "" : "-again");
        StringBuilder s = new StringBuilder("<span class=\"cell");
        if (!mark.word().isEmpty()) {
            s.append(" v-").append(mark.word());
        }
        s.append("\" data-id=\"").append(escape(id)).append("\">")
                .append("<label class=\"cell-id\" for=\"").append(dom).append("\">").append(escape(id)).append("</label>")
                .append("<input id=\"").append(dom).append("\" name=\"").append(escape(field(id))).append("\" value=\"")
                .append(escape(mark.text())).append("\" size=\"7\" maxlength=\"").append(Workbook.ANSWER_LIMIT)
                .append("\" inputmode=\"decimal\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"")
                .append(dom).append("-why\"").append(mark.revealed() ? " readonly" : "").append(">")
                .append("<span class=\"verdict\">").append(escape(mark.word())).append("</span>");
        if (revealable && !mark.revealed()) {
            s.append("<button class=\"reveal\" type=\"submit\" name=\"reveal\" value=\"").append(escape(id))
                    .append("\" title=\"Show our value of ").append(escape(id))
                    .append(": it then earns no points\">reveal</button>");
        }
        s.append("<span class=\"why\" id=\"").append(dom).append("-why\">").append(escape(mark.why())).append("</span>")
                .append("</span>");
        return s.toString();
    }

    /** An element id from a quantity id: t2:error_x[1,2] → c-t2-error_x-1-2. */
    static String domId(String id) {
        return "c-" + id.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("-$", "");
    }
}
