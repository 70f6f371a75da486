package org.showwork.render.canvas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.lms.Blank;
import org.showwork.render.lms.PlacedBlanks;
import org.showwork.render.lms.QuestionPage;
import org.showwork.render.lms.QuizQuestion;

/**
 * Variants as a quiz package for Canvas (Classic Quizzes), in the QTI 1.2 dialect Canvas itself
 * exports and imports: an {@code imsmanifest.xml} naming one assessment, which holds one question
 * group per template that draws one question for each student, a question per variant.
 *
 * <p>A variant is one fill-in-multiple-blanks question, the worksheet with a blank {@code [p_4]}
 * for every answer: Canvas groups cannot nest, so a variant made of several numerical questions
 * would come apart when the group draws, and fill-in-multiple-blanks is Canvas's only question
 * with several typed answers. Its blanks compare text, not numbers, so each accepts the value as
 * the worksheet shows it, spelled the ways students write it (a point or a comma, trailing zeros
 * or not, a leading zero or not); Canvas gives each blank its share of the points and has no
 * partial credit for a rounding slip. Formulas are MathML, which Canvas's importer keeps and
 * shows; tables are styled inline. The package's bytes depend on its content alone.
 */
public final class CanvasQuiz {

    /** The time every entry of the package carries, so that the same quiz is the same file. */
    private static final LocalDateTime STAMP = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final QuestionPage page;

    public CanvasQuiz(TemplateRendering templates) {
        this.page = new QuestionPage(templates);
    }

    /** The files of the package, by path, in the order they are zipped. */
    public Map<String, String> files(String id, String title, String info, List<QuizQuestion> questions) {
        Map<String, String> files = new LinkedHashMap<>();
        String assessment = id + "/" + id + ".xml";
        files.put("imsmanifest.xml", manifest(id, title, assessment));
        files.put(assessment, assessment(id, title, info, questions));
        return files;
    }

    /** The package as a zip file. */
    public byte[] write(String id, String title, String info, List<QuizQuestion> questions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files(id, title, info, questions).entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(STAMP);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String manifest(String id, String title, String assessment) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest identifier=\"" + id + "_manifest\" xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1\""
                + " xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_v1p2\">\n"
                + "  <metadata>\n    <schema>IMS Content</schema>\n    <schemaversion>1.1.3</schemaversion>\n"
                + "    <imsmd:lom><imsmd:general><imsmd:title><imsmd:string>" + xml(title)
                + "</imsmd:string></imsmd:title></imsmd:general></imsmd:lom>\n  </metadata>\n"
                + "  <organizations/>\n  <resources>\n"
                + "    <resource identifier=\"" + id + "\" type=\"imsqti_xmlv1p2\">\n"
                + "      <file href=\"" + assessment + "\"/>\n    </resource>\n  </resources>\n</manifest>\n";
    }

