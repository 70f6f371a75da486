package org.showwork.render.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * {@link TemplateDialect} escapes as Thymeleaf's own processors do: its escape agrees with
 * unbescape's {@code escapeHtml4Xml} on any text, and a template using every processor it replaces
 * (and one it keeps) renders the same, byte for byte, as with Thymeleaf's standard dialect.
 */
class TemplateDialectTest {

    private static final String TEMPLATE = """
            <html><head><meta name="x" th:content="${v}" content="old"><title th:text="${v}">t</title></head>
            <body><p id="a" th:id="${v}" th:style="${v}" th:class="${v}" th:classappend="${v}" th:title="${v}">x</p>
            <p class="kept" th:classappend="${v}" th:name="${v}" th:style="${empty}">y</p>
            <p th:classappend="${empty}" th:id="${nothing}" th:text="${nothing}">z</p>
            <a th:href="${v}" th:value="${v}">w</a><span th:utext="${v}">u</span></body></html>""";

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("&<>\"'a b=;#\u00e9\u03c3\u2212\u00a0").withCharRange('\u0000', '\u00ff')
                .ofMaxLength(40);
    }

    @Property(tries = 2000)
    void escapesAsUnbescape(@ForAll("texts") String text) {
        assertThat(HtmlEscaping.thymeleaf(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }

    @Property(tries = 200)
    void rendersAsTheStandardDialect(@ForAll("texts") String text) {
        assertThat(render(new TemplateDialect(new VariableEvaluator()), text))
                .isEqualTo(render(new StandardDialect(), text));
    }

    @Example
    void unchangedTextIsTheSameString() {
        String text = "nothing to escape: σ(z) − 1";
        assertThat(HtmlEscaping.thymeleaf(text)).isSameAs(text);
    }

    @Example
    void markupIsEscapedInTextAndAttributes() {
        String html = render(new TemplateDialect(new VariableEvaluator()), "<b title=\"it's\">&</b>");
        assertThat(html).contains("<title>&lt;b title=&quot;it&#39;s&quot;&gt;&amp;&lt;/b&gt;</title>")
                .contains("style=\"&lt;b title=&quot;it&#39;s&quot;&gt;&amp;&lt;/b&gt;\"")
                .contains("class=\"kept &lt;b");
    }

    private static String render(IDialect dialect, String value) {
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariables(Map.of("v", value, "empty", ""));
        return engine.process(TEMPLATE, context);
    }
}
