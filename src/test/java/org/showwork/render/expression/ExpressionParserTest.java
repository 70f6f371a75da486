package org.showwork.render.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showwork.render.expression.Expression.Call;
import org.showwork.render.expression.Expression.Literal;
import org.showwork.render.expression.Expression.Property;
import org.showwork.render.expression.Expression.Sum;
import org.showwork.render.expression.Expression.Variable;

/** Which texts are parsed for the evaluation without OGNL, and into what. */
class ExpressionParserTest {

    @Test
    void everyExpressionOfEveryBuiltInTemplateIsParsed() {
        List<BuiltInExpressions.Found> found = BuiltInExpressions.in("html", "md", "tex", "web");
        // the extraction itself works: our templates hold dozens of expressions
        assertThat(found).hasSizeGreaterThan(100);
        assertThat(found.stream().filter(f -> ExpressionParser.parse(f.text()) == null))
                .as("expressions of our templates that would go to OGNL: extend ExpressionParser, or write them otherwise")
                .isEmpty();
    }

    @Test
    void readsChainsCallsAndLiteralsAsOgnlDoes() {
        assertThat(ExpressionParser.parse(" w.cells( block , row ) ")).isEqualTo(new Call(new Variable("w"), "cells",
                List.of(new Variable("block"), new Variable("row"))));
        assertThat(ExpressionParser.parse("document.fields.isEmpty()")).isEqualTo(new Call(
                new Property(new Variable("document"), "fields"), "isEmpty", List.of()));
        // OGNL: one character in single quotes is a Character, in double quotes a String
        assertThat(ExpressionParser.parse("'x'")).isEqualTo(new Literal('x'));
        assertThat(ExpressionParser.parse("\"x\"")).isEqualTo(new Literal("x"));
        assertThat(ExpressionParser.parse("'xy'")).isEqualTo(new Literal("xy"));
        assertThat(ExpressionParser.parse("404")).isEqualTo(new Literal(404));
    }

    @Test
    void flattensSumsAsOgnlDoesEvenInBrackets() {
        // OGNL's ASTAdd takes in a sum among its operands, so 'xy' + (1 + 2) is "xy12" there
        assertThat(ExpressionParser.parse("'xy' + (a + b)")).isEqualTo(new Sum(List.of(new Literal("xy"),
                new Variable("a"), new Variable("b"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#strings.toUpperCase(a)", "@java.lang.Math@max(1, 2)", "new java.util.Date()", "a[0]",
        "a.{b}", "a.{? b}", "{1, 2}", "a and b", "a or b", "not a", "a eq b", "a && b", "a || b", "a = 1", "a, b",
        "a * 2", "a / 2", "-a", "~a", "a << 1", "a >> 1", "1.5", "010", "0x10", "1L", "'it\\'s'", "`c`", "a.true",
        "foo(1)", "param.x", "a instanceof b", "a in b", "#this", "a ?: b", "a.(b)", "a.b(", "", "   "})
    void leavesEverythingElseToOgnl(String text) {
        assertThat(ExpressionParser.parse(text)).isNull();
    }
}
