package org.showwork.render.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The evaluation without OGNL gives what OGNL gives, value and type, or fails where OGNL fails with
 * the same error: expressions of every form it parses, on values of many types (numbers of
 * several kinds, strings, characters, booleans, null, records, beans, overloads, arguments OGNL
 * would convert), each evaluated through a real Thymeleaf engine once with {@link VariableEvaluator}
 * and once with Thymeleaf's OGNL evaluator alone.
 */
class OgnlAgreementPropertiesTest {

    /** A record with more than components: a getter, an is-getter, a method named as a property, overloads. */
    public record Sample(int x, String name) {
        public int getY() {
            return x + 1;
        }

        public boolean isZ() {
            return x > 0;
        }

        public String kind() {
            return "sample";
        }

        public String pick(Object a, Object b) {
            return a + "/" + b;
        }

        public int half(int n) {
            return n / 2;
        }

        public String over(String s) {
            return "string " + s;
        }

        public String over(Integer i) {
            return "integer " + i;
        }

        public String fails() {
            throw new IllegalStateException("no");
        }
    }

    private static final List<String> SHAPES = List.of("a", "a == b", "a != b", "a < b", "a > b", "a <= b", "a >= b",
            "a + b", "a - b", "!a", "!!b", "a ? b : 'no'", "a == b ? 'same' : a > b ? 'more' : 'less'", "'x' + (a + b)",
            "a + b + 'c'", "a + 'c' + b", "(a + b) - 1", "a == null", "a.toString()", "a.equals(b)", "b.length()",
            "a.compareTo(b)", "s.x", "s.y", "s.z", "s.kind", "s.name.length()", "s.pick(a, b)", "s.half(a)",
            "s.over(a)", "s.fails()", "s.missing", "s.getClass()", "s.getClass().getName()", "list.size()", "list.isEmpty()",
            "map.size()", "map.k", "map.get('k')", "nothing.x", "nothing.x()", "s.pick(s.x, s.name + a)", "!s.z ? a : b",
            "a.class", "'' + a", "\"q\" + b");

    private static final List<Object> VALUES = Arrays.asList(null, 0, 1, -2, 7, 2L, 3.5, -0.0, new BigDecimal("2.50"),
            true, false, "", "1", "abc", 'x', 'k', new Sample(3, "three"));

    private final Engines engines = new Engines();

    @Provide
    Arbitrary<String> shapes() {
        return Arbitraries.of(SHAPES);
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.of(VALUES);
    }

    @Property(tries = 1500)
    void fastEvaluationAgreesWithOgnl(@ForAll("shapes") String shape, @ForAll("values") Object a,
            @ForAll("values") Object b) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("a", a);
        variables.put("b", b);
        variables.put("s", new Sample(a instanceof Integer i ? i : 4, String.valueOf(b)));
        variables.put("list", Arrays.asList(a, b));
        variables.put("map", Map.of("k", String.valueOf(a)));
        variables.put("nothing", null);
        Outcome fast = engines.fast.outcome(shape, variables);
        Outcome ognl = engines.ognl.outcome(shape, variables);
        assertThat(fast).as("%s with a = %s, b = %s", shape, a, b).isEqualTo(ognl);
    }

    @Example
    void theFastWayIsTakenWhereNothingNeedsOgnl() {
        Map<String, Object> variables = Map.of("a", 1, "b", 2, "s", new Sample(3, "three"), "list", List.of(1),
                "map", Map.of("k", "v"));
        List<String> fast = List.of("a", "a == b", "a != b", "a < b", "a >= b", "a + b", "a - b", "!a", "!!b",
                "a ? b : 'no'", "'x' + (a + b)", "a + 'c' + b", "a == null", "a.toString()", "a.equals(b)", "a.class",
                "s.x", "s.y", "s.z", "s.kind", "s.name.length()", "s.pick(a, b)", "s.half(a)", "s.getClass()",
                "list.size()", "list.isEmpty()", "map.size()", "map.get('k')", "s.pick(s.x, s.name + a)");
        // a field or a key read as a property, overloads, bridges (compareTo), Class, null receivers, failures
        List<String> needOgnl = List.of("s.over(a)", "s.fails()", "s.missing", "s.getClass().getName()", "map.k",
                "nothing.x", "nothing.x()", "a.compareTo(b)", "b.length()");
        for (String shape : fast) {
            assertThat(takesOgnl(shape, variables)).as(shape).isFalse();
        }
        for (String shape : needOgnl) {
            assertThat(takesOgnl(shape, variables)).as(shape).isTrue();
        }
    }

    private static boolean takesOgnl(String shape, Map<String, Object> variables) {
        VariableEvaluator evaluator = new VariableEvaluator();
        new Engine(evaluator).outcome(shape, variables);
        return evaluator.leftToOgnl().contains(shape);
    }

    /** The value and its type an expression gave, or the error its rendering failed with. */
    record Outcome(Object value, Class<?> type, String error) {}

    private static final class Engines {
        final Engine fast = new Engine(new VariableEvaluator());
        final Engine ognl = new Engine(new OGNLVariableExpressionEvaluator(true));
    }

    /** An engine rendering {@code [(${expression})]} as text, which keeps the value its evaluator returned. */
    private static final class Engine {
        final IStandardVariableExpressionEvaluator evaluator;
        final TemplateEngine engine = new TemplateEngine();
        final List<Object> values = new ArrayList<>();

        Engine(IStandardVariableExpressionEvaluator evaluator) {
            this.evaluator = evaluator;
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new IStandardVariableExpressionEvaluator() {
                @Override
                public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                        StandardExpressionExecutionContext expContext) {
                    Object value = evaluator.evaluate(context, expression, expContext);
                    values.add(value);
                    return value;
                }
            });
            engine.setDialect(dialect);
            StringTemplateResolver resolver = new StringTemplateResolver();
            resolver.setTemplateMode(TemplateMode.TEXT);
            engine.setTemplateResolver(resolver);
        }

        Outcome outcome(String expression, Map<String, Object> variables) {
            values.clear();
            Context context = new Context(Locale.ROOT);
            variables.forEach(context::setVariable);
            try {
                engine.process("[(${" + expression + "})]", context);
                Object value = values.get(0);
                return new Outcome(value, value == null ? null : value.getClass(), null);
            } catch (RuntimeException e) {
                return new Outcome(null, null, e.getClass().getName() + ": " + e.getMessage()
                        + (e.getCause() == null ? "" : " / " + Objects.toString(e.getCause().getMessage())));
            }
        }
    }
}
