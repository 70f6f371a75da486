package org.showwork.render.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.showwork.check.NumberReading;
import org.showwork.check.Written;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.quantity.BlankSelection;
import org.showwork.problem.ProblemReader;
import org.showwork.render.Handouts;
import org.showwork.render.TemplateRendering;
import org.showwork.render.lms.Blank;
import org.showwork.render.lms.QuizQuestion;
import org.showwork.render.view.DerivationView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Canvas package, read back along the path Canvas's importer takes (the QTI 1.2 schema is not
 * to be had here). Canvas converts QTI 1.2 to 2.1 with its QTIMigrationTool and then reads, in
 * gems/plugins/qti_exporter/lib/qti:
 * <ul>
 * <li>imsmanifest.xml: a {@code resource} of type {@code imsqti_xmlv1p2} whose {@code file} is the assessment;</li>
 * <li>assessment_test_converter.rb: a section with {@code selection/selection_number} N becomes a
 * {@code question_group} with {@code pick_count} N and {@code points_per_item}; groups do not nest
 * (a nested section's questions go to the quiz, not to the group);</li>
 * <li>assessment_item_converter.rb: {@code instructureField[name=question_type]} (QTI 1.2's
 * {@code qtimetadatafield question_type}) of {@code fill_in_multiple_blanks_question} makes the
 * question a FillInTheBlank, {@code points_possible} its points;</li>
 * <li>fill_in_the_blank.rb ({@code process_canvas}): each {@code choiceInteraction} (QTI 1.2's
 * {@code response_lid}) names a blank by its {@code responseIdentifier} less {@code response_},
 * and each of its choices' text is an accepted answer, worth full marks;</li>
 * <li>html_helper.rb: the question's HTML goes through CanvasSanitize, which keeps MathML.</li>
 * </ul>
 */
class CanvasQuizTest {

    private static QuizQuestion question(Trace trace, String code) {
        return new QuizQuestion("Q " + code, code, trace, DerivationView.worksheet(trace, BlankSelection.all()),
                DerivationView.of(trace), BlankSelection.all());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> all(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int k = 0; k < list.getLength(); k++) {
            elements.add((Element) list.item(k));
        }
        return elements;
    }

    private static Element one(Element parent, String name) {
        List<Element> found = all(parent, name);
        assertThat(found).as(name).isNotEmpty();
        return found.get(0);
    }

    /** The blanks of the question's worksheet as Markdown writes it, in order: an independent count. */
    private static List<String> markdownBlanks(QuizQuestion q) {
        Matcher m = Pattern.compile("`([^`]+): ____`").matcher(new org.showwork.render.markdown.MarkdownRenderer()
                .render(q.worksheet()));
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            if (!labels.contains(m.group(1))) {
                labels.add(m.group(1));
            }
        }
        return labels;
    }

    @Test
    void aPackageWithOneGroupThatDrawsOneVariantEachAFillInTheBlanksQuestion() throws Exception {
        List<QuizQuestion> questions = List.of(question(Handouts.trace("tutorial-five-points"), "AAA111"),
                question(Handouts.trace("tutorial-exact"), "BBB222"));
        byte[] zip = new CanvasQuiz(TemplateRendering.builtIn()).write("quiz1", "Five <points>", "From t.yaml", questions);
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("imsmanifest.xml", "quiz1/quiz1.xml");
        Element manifest = parse(entries.get("imsmanifest.xml")).getDocumentElement();
        Element resource = one(manifest, "resource");
        assertThat(resource.getAttribute("type")).isEqualTo("imsqti_xmlv1p2");
        assertThat(one(resource, "file").getAttribute("href")).isEqualTo("quiz1/quiz1.xml");

        Element root = parse(entries.get("quiz1/quiz1.xml")).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("questestinterop");
        Element assessment = one(root, "assessment");
        assertThat(assessment.getAttribute("title")).isEqualTo("Five <points>");
        List<Element> sections = all(assessment, "section");
        assertThat(sections).hasSize(2);
        Element group = sections.get(1);
        assertThat(group.getParentNode()).isEqualTo(sections.get(0));
        assertThat(one(group, "selection_number").getTextContent()).isEqualTo("1");
        // the group's points are its largest question's, a point a blank
        int most = Math.max(markdownBlanks(questions.get(0)).size(), markdownBlanks(questions.get(1)).size());
        assertThat(one(group, "points_per_item").getTextContent()).isEqualTo(String.valueOf(most));
        List<Element> items = all(group, "item");
        assertThat(items).extracting(i -> i.getAttribute("ident")).containsExactly("AAA111", "BBB222");
        for (int k = 0; k < items.size(); k++) {
            Element item = items.get(k);
            Map<String, String> metadata = new LinkedHashMap<>();
            for (Element field : all(item, "qtimetadatafield")) {
                metadata.put(one(field, "fieldlabel").getTextContent(), one(field, "fieldentry").getTextContent());
            }
            assertThat(metadata).containsEntry("question_type", "fill_in_multiple_blanks_question");
            Map<String, Blank> blanks = Blank.of(questions.get(k));
            List<Element> responses = all(item, "response_lid");
            // a field, and a point, for every blank the same worksheet has in Markdown: 35 for one step
            List<String> expected = markdownBlanks(questions.get(k));
            assertThat(responses).extracting(r -> r.getAttribute("ident"))
                    .containsExactlyElementsOf(expected.stream().map(l -> "response_" + CanvasQuiz.blankNames(
                            java.util.Set.of(l)).get(l)).toList());
            if (k == 0) {
                assertThat(responses).hasSize(35);
            }
            assertThat(metadata).containsEntry("points_possible", String.valueOf(responses.size()));
            String html = one(one(item, "presentation"), "mattext").getTextContent();
            // the HTML is well-formed, names the variant, keeps MathML and has a [name] for every blank
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<div>" + html.replace("&nbsp;", " ") + "</div>")));
            assertThat(html).startsWith("<p>Variant <strong>" + questions.get(k).code() + "</strong>")
                    .contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">")
                    .contains("style=\"border-collapse:collapse");
            Map<String, String> names = CanvasQuiz.blankNames(blanks.keySet());
            for (Element response : responses) {
                String name = response.getAttribute("ident").replaceFirst("^response_", "");
                assertThat(name).matches("[A-Za-z0-9_]+");
                assertThat(html).containsOnlyOnce("[" + name + "]");
                String label = names.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                        .orElseThrow().getKey();
                Blank blank = blanks.get(label);
                List<String> accepted = all(response, "response_label").stream()
                        .map(l -> one(l, "mattext").getTextContent()).toList();
                assertThat(accepted).as(label).contains(blank.infinite() ? "infinite" : blank.shown().toPlainString());
                for (String text : accepted) {
                    Written read = NumberReading.read(text);
                    if (blank.infinite()) {
                        assertThat(read).as(text).isInstanceOf(Written.Infinite.class);
                    } else {
                        // what a student may type reads back, as the checker reads it, to the value the key shows
                        assertThat(read).as(text).isInstanceOf(Written.Value.class);
                        assertThat(((Written.Value) read).value()).as(text).isEqualByComparingTo(blank.shown());
                    }
                }
            }
            // the answer key is the feedback Canvas shows after the attempt
            assertThat(one(item, "itemfeedback").getAttribute("ident")).isEqualTo("general_fb");
        }
        // the same quiz is the same file, byte for byte
        assertThat(new CanvasQuiz(TemplateRendering.builtIn()).write("quiz1", "Five <points>", "From t.yaml", questions))
                .isEqualTo(zip);
    }

    @Test
    void blanksAcceptTheShownValueSpelledAsStudentsWriteIt() {
        Blank blank = new Blank("p[4]", new java.math.BigDecimal("0.900"), 3, new java.math.BigDecimal("0.8998"), false);
        assertThat(CanvasQuiz.spellings(blank)).containsExactlyInAnyOrder("0.900", "0,900", ".900", ",900", "0.9", "0,9",
                ".9", ",9");
        Blank negative = new Blank("z[1]", new java.math.BigDecimal("-4.40"), 2, new java.math.BigDecimal("-4.396"), false);
        assertThat(CanvasQuiz.spellings(negative)).containsExactlyInAnyOrder("-4.40", "-4,40", "-4.4", "-4,4");
        assertThat(CanvasQuiz.blankNames(new java.util.LinkedHashSet<>(List.of("p[4]", "error_x[2,1]", "t2:cost"))))
                .containsValues("p_4", "error_x_2_1", "t2_cost");
    }

    @Test
    void textThatLooksLikeABlankStaysText() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read("title: \"[p_1]\"\nfeatures: [\"[p_1]\"]\n"
                + "samples: [[1, 0], [2, 1]]\nlearning_rate: 0.1\n", "odd.yaml"));
        Map<String, String> files = new CanvasQuiz(TemplateRendering.builtIn()).files("q", "[p_1]", "i",
                List.of(question(trace, "C1")));
        Element item = one(parse(files.get("q/q.xml").getBytes(StandardCharsets.UTF_8)).getDocumentElement(), "item");
        String html = one(item, "mattext").getTextContent();
        Matcher blanks = Pattern.compile("\\[p_1]").matcher(html);
        int count = 0;
        while (blanks.find()) {
            count++;
        }
        assertThat(count).as("the one real blank named p_1").isEqualTo(1);
        assertThat(html).contains("[\u2060p_1]");
    }
}
