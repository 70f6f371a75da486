package org.showwork.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.quantity.BlankSelection;
import org.showwork.problem.ProblemReader;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.latex.LatexRenderer;
import org.showwork.render.markdown.MarkdownRenderer;

/** Header fields (a generated worksheet's name, student id and variant code) in every text format. */
class DocumentFieldsTest {

    private static final List<Document.Field> FIELDS = List.of(
            new Document.Field("name", "Name", "Ada <Lovelace>"),
            new Document.Field("student-id", "Student id", "1001"),
            new Document.Field("variant", "Variant", "7KQ2MX"));

    private static Document worksheet() throws Exception {
        Trace trace = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml")));
        return DerivationView.worksheet(trace, BlankSelection.all());
    }

    @Test
    void markdownWritesTheFieldsUnderTheTitle() throws Exception {
        String md = new MarkdownRenderer().render(worksheet().withFields(FIELDS));
        assertThat(md).contains("\n\n**Name:** Ada \\<Lovelace> · **Student id:** 1001 · **Variant:** 7KQ2MX\n\n*A worksheet");
        assertThat(md.indexOf("**Variant:**")).isLessThan(md.indexOf("## The problem"));
    }

    @Test
    void htmlMarksEachFieldWithItsKey() throws Exception {
        String html = new HtmlRenderer().render(worksheet().withFields(FIELDS));
        assertThat(html).contains("<span class=\"field-value\" data-field=\"variant\">7KQ2MX</span>")
                .contains("data-field=\"name\">Ada &lt;Lovelace&gt;</span>")
                .contains(".field-value.write-in");
    }

    @Test
    void anEmptyValueIsALineToWriteOn() throws Exception {
        Document named = worksheet().withFields(List.of(new Document.Field("name", "Name", "")));
        assertThat(new MarkdownRenderer().render(named)).contains("**Name:** ____");
        assertThat(new HtmlRenderer().render(named)).contains("class=\"field-value write-in\" data-field=\"name\"></span>");
        assertThat(new LatexRenderer().render(named)).contains("\\textbf{Name:} \\rule{5cm}{0.4pt}");
    }

    @Test
    void withoutFieldsNothingIsAdded() throws Exception {
        Document plain = worksheet();
        assertThat(new MarkdownRenderer().render(plain)).doesNotContain("**Variant:**");
        assertThat(new HtmlRenderer().render(plain)).doesNotContain("class=\"fields\"").doesNotContain(".field-value");
        assertThat(new LatexRenderer().render(plain)).doesNotContain("\\qquad");
        assertThat(plain.withFields(FIELDS).withoutFigures().fields()).isEqualTo(FIELDS);
    }
}
