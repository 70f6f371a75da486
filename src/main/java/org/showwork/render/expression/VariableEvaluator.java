package org.showwork.render.expression;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ognl.OgnlRuntime;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.util.StandardExpressionUtils;

/**
 * Evaluates Thymeleaf's {@code ${...}} expressions, for a {@code StandardDialect}, faster than OGNL
 * alone: each expression's text is parsed once into an {@link Expression} and its members are
 * found once per class, where OGNL looks every method up again on each evaluation (most of the time
 * a document took to render). Only the syntax {@link ExpressionParser} knows is taken this way;
 * every other expression ({@code #strings}, {@code *{...}}, indexing, projections, anything a
 * lecturer's template may use) and every case the fast way does not decide goes to Thymeleaf's
 * OGNL evaluator unchanged, which then gives the value, or the error, it always gave.
 */
public final class VariableEvaluator implements IStandardVariableExpressionEvaluator {

    static {
        // records' components read directly, not by OGNL's search for getters (see RecordPropertyAccessor)
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    /** Enough for every template a run may use; beyond it, texts are parsed on each use rather than kept. */
    private static final int KEPT = 10_000;
    private static final Object NOT_PARSED = new Object();

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Object> parsed = new ConcurrentHashMap<>();
    private final Set<String> leftToOgnl = ConcurrentHashMap.newKeySet();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        // *{...} reads the selected object, and OGNL's root is only a template's context: both left to OGNL
        Expression fast = text == null || expression.getUseSelectionAsRoot() || !(context instanceof ITemplateContext)
                ? null : parsed(text);
        if (fast != null) {
            try {
                Object result = fast.value((IContext) context);
                return expContext.getPerformTypeConversion()
                        ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result, String.class)
                        : result;
            } catch (RuntimeException e) {
                // Unsupported, or a failure that OGNL, evaluating the whole expression again, reports in
                // its own words. What a template can call computes text from values, so a call made twice
                // changes nothing, with one exception: HtmlWriter.id numbers an anchor it has seen, and
                // would number it twice in an expression that called it and then needed OGNL.
            }
        }
        if (text != null && leftToOgnl.size() < KEPT) {
            leftToOgnl.add(text);
        }
        return ognl.evaluate(context, expression, expContext);
    }

    /** The texts of the expressions this evaluator has left to OGNL, in no order (at most {@value #KEPT}). */
    public Set<String> leftToOgnl() {
        return Set.copyOf(leftToOgnl);
    }

    /** Whether {@code text} is in the syntax evaluated without OGNL (whatever its values turn out to be). */
    public static boolean parses(String text) {
        return parse(text) != null;
    }

    private Expression parsed(String text) {
        Object known = parsed.get(text);
        if (known == null) {
            Expression expression = parse(text);
            known = expression == null ? NOT_PARSED : expression;
            if (parsed.size() < KEPT) {
                parsed.put(text, known);
            }
        }
        return known == NOT_PARSED ? null : (Expression) known;
    }

    private static Expression parse(String text) {
        // what Thymeleaf's restricted contexts forbid (new, statics, request parameters) stays with OGNL, which refuses it
        return StandardExpressionUtils.containsOGNLInstantiationOrStaticOrParam(text) ? null : ExpressionParser.parse(text);
    }
}