    private String assessment(String id, String title, String info, List<QuizQuestion> questions) {
        int points = 0;
        List<String> items = new ArrayList<>();
        for (QuizQuestion q : questions) {
            Item item = item(q);
            points = Math.max(points, item.points());
            items.add(item.xml());
        }
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\">\n")
                .append("  <assessment ident=\"").append(id).append("\" title=\"").append(xml(title)).append("\">\n")
                .append("    <qticomment>").append(xml(info)).append("</qticomment>\n")
                .append("    <section ident=\"root_section\">\n")
                .append("      <section ident=\"").append(id).append("_group\" title=\"").append(xml(title)).append("\">\n")
                .append("        <selection_ordering>\n          <selection>\n")
                .append("            <selection_number>1</selection_number>\n")
                .append("            <selection_extension><points_per_item>").append(points)
                .append("</points_per_item></selection_extension>\n")
                .append("          </selection>\n        </selection_ordering>\n");
        items.forEach(s::append);
        return s.append("      </section>\n    </section>\n  </assessment>\n</questestinterop>\n").toString();
    }

    private record Item(String xml, int points) {}

    private Item item(QuizQuestion q) {
        Map<String, Blank> all = Blank.of(q);
        Map<String, String> names = blankNames(all.keySet());
        PlacedBlanks placed = new PlacedBlanks(
                label -> "<small>" + CanvasText.html(label) + "</small>\u00a0[" + names.get(label) + "]",
                label -> "<small>" + CanvasText.html(label) + "</small> (as above)");
        String text = page.question(q.code(), q.worksheet(),
                HtmlWriter.forLms(HtmlWriter.MathMarkup.MATHML, placed, CanvasText::html));
        List<Blank> blanks = placed.labels().stream().map(all::get).toList();
        String key = page.body(q.key(), HtmlWriter.forLms(HtmlWriter.MathMarkup.MATHML, HtmlWriter::box,
                CanvasText::html));
        StringBuilder s = new StringBuilder("        <item ident=\"").append(xml(q.code())).append("\" title=\"")
                .append(xml(q.name())).append("\">\n")
                .append("          <itemmetadata><qtimetadata>\n")
                .append(field("question_type", "fill_in_multiple_blanks_question"))
                .append(field("points_possible", String.valueOf(blanks.size())))
                .append("          </qtimetadata></itemmetadata>\n")
                .append("          <presentation>\n")
                .append("            <material><mattext texttype=\"text/html\">").append(xml(text)).append("</mattext></material>\n");
        StringBuilder scoring = new StringBuilder();
        BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(Math.max(1, blanks.size())), 4,
                RoundingMode.HALF_UP);
        int[] answer = {0};
        for (Blank blank : blanks) {
            response(s, scoring, names.get(blank.label()), spellings(blank), share, answer);
        }
        s.append("          </presentation>\n")
                .append("          <resprocessing>\n")
                .append("            <outcomes><decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\n")
                .append(scoring)
                .append("          </resprocessing>\n")
                .append("          <itemfeedback ident=\"general_fb\"><flow_mat><material><mattext texttype=\"text/html\">")
                .append(xml(key)).append("</mattext></material></flow_mat></itemfeedback>\n")
                .append("        </item>\n");
        return new Item(s.toString(), blanks.size());
    }

    /**
     * A blank as Canvas reads it: a {@code response_lid} named {@code response_NAME} offering every
     * accepted spelling, and a condition adding the blank's share of the score for each.
     */
    private static void response(StringBuilder s, StringBuilder scoring, String name, List<String> spellings,
            BigDecimal share, int[] answer) {
        s.append("            <response_lid ident=\"response_").append(name).append("\">\n")
                .append("              <material><mattext>").append(name).append("</mattext></material>\n")
                .append("              <render_choice>\n");
        for (String spelling : spellings) {
            int id = ++answer[0];
            s.append("                <response_label ident=\"").append(id).append("\"><material><mattext")
                    .append(" texttype=\"text/plain\">").append(xml(spelling)).append("</mattext></material>")
                    .append("</response_label>\n");
            scoring.append("            <respcondition>\n              <conditionvar><varequal respident=\"response_")
                    .append(name).append("\">").append(id).append("</varequal></conditionvar>\n")
                    .append("              <setvar varname=\"SCORE\" action=\"Add\">").append(share.toPlainString())
                    .append("</setvar>\n            </respcondition>\n");
        }
        s.append("              </render_choice>\n            </response_lid>\n");
    }

    private static String field(String label, String entry) {
        return "            <qtimetadatafield><fieldlabel>" + label + "</fieldlabel><fieldentry>" + xml(entry)
                + "</fieldentry></qtimetadatafield>\n";
    }

    /**
     * The name of each blank in Canvas's {@code [name]} syntax, which takes letters, digits and '_':
     * {@code p[4]} is {@code p_4}, {@code error_x[2,1]} is {@code error_x_2_1}, {@code t2:cost} is {@code t2_cost}.
     */
    static Map<String, String> blankNames(Set<String> labels) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String label : labels) {
            String name = label.replace("]", "").replaceAll("[^A-Za-z0-9_]", "_");
            if (!taken.add(name)) {
                throw new IllegalStateException("two blanks would both be named " + name);
            }
            names.put(label, name);
        }
        return names;
    }

    /**
     * What a blank accepts: the value as the worksheet shows it, with a point or a comma, with or
     * without trailing zeros and a leading zero; an infinite loss takes the word.
     */
    static List<String> spellings(Blank blank) {
        if (blank.infinite()) {
            return List.of("infinite", "infinity", "inf", "\u221e");
        }
        String shown = blank.shown().toPlainString();
        Set<String> forms = new LinkedHashSet<>();
        for (String digits : List.of(shown, trimmed(shown))) {
            for (String written : List.of(digits, withoutLeadingZero(digits))) {
                forms.add(written);
                forms.add(written.replace('.', ','));
            }
        }
        return List.copyOf(forms);
    }

    private static String trimmed(String number) {
        if (!number.contains(".")) {
            return number;
        }
        String t = number.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String withoutLeadingZero(String number) {
        if (number.startsWith("0.")) {
            return number.substring(1);
        }
        return number.startsWith("-0.") ? "-" + number.substring(2) : number;
    }

    private static String xml(String text) {
        return HtmlWriter.escape(text).replace("'", "&apos;");
    }
}
