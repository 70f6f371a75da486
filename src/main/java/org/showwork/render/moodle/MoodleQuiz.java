package org.showwork.render.moodle;

import java.util.List;
import java.util.Map;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.lms.Blank;
import org.showwork.render.lms.PlacedBlanks;
import org.showwork.render.lms.QuestionPage;
import org.showwork.render.lms.QuizQuestion;

/**
 * Variants as a Moodle XML quiz file: a category, then one cloze (embedded answers) question per
 * variant. The question text is the variant's worksheet in HTML — formulas as TeX for Moodle's
 * MathJax filter (or MathML on request), tables styled inline — with an answer field in every
 * blank; the general feedback is its answer key. A blank is right when the number, rounded half
 * up to the places the worksheet shows, is the shown value (the checker's default tolerance: half
 * a unit in the last shown place either side), and earns half marks within one unit of the
 * unrounded value — a rounding slip, such as truncating 0.89980 to 0.899. Numbers are written with
 * a point.
 */
public final class MoodleQuiz {

    /** What Moodle deducts for each wrong try in an interactive quiz: its own default for a cloze question. */
    static final String PENALTY = "0.3333333";

    /** The share of a rounding slip, in percent: one of Moodle's grade fractions (50%). */
    static final int SLIP_PERCENT = 50;

    private final QuestionPage page;
    private final HtmlWriter.MathMarkup math;

    /** A quiz with formulas as TeX. */
    public MoodleQuiz(TemplateRendering templates) {
        this(templates, HtmlWriter.MathMarkup.TEX);
    }

    /** @param math TeX (what Moodle shows out of the box) or MathML */
    public MoodleQuiz(TemplateRendering templates, HtmlWriter.MathMarkup math) {
        this.page = new QuestionPage(templates);
        this.math = math;
    }

    /**
     * The quiz file.
     *
     * @param category the category's name, under the course's top category
     * @param info     a sentence or two on where the questions came from (escaped here)
     */
    public String write(String category, String info, List<QuizQuestion> questions) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        xml.append("  <question type=\"category\">\n")
                .append("    <category>\n      <text>").append(text("$course$/top/" + category.replace("/", "//")))
                .append("</text>\n    </category>\n")
                .append("    <info format=\"html\">\n      <text>").append(cdata("<p>" + ClozeText.html(info) + "</p>"))
                .append("</text>\n    </info>\n")
                .append("  </question>\n");
        for (QuizQuestion q : questions) {
            Map<String, Blank> blanks = Blank.of(q);
            HtmlWriter withAnswers = HtmlWriter.forLms(math, new PlacedBlanks(
                    id -> "<small>" + ClozeText.html(id) + "</small>\u00a0" + cloze(blanks.get(id)),
                    id -> "<small>" + ClozeText.html(id) + "</small> (as above)"), ClozeText::html);
            String text = page.question(q.code(), q.worksheet(), withAnswers);
            String feedback = page.body(q.key(), HtmlWriter.forLms(math, HtmlWriter::box, ClozeText::html));
            xml.append("  <question type=\"cloze\">\n")
                    .append("    <name>\n      <text>").append(text(q.name())).append("</text>\n    </name>\n")
                    .append("    <questiontext format=\"html\">\n      <text>").append(cdata(text))
                    .append("</text>\n    </questiontext>\n")
                    .append("    <generalfeedback format=\"html\">\n      <text>").append(cdata(feedback))
                    .append("</text>\n    </generalfeedback>\n")
                    .append("    <penalty>").append(PENALTY).append("</penalty>\n")
                    .append("    <hidden>0</hidden>\n")
                    .append("    <idnumber>").append(text(q.code())).append("</idnumber>\n")
                    .append("  </question>\n");
        }
        return xml.append("</quiz>\n").toString();
    }

    /**
     * A blank as Moodle's cloze syntax writes it: {@code {1:NUMERICAL:=0.900:0.0005#Right~%50%0.8998:0.001#…}}.
     * An infinite quantity (a loss of a probability rounded to 0 or 1) takes the word instead.
     */
    static String cloze(Blank blank) {
        if (blank.infinite()) {
            return "{1:SHORTANSWER:=infinite#Right~=infinity#Right~=inf#Right~=\u221e#Right}";
        }
        int places = blank.places();
        return "{1:NUMERICAL:=" + blank.shown().toPlainString() + ":" + blank.half().toPlainString() + "#"
                + ClozeText.feedback("Right") + "~%" + SLIP_PERCENT + "%" + blank.unrounded().toPlainString() + ":"
                + blank.unit().toPlainString() + "#"
                + ClozeText.feedback("Nearly right, but the last digit is off. Round the unrounded value half up to "
                + places + (places == 1 ? " decimal place" : " decimal places") + ", as the worksheet shows it") + "}";
    }

    /** Character data, split where it would contain the end of a CDATA section. */
    private static String cdata(String content) {
        return "<![CDATA[" + content.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String text(String content) {
        return HtmlWriter.escape(content).replace("'", "&apos;");
    }
}
