package org.showwork.web;

import java.util.Locale;
import java.util.Map;
import org.showwork.render.expression.TemplateDialect;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The app's pages: Thymeleaf templates under {@code templates/web}, like the documents' templates,
 * parsed once and cached. Templates escape what they show ({@code th:text}); the only markup put in
 * unescaped is what our own writers made (a sheet, a derivation, a report), which escape as they write.
 */
public final class Pages {

    private final TemplateEngine engine = new TemplateEngine();

    public Pages() {
        // the documents' dialect: their evaluator of ${...} (OGNL only for what it does not evaluate itself)
        engine.setDialect(new TemplateDialect());
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("templates/web/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new RootLinks());
    }

    /** Links such as {@code @{/practice/{name}(name=…)}} from the server's root, their variables URL-encoded. */
    private static final class RootLinks extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
        }
    }

    /** The page {@code name} with the model's values. */
    public String render(String name, Map<String, ?> model) {
        Context context = new Context(Locale.ROOT);
        model.forEach(context::setVariable);
        return engine.process(name, context);
    }
}
