package org.showwork.render.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.quantity.BlankSelection;
import org.showwork.problem.ProblemReader;
import org.showwork.render.Handouts;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.lms.Blank;
import org.showwork.render.lms.QuizQuestion;
import org.showwork.render.view.DerivationView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Moodle XML quiz, parsed back: the structure Moodle's importer reads (a category, then cloze
 * questions with their fields), well-formed HTML inside with formulas as TeX, and — read by a
 * redone copy of Moodle's own cloze parser — exactly one embedded answer per blank, in Moodle's
 * NUMERICAL syntax, whose tolerance is the checker's default (half a unit in the last shown
 * place) with an allowed fraction of the marks for a rounding slip, whatever a user typed into
 * titles and feature names.
 */
class MoodleQuizTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setCoalescing(true);   // CDATA read as text
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        assertThat(list.getLength()).as("<%s> in <%s>", name, parent.getTagName()).isGreaterThan(0);
        return (Element) list.item(0);
    }

    private static String text(Element parent, String name) {
        return child(child(parent, name), "text").getTextContent();
    }

    static QuizQuestion question(Trace trace, String name, String code) {
        return new QuizQuestion(name, code, trace, DerivationView.worksheet(trace, BlankSelection.all()),
                DerivationView.of(trace), BlankSelection.all());
    }

    private static String quiz(HtmlWriter.MathMarkup math, String... examples) throws Exception {
        List<QuizQuestion> questions = new ArrayList<>();
        for (String example : examples) {
            questions.add(question(Handouts.trace(example), "Q " + example, "CODE" + questions.size()));
        }
        return new MoodleQuiz(TemplateRendering.builtIn(), math).write("Five points / one step", "From <t.yaml> & co.",
                questions);
    }

    private static List<Element> questions(Document xml) {
        List<Element> questions = new ArrayList<>();
        for (Node n = xml.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertThat(e.getTagName()).isEqualTo("question");
                questions.add(e);
            }
        }
        return questions;
    }

    @Test
    void theQuizHasACategoryThenOneClozeQuestionPerVariantWithFormulasInTex() throws Exception {
        Document xml = parse(quiz(HtmlWriter.MathMarkup.TEX, "tutorial-five-points", "two-features-three-steps"));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("quiz");
        List<Element> questions = questions(xml);
        assertThat(questions).extracting(q -> q.getAttribute("type")).containsExactly("category", "cloze", "cloze");
        Element category = questions.get(0);
        assertThat(text(category, "category")).isEqualTo("$course$/top/Five points // one step");
        assertThat(child(category, "info").getAttribute("format")).isEqualTo("html");
        assertThat(text(category, "info")).isEqualTo("<p>From &lt;t.yaml&gt; &amp; co.</p>");
        for (int k = 1; k <= 2; k++) {
            Element q = questions.get(k);
            assertThat(text(q, "name")).startsWith("Q ");
            assertThat(child(q, "questiontext").getAttribute("format")).isEqualTo("html");
            assertThat(child(q, "generalfeedback").getAttribute("format")).isEqualTo("html");
            assertThat(child(q, "penalty").getTextContent()).isEqualTo("0.3333333");
            assertThat(child(q, "hidden").getTextContent()).isEqualTo("0");
            assertThat(child(q, "idnumber").getTextContent()).isEqualTo("CODE" + (k - 1));
            String question = text(q, "questiontext");
            String feedback = text(q, "generalfeedback");
            for (String html : List.of(question, feedback)) {
                // well-formed, no page around it, no MathML, formulas between TeX delimiters, tables styled inline
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader("<div>" + html.replace("&nbsp;", " ") + "</div>")));
                assertThat(html).doesNotContain("<math").doesNotContain("<html").contains("\\[").contains("\\(")
                        .contains("<table class=\"worked\" style=\"border-collapse:collapse");
            }
            assertThat(question).startsWith("<p>Variant <strong>CODE" + (k - 1) + "</strong>")
                    .contains("{1:NUMERICAL:=").doesNotContain("class=\"blank\"")
                    .contains("\\[\\hat{y}_{i} = \\sigma(z_{i}) = \\frac{1}{1 + e^{-z_{i}}}\\]");
            assertThat(feedback).doesNotContain("{1:").contains("Notes on the arithmetic");
        }
    }

    @Test
    void mathmlOnRequestKeepsTheFormulasAsBefore() throws Exception {
        String question = text(questions(parse(quiz(HtmlWriter.MathMarkup.MATHML, "tutorial-five-points"))).get(1),
                "questiontext");
        assertThat(question).contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">")
                .doesNotContain("\\[");
    }

    @Test
    void moodlesOwnParserFindsOneNumericalAnswerPerBlankWithTheCheckersTolerance() throws Exception {
        Trace trace = Handouts.trace("tutorial-five-points");
        String text = text(questions(parse(quiz(HtmlWriter.MathMarkup.TEX, "tutorial-five-points"))).get(1),
                "questiontext");
        MoodleMultianswer.Extracted extracted = MoodleMultianswer.extract(text);
        Map<String, Blank> blanks = Blank.of(question(trace, "q", "c"));
        // every computed quantity of the tutorial's one step is a blank: 5 samples × 5 kinds, then the sums, the
        // cost, the gradients, the updates and both boundaries
        assertThat(blanks).hasSize(25 + 3 + 1 + 2 + 2 + 2);
        assertThat(extracted.subquestions()).hasSize(blanks.size());
        assertThat(extracted.text()).doesNotContain("{1:").doesNotContain("NUMERICAL");
        for (int k = 1; k <= blanks.size(); k++) {
            assertThat(extracted.text()).containsOnlyOnce("{#" + k + "}");
        }
        // each answer field stands after its blank's label
        java.util.regex.Matcher labels = java.util.regex.Pattern.compile("<small>([^<]+)</small>\u00a0\\{#(\\d+)}")
                .matcher(extracted.text());
        List<String> seen = new ArrayList<>();
        while (labels.find()) {
            Blank blank = blanks.get(labels.group(1));
            assertThat(blank).as(labels.group(1)).isNotNull();
            seen.add(labels.group(1));
            MoodleMultianswer.Subquestion sub = extracted.subquestions().get(Integer.parseInt(labels.group(2)) - 1);
            assertThat(sub.type()).isEqualTo("numerical");
            assertThat(sub.alternatives()).hasSize(2);
            MoodleMultianswer.Alternative right = sub.alternatives().get(0);
            MoodleMultianswer.Alternative slip = sub.alternatives().get(1);
            assertThat(right.percent()).isEqualByComparingTo("100");
            assertThat(right.value()).isEqualByComparingTo(blank.shown());
            assertThat(right.tolerance()).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(blank.places())
                    .divide(BigDecimal.valueOf(2)));
            assertThat(right.feedback()).isEqualTo("Right");
            assertThat(MoodleMultianswer.FRACTIONS).anySatisfy(f -> assertThat(f).isEqualByComparingTo(slip.percent()));
            assertThat(slip.percent()).isEqualByComparingTo("50");
            assertThat(slip.value().setScale(blank.places(), RoundingMode.HALF_UP)).isEqualByComparingTo(blank.shown());
            assertThat(slip.tolerance()).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(blank.places()));
            assertThat(slip.feedback()).startsWith("Nearly right, but the last digit is off.");
            // every number with a point, as Moodle's NUMERICAL syntax writes it
            assertThat(right.answer()).matches("-?[0-9]+(\\.[0-9]+)?:[0-9.]+");
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(blanks.keySet());
        // σ(2.195) = 0.89980… is shown as 0.900; 0.899 (truncated) is within the half-credit band
        assertThat(text).contains("<small>p[4]</small>\u00a0{1:NUMERICAL:=0.900:0.0005#Right~%50%0.8998");
    }

    @Test
    void whatAUserTypedNeverBecomesClozeSyntaxNorTex() throws Exception {
        String hostile = "{2:SHORTANSWER:=x} {#1} a}b#c~d \\\\(e\\\\) $$f$$";
        Trace trace = Tracer.trace(ProblemReader.read("title: \"" + hostile + "\"\nfeatures: [\"" + hostile + "\"]\n"
                + "samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n", "odd.yaml"));
        String xml = new MoodleQuiz(TemplateRendering.builtIn()).write(hostile, hostile,
                List.of(question(trace, hostile, "X1")));
        Element q = questions(parse(xml)).get(1);
        String text = text(q, "questiontext");
        MoodleMultianswer.Extracted extracted = MoodleMultianswer.extract(text);
        assertThat(extracted.subquestions()).hasSize(Blank.of(question(trace, "q", "c")).size())
                .allSatisfy(s -> assertThat(s.type()).isEqualTo("numerical"));
        // the placeholders Moodle puts in are the only ones: the user's {#1} does not show answer 1 twice
        assertThat(extracted.text().split("\\{#1}", -1)).hasSize(2);
        // what the browser shows is what was typed, the TeX delimiters broken by an invisible joiner
        String shown = MoodleMultianswer.decode(text);
        assertThat(shown).contains("{2:SHORTANSWER:=x} {#1} a}b#c~d \\\u2060(e\\\u2060) $\u2060$f$\u2060$");
        assertThat(text(q, "name")).isEqualTo(hostile);
    }

    @Test
    void feedbackEscapesTheSyntaxSoThatMoodleDecodesItBack() {
        String tricky = "a}b#c~d/e\"f\\g<h>&{";
        String escaped = ClozeText.feedback(tricky);
        assertThat(escaped).doesNotContain("}").doesNotContain("~").doesNotContain("\\");
        MoodleMultianswer.Extracted extracted = MoodleMultianswer.extract("{1:NUMERICAL:=1:0.5#" + escaped + "}");
        assertThat(extracted.subquestions()).hasSize(1);
        // Moodle keeps the decoded feedback as HTML: a browser shows the text as written
        assertThat(MoodleMultianswer.decode(extracted.subquestions().get(0).alternatives().get(0).feedback()))
                .isEqualTo(tricky);
    }

    @Test
    void textThatWouldEndCharacterDataEarlyIsSplit() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(
                "features: [\"a]]>b\"]\nsamples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n", "odd.yaml"));
        String xml = new MoodleQuiz(TemplateRendering.builtIn()).write("c", "i", List.of(question(trace, "a ]]> b", "X")));
        Element question = (Element) parse(xml).getElementsByTagName("question").item(1);
        assertThat(text(question, "name")).isEqualTo("a ]]> b");
        assertThat(text(question, "questiontext")).contains("a]]&gt;b");
    }
}
