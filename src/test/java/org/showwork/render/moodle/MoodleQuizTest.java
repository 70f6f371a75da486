package org.showwork.render.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Trace;
import org.showwork.quantity.BlankSelection;
import org.showwork.render.Handouts;
import org.showwork.render.TemplateRendering;
import org.showwork.render.view.DerivationView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Moodle XML quiz, parsed back: the structure Moodle's importer reads (a category, then cloze
 * questions with their fields), well-formed HTML inside, and an embedded answer per blank whose
 * tolerance is the checker's default — half a unit in the last shown place — with half marks for a
 * rounding slip.
 */
class MoodleQuizTest {

    private static final Pattern NUMERICAL = Pattern.compile(
            "\\{1:NUMERICAL:=(-?[0-9.]+):([0-9.]+)#Right~%50%(-?[0-9.]+):([0-9.]+)#[^}]*}");

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

    private static String quiz(String... examples) throws Exception {
        List<MoodleQuiz.Question> questions = new ArrayList<>();
        for (String example : examples) {
            Trace trace = Handouts.trace(example);
            questions.add(new MoodleQuiz.Question("Q " + example, "CODE" + questions.size(), trace,
                    DerivationView.worksheet(trace, BlankSelection.all()), DerivationView.of(trace), BlankSelection.all()));
        }
        return new MoodleQuiz(TemplateRendering.builtIn()).write("Five points / one step", "From <t.yaml> & co.",
                questions);
    }

    @Test
    void theQuizHasACategoryThenOneClozeQuestionPerVariant() throws Exception {
        Document xml = parse(quiz("tutorial-five-points", "two-features-three-steps"));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("quiz");
        List<Element> questions = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertThat(e.getTagName()).isEqualTo("question");
                questions.add(e);
            }
        }
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
            // the HTML inside is well-formed, with formulas in MathML and no worksheet boxes left
            String question = text(q, "questiontext");
            String feedback = text(q, "generalfeedback");
            for (String html : List.of(question, feedback)) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader("<div>" + html.replace("&nbsp;", " ") + "</div>")));
                assertThat(html).contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"").doesNotContain("<html");
            }
            assertThat(question).contains("{1:NUMERICAL:=").doesNotContain("class=\"blank\"");
            assertThat(feedback).doesNotContain("{1:").contains("Notes on the arithmetic");
        }
    }

    @Test
    void eachBlankAcceptsWhatRoundsToTheShownValueAndHalfCreditsASlip() throws Exception {
        Document xml = parse(quiz("tutorial-five-points"));
        String question = text((Element) xml.getElementsByTagName("question").item(1), "questiontext");
        Matcher m = NUMERICAL.matcher(question);
        int blanks = 0;
        while (m.find()) {
            blanks++;
            BigDecimal shown = new BigDecimal(m.group(1));
            BigDecimal half = new BigDecimal(m.group(2));
            BigDecimal unrounded = new BigDecimal(m.group(3));
            BigDecimal unit = new BigDecimal(m.group(4));
            int places = shown.scale();
            assertThat(half).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(places).divide(BigDecimal.valueOf(2)));
            assertThat(unit).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(places));
            assertThat(unrounded.setScale(places, RoundingMode.HALF_UP)).isEqualByComparingTo(shown);
        }
        // every computed quantity of the tutorial's one step is a blank: 5 samples × 5 kinds, then the sums, the
        // cost, the gradients, the updates and both boundaries
        assertThat(blanks).isEqualTo(25 + 3 + 1 + 2 + 2 + 2);
        // σ(2.195) = 0.89980… is shown as 0.900; 0.899 (truncated) is within the half-credit band
        assertThat(question).contains("<small>p[4]</small>\u00a0{1:NUMERICAL:=0.900:0.0005#Right~%50%0.8998");
    }

    @Test
    void clozeFeedbackEscapesTheCharactersOfTheSyntax() {
        assertThat(MoodleQuiz.escape("a}b#c~d/e\"f\\g")).isEqualTo("a\\}b\\#c\\~d\\/e\\\"f\\\\g");
    }

    @Test
    void textThatWouldEndCharacterDataEarlyIsSplit() throws Exception {
        Trace trace = org.showwork.derive.Tracer.trace(org.showwork.problem.ProblemReader.read(
                "features: [\"a]]>b\"]\nsamples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n", "odd.yaml"));
        String xml = new MoodleQuiz(TemplateRendering.builtIn()).write("c", "i",
                List.of(new MoodleQuiz.Question("a ]]> b", "X", trace, DerivationView.worksheet(trace,
                        BlankSelection.all()), DerivationView.of(trace), BlankSelection.all())));
        Element question = (Element) parse(xml).getElementsByTagName("question").item(1);
        assertThat(text(question, "name")).isEqualTo("a ]]> b");
        assertThat(text(question, "questiontext")).contains("a]]&gt;b");
    }
}
