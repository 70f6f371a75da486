package org.showwork.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;
import org.showwork.render.expression.BuiltInExpressions;
import org.showwork.render.expression.VariableEvaluator;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.latex.LatexRenderer;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.markdown.MarkdownWriter;
import org.showwork.render.view.Block;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Our templates' expressions all take the evaluation without OGNL, and the documents come out as
 * OGNL alone makes them: every worked example, as derivation, worksheet and key with name fields, in
 * every template format, rendered once with the built-in evaluator and once with Thymeleaf's OGNL
 * evaluator. A lecturer's template using what only OGNL evaluates still renders.
 */
class TemplateExpressionsTest {

    private static final List<Document> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void documents() throws Exception {
        List<Document.Field> fields = List.of(new Document.Field("name", "Name", ""),
                new Document.Field("variant", "Variant", "7 <b>&</b>"));
        try (Stream<Path> files = Files.list(Path.of("worked-examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (file.getFileName().toString().equals("class-template.yaml")) {
                    continue; // a template for variants, not a problem
                }
                Trace trace = Tracer.trace(ProblemReader.read(file));
                DOCUMENTS.add(DerivationView.of(trace));
                DOCUMENTS.add(DerivationView.of(trace).withFields(fields));
                DOCUMENTS.add(DerivationView.worksheet(trace, id -> true).withFields(fields));
            }
        }
    }

    @Test
    void documentsComeOutAsWithOgnlAloneAndNoExpressionOfOursTakesOgnl() {
        VariableEvaluator fast = new VariableEvaluator();
        Recording recording = new Recording(fast);
        TemplateRendering ours = TemplateRendering.withOverrides(null, recording);
        TemplateRendering ognl = TemplateRendering.withOverrides(null, new OGNLVariableExpressionEvaluator(true));
        for (Document document : DOCUMENTS) {
            assertThat(renderings(ours, document)).isEqualTo(renderings(ognl, document));
        }
        assertThat(fast.leftToOgnl()).as("expressions that went to OGNL").isEmpty();
        // every expression of the document templates was evaluated, so the comparison above covers them all
        Set<String> documentExpressions = Set.copyOf(BuiltInExpressions.in("html", "md", "tex").stream()
                .map(BuiltInExpressions.Found::text).toList());
        assertThat(recording.texts).containsAll(documentExpressions);
    }

    @Test
    void theBuiltInRenderingLeavesNothingToOgnl() {
        for (Document document : DOCUMENTS.subList(0, 3)) {
            renderings(TemplateRendering.builtIn(), document);
        }
        assertThat(((VariableEvaluator) TemplateRendering.builtIn().expressions()).leftToOgnl()).isEmpty();
    }

    @Test
    void aLecturersTemplateMayUseWhatOnlyOgnlEvaluates(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("md"));
        Files.createDirectories(folder.resolve("html"));
        // utility objects, indexing, a projection, an operator keyword, selection on th:object
        Files.writeString(folder.resolve("md/paragraph.md"), "[(${#strings.toUpperCase(w.inline(block.text))})] "
                + "[(${document.blocks[0].kind})] [(${document.blocks.{kind}.size() > 0})] [(${1 lt 2 and 2 gt 1 ? 3 : 4})]");
        Files.writeString(folder.resolve("html/paragraph.html"), "<p th:object=\"${block}\" th:utext=\"*{text.size()}\">n</p>");
        TemplateRendering rendering = TemplateRendering.withOverrides(folder);
        Document document = DOCUMENTS.get(0);
        String md = new MarkdownRenderer(rendering).render(document);
        String html = new HtmlRenderer(rendering).render(document);

        Block.Paragraph paragraph = document.blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(Block.Paragraph.class::cast).findFirst().orElseThrow();
        assertThat(md).contains(new MarkdownWriter(null).inline(paragraph.text()).toUpperCase(Locale.ROOT) + " "
                + document.blocks().get(0).kind() + " true 3");
        assertThat(html).contains("<p>" + paragraph.text().size() + "</p>");
        assertThat(((VariableEvaluator) rendering.expressions()).leftToOgnl()).contains(
                "#strings.toUpperCase(w.inline(block.text))", "document.blocks[0].kind", "text.size()");
    }

    @Test
    void thymeleafsRestrictionsStay(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("md"));
        Files.writeString(folder.resolve("md/paragraph.md"), "[(${@java.lang.Math@max(2, 3)})]");
        MarkdownRenderer renderer = new MarkdownRenderer(TemplateRendering.withOverrides(folder));
        assertThatThrownBy(() -> renderer.render(DOCUMENTS.get(0))).isInstanceOf(TemplateError.class)
                .hasMessageContaining("paragraph.md").hasMessageContaining("forbidden");
        // and what Thymeleaf refuses to call on a class of the JDK's (only getName, on a Class)
        Files.writeString(folder.resolve("md/paragraph.md"), "[(${block.getClass().getClassLoader()})]");
        MarkdownRenderer again = new MarkdownRenderer(TemplateRendering.withOverrides(folder));
        assertThatThrownBy(() -> again.render(DOCUMENTS.get(0))).isInstanceOf(TemplateError.class)
                .hasMessageContaining("forbidden");
    }

    private static List<String> renderings(TemplateRendering rendering, Document document) {
        MarkdownRenderer.WithFigures md = new MarkdownRenderer(rendering).render(document, "figure");
        return List.of(md.text(), new MarkdownRenderer(rendering).render(document),
                new HtmlRenderer(rendering).render(document), new HtmlRenderer(rendering, true).render(document),
                new LatexRenderer(rendering).render(document),
                rendering.render("web/blocks.html", document, new HtmlWriter()));
    }

    /** Notes the text of every expression it is asked to evaluate, and passes it on. */
    private static final class Recording implements IStandardVariableExpressionEvaluator {
        final IStandardVariableExpressionEvaluator evaluator;
        final Set<String> texts = ConcurrentHashMap.newKeySet();

        Recording(IStandardVariableExpressionEvaluator evaluator) {
            this.evaluator = evaluator;
        }

        @Override
        public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                StandardExpressionExecutionContext expContext) {
            texts.add(expression.getExpression());
            return evaluator.evaluate(context, expression, expContext);
        }
    }
}
