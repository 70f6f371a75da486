package org.showwork.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.showwork.render.expression.TemplateDialect;
import org.showwork.render.expression.VariableEvaluator;
import org.showwork.render.view.Document;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders a document through Thymeleaf templates in text mode: one template for the document and
 * one per kind of block, found first in a lecturer's own folder (when given) and then among ours
 * under {@code templates/} on the classpath, so any of them can be overridden by name.
 */
public final class TemplateRendering {

    private final TemplateEngine engine;
    /** The lecturer's folder of templates, or null. */
    private final Path folder;
    private final IStandardVariableExpressionEvaluator expressions;

    private TemplateRendering(TemplateEngine engine, Path folder, IStandardVariableExpressionEvaluator expressions) {
        this.engine = engine;
        this.folder = folder;
        this.expressions = expressions;
    }

    /** Ours alone; one engine for the whole run, so that templates are parsed once and cached. */
    private static final TemplateRendering BUILT_IN = withOverrides(null);

    /** Our templates only. */
    public static TemplateRendering builtIn() {
        return BUILT_IN;
    }

    /** A lecturer's templates in {@code folder} (same names as ours) before ours. */
    public static TemplateRendering withOverrides(Path folder) {
        return withOverrides(folder, new VariableEvaluator());
    }

    /** As {@link #withOverrides(Path)}, with {@code expressions} evaluating the templates' {@code ${...}}. */
    static TemplateRendering withOverrides(Path folder, IStandardVariableExpressionEvaluator expressions) {
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(new TemplateDialect(expressions));
        int order = 1;
        // markup templates are parsed as HTML (natural templates a lecturer can open in a browser);
        // Markdown, LaTeX and CSS templates as text
        for (TemplateMode mode : List.of(TemplateMode.HTML, TemplateMode.CSS, TemplateMode.TEXT)) {
            if (folder != null) {
                FileTemplateResolver own = new FileTemplateResolver();
                own.setPrefix(folder.toAbsolutePath() + "/");
                configure(own, mode, order++);
                own.setCheckExistence(true);
                engine.addTemplateResolver(own);
            }
        }
        for (TemplateMode mode : List.of(TemplateMode.HTML, TemplateMode.CSS, TemplateMode.TEXT)) {
            ClassLoaderTemplateResolver ours = new ClassLoaderTemplateResolver(TemplateRendering.class.getClassLoader());
            ours.setPrefix("templates/");
            configure(ours, mode, order++);
            engine.addTemplateResolver(ours);
        }
        return new TemplateRendering(engine, folder, expressions);
    }

    /** What evaluates the templates' {@code ${...}} (for tests that check which expressions took OGNL). */
    IStandardVariableExpressionEvaluator expressions() {
        return expressions;
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, TemplateMode mode, int order) {
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        switch (mode) {
            case HTML -> resolver.setResolvablePatterns(Set.of("*.html"));
            case CSS -> resolver.setResolvablePatterns(Set.of("*.css"));
            default -> { }
        }
    }

    /**
     * Renders {@code template} with the document as {@code document} and the format's writer as {@code w}.
     *
     * @throws TemplateError when a lecturer's template cannot be processed (an error in ours alone is a bug, and
     *                       keeps Thymeleaf's exception)
     */
    public String render(String template, Document document, Object writer) {
        Context context = new Context(Locale.ROOT, Map.of("document", document, "w", writer));
        try {
            return engine.process(template, context);
        } catch (TemplateProcessingException e) {
            if (folder == null) {
                throw e;
            }
            throw TemplateError.of(folder, e);
        }
    }
}
