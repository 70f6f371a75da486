package org.showwork.render.moodle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.quantity.QuantityId;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.view.Document;

/**
 * Variants as a Moodle XML quiz file: a category, then one cloze (embedded answers) question per
 * variant. The question text is the variant's worksheet in HTML with an answer field in every
 * blank; the general feedback is its answer key. A blank is right when the number, rounded half up
 * to the places the worksheet shows, is the shown value (the checker's default tolerance: half a
 * unit in the last shown place either side), and earns half marks within one unit of the unrounded
 * value — a rounding slip, such as truncating 0.89980 to 0.899.
 */
public final class MoodleQuiz {

    /**
     * One variant as a question.
     *
     * @param name     the question's name in the question bank (not shown to students)
     * @param idNumber Moodle's ID number of the question: the variant's code
     * @param blank    which quantities are answer fields (the worksheet's blanks)
     */
    public record Question(String name, String idNumber, Trace trace, Document worksheet, Document key,
            Predicate<QuantityId> blank) {}

    /** What Moodle deducts for each wrong try in an interactive quiz: its own default for a cloze question. */
    static final String PENALTY = "0.3333333";

    private final HtmlRenderer html;

    public MoodleQuiz(TemplateRendering templates) {
        this.html = new HtmlRenderer(templates);
    }

    /**
     * The quiz file.
     *
     * @param category the category's name, under the course's top category
     * @param info     a sentence or two on where the questions came from (HTML-escaped here)
     */
    public String write(String category, String info, List<Question> questions) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        xml.append("  <question type=\"category\">\n")
                .append("    <category>\n      <text>").append(text("$course$/top/" + category.replace("/", "//")))
                .append("</text>\n    </category>\n")
                .append("    <info format=\"html\">\n      <text>").append(cdata("<p>" + HtmlWriter.escape(info) + "</p>"))
                .append("</text>\n    </info>\n")
                .append("  </question>\n");
        for (Question q : questions) {
            Map<String, String> answers = answers(q);
            String text = body(html.render(q.worksheet().withoutFigures(),
                    new HtmlWriter(false, id -> "<small>" + HtmlWriter.escape(id) + "</small>\u00a0" + answers.get(id))));
            String feedback = body(html.render(q.key().withoutFigures()));
            xml.append("  <question type=\"cloze\">\n")
                    .append("    <name>\n      <text>").append(text(q.name())).append("</text>\n    </name>\n")
                    .append("    <questiontext format=\"html\">\n      <text>").append(cdata(text))
                    .append("</text>\n    </questiontext>\n")
                    .append("    <generalfeedback format=\"html\">\n      <text>").append(cdata(feedback))
                    .append("</text>\n    </generalfeedback>\n")
                    .append("    <penalty>").append(PENALTY).append("</penalty>\n")
                    .append("    <hidden>0</hidden>\n")
                    .append("    <idnumber>").append(text(q.idNumber())).append("</idnumber>\n")
                    .append("  </question>\n");
        }
        return xml.append("</quiz>\n").toString();
    }

    /** The embedded answer of every blank, by the id the worksheet labels it with. */
    private static Map<String, String> answers(Question question) {
        Trace trace = question.trace();
        int d = trace.problem().featureCount();
        Map<String, String> answers = new HashMap<>();
        trace.forEachQuantity((id, q) -> {
            if (!q.given() && question.blank().test(id)) {
                answers.put(id.toString(d), cloze(q, trace.problem().decimals().of(id.kind())));
            }
        });
        return answers;
    }

    /**
     * A blank as Moodle's cloze syntax writes it: {@code {1:NUMERICAL:=0.900:0.0005#Right~%50%0.8998:0.001#…}}.
     * An infinite quantity (a loss of a probability rounded to 0 or 1) takes the word instead.
     */
    static String cloze(Quantity q, int places) {
        if (q.infinite()) {
            return "{1:SHORTANSWER:=infinite#Right~=infinity#Right~=inf#Right~=\u221e#Right}";
        }
        BigDecimal shown = q.value().shown(places);
        BigDecimal half = BigDecimal.valueOf(5, places + 1);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
        // three more places than shown say where the unrounded value lies well enough for a band one unit wide
        BigDecimal unrounded = q.unrounded().toBigDecimal().setScale(places + 3, RoundingMode.HALF_UP).stripTrailingZeros();
        return "{1:NUMERICAL:=" + shown.toPlainString() + ":" + half.toPlainString() + "#" + escape("Right")
                + "~%50%" + unrounded.toPlainString() + ":" + unit.toPlainString() + "#"
                + escape("Nearly right, but the last digit is off. Round the unrounded value half up to " + places
                + (places == 1 ? " decimal place" : " decimal places") + ", as the worksheet shows it") + "}";
    }

    /** Feedback text in a cloze answer, with the characters the syntax uses escaped. */
    static String escape(String feedback) {
        StringBuilder s = new StringBuilder();
        for (char c : feedback.toCharArray()) {
            if ("}#~/\"\\".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    /** What lies between {@code <main>} and {@code </main>} of a handout: the document without its page. */
    private static String body(String page) {
        int start = page.indexOf("<main>");
        int end = page.lastIndexOf("</main>");
        if (start < 0 || end < start) {
            throw new IllegalStateException("the HTML handout has no <main> element");
        }
        return page.substring(start + "<main>".length(), end).strip();
    }

    /** Character data, split where it would contain the end of a CDATA section. */
    private static String cdata(String content) {
        return "<![CDATA[" + content.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String text(String content) {
        return HtmlWriter.escape(content).replace("'", "&apos;");
    }
}
