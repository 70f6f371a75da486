package org.showwork.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showwork.derive.Trace;
import org.showwork.render.Handouts;
import org.showwork.render.view.DerivationView;
import org.xml.sax.InputSource;

/** The HTML handout is self-contained, well-formed (the PDF is printed from it) and complete. */
class HtmlHandoutTest {

    private static String html(String example) throws Exception {
        Trace trace = Handouts.trace(example);
        StringBuilder out = new StringBuilder();
        out.append(new HtmlRenderer().render(DerivationView.of(trace)));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tutorial-five-points", "two-features-three-steps", "tutorial-two-samples",
            "rounded-to-certainty"})
    void isWellFormedXml(String example) throws Exception {
        String html = html(example).replace("<!DOCTYPE html>", "");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertThat(dom.getElementsByTagNameNS("http://www.w3.org/1998/Math/MathML", "math").getLength()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tutorial-five-points", "two-features-three-steps"})
    void refersToNothingOutsideItself(String example) throws Exception {
        String html = html(example);
        Matcher references = Pattern.compile("(?i)(?:src|href)\\s*=\\s*\"([^\"]*)\"|url\\(([^)]*)\\)").matcher(html);
        while (references.find()) {
            String target = references.group(1) != null ? references.group(1) : references.group(2);
            assertThat(target).as("every reference stays inside the page").matches("['\"]?#.*");
        }
        assertThat(html).doesNotContain("<script").doesNotContain("<link");
    }

    @org.junit.jupiter.api.Test
    void carriesTheTutorialsNumbersFormulasTablesAndCharts() throws Exception {
        String html = html("tutorial-five-points");
        assertThat(html).contains("2.197·1 − 6.593 = −4.396", "σ(2.195) ≈ 0.900", "0.1854", "2.172", "3.001",
                "<caption>", "<th scope=\"col\"", "<svg", "<math", "@page", "@media print");
    }

    @org.junit.jupiter.api.Test
    void aWorksheetHasLabelledBlanksAndNoAnswers() throws Exception {
        Trace trace = Handouts.trace("tutorial-five-points");
        String html = new HtmlRenderer().render(DerivationView.worksheet(trace, id -> true));
        assertThat(html).contains("data-quantity=\"p[4]\"", "data-quantity=\"grad_w\"", "data-quantity=\"b_new\"")
                .doesNotContain("0.2504", "−6.603", "<svg");
    }
}
