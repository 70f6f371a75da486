package org.showwork.render.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.showwork.render.expression.Expression.Call;
import org.showwork.render.expression.Expression.Conditional;
import org.showwork.render.expression.Expression.Literal;
import org.showwork.render.expression.Expression.Not;
import org.showwork.render.expression.Expression.Operation;
import org.showwork.render.expression.Expression.Operator;
import org.showwork.render.expression.Expression.Property;
import org.showwork.render.expression.Expression.Sum;
import org.showwork.render.expression.Expression.Variable;

/**
 * Parses the part of OGNL's syntax that templates mostly use: variables, property chains, method
 * calls whose arguments are such expressions or literals, {@code !}, {@code + -}, comparisons and
 * {@code ?:}, with OGNL's precedence. Anything else (OGNL's {@code #}, {@code @}, {@code [ ]},
 * {@code { }}, keywords such as {@code and} or {@code new}, escapes in strings, numbers other than
 * plain integers) is not parsed here, and such an expression is left to OGNL whole.
 */
final class ExpressionParser {

    /** OGNL's keywords: in OGNL these are operators, never names. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "instanceof", "new", "eq", "neq",
            "lt", "gt", "lte", "gte", "shl", "shr", "ushr", "band", "bor", "xor");
    private static final Map<String, Object> CONSTANTS = Map.of("true", Boolean.TRUE, "false", Boolean.FALSE);
    private static final Map<String, Operator> EQUALITY = Map.of("==", Operator.EQUAL, "!=", Operator.NOT_EQUAL);
    private static final Map<String, Operator> RELATIONAL = Map.of("<", Operator.LESS, ">", Operator.GREATER,
            "<=", Operator.LESS_EQUAL, ">=", Operator.GREATER_EQUAL);

    /** Thrown inside the parser where the text leaves the syntax it knows. */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private int at;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** The parsed expression, or null where the text is not in the syntax parsed here (or not OGNL at all). */
    static Expression parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        try {
            Expression expression = parser.conditional();
            parser.skipSpace();
            return parser.at == text.length() ? expression : null;
        } catch (Outside e) {
            return null;
        }
    }

    private Expression conditional() {
        Expression test = equality();
        if (!consume("?")) {
            return test;
        }
        Expression then = conditional();
        expect(":");
        return new Conditional(test, then, conditional());
    }

    private Expression equality() {
        Expression left = relational();
        for (String symbol = operator(EQUALITY.keySet()); symbol != null; symbol = operator(EQUALITY.keySet())) {
            left = new Operation(EQUALITY.get(symbol), left, relational());
        }
        return left;
    }

    private Expression relational() {
        Expression left = additive();
        for (String symbol = operator(RELATIONAL.keySet()); symbol != null; symbol = operator(RELATIONAL.keySet())) {
            left = new Operation(RELATIONAL.get(symbol), left, additive());
        }
        return left;
    }

    private Expression additive() {
        Expression left = unary();
        while (true) {
            if (consume("+")) {
                left = sum(left, unary());
            } else if (consume("-")) {
                left = new Operation(Operator.SUBTRACT, left, unary());
            } else {
                return left;
            }
        }
    }

    /** OGNL's {@code +} node takes in the terms of any sum among its operands (its {@code flattenTree}). */
    private static Expression sum(Expression left, Expression right) {
        List<Expression> terms = new ArrayList<>();
        for (Expression e : List.of(left, right)) {
            if (e instanceof Sum s) {
                terms.addAll(s.terms());
            } else {
                terms.add(e);
            }
        }
        return new Sum(List.copyOf(terms));
    }

    private Expression unary() {
        skipSpace();
        if (peek() == '!' && peek(1) != '=') {
            at++;
            return new Not(unary());
        }
        return chain(primary());
    }

    private Expression chain(Expression start) {
        Expression result = start;
        while (consume(".")) {
            String name = name();
            if (CONSTANTS.containsKey(name) || name.equals("null")) {
                throw new Outside();
            }
            if (consume("(")) {
                result = new Call(result, name, arguments());
            } else {
                result = new Property(result, name);
            }
        }
        return result;
    }

    private List<Expression> arguments() {
        List<Expression> arguments = new ArrayList<>();
        if (consume(")")) {
            return List.of();
        }
        do {
            arguments.add(conditional());
        } while (consume(","));
        expect(")");
        return List.copyOf(arguments);
    }

    private Expression primary() {
        skipSpace();
        char c = peek();
        if (c == '(') {
            at++;
            Expression inner = conditional();
            expect(")");
            return inner;
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c >= '0' && c <= '9') {
            return integer();
        }
        String name = name();
        if (CONSTANTS.containsKey(name)) {
            return new Literal(CONSTANTS.get(name));
        }
        if (name.equals("null")) {
            return new Literal(null);
        }
        skipSpace();
        // a call without a receiver is a method of OGNL's root; "param" is guarded by Thymeleaf's restrictions
        if (peek() == '(' || name.equals("param")) {
            throw new Outside();
        }
        return new Variable(name);
    }

    /** A quoted literal without escapes: OGNL makes {@code 'x'} of one character a Character. */
    private Expression string(char quote) {
        int end = text.indexOf(quote, at + 1);
        if (end < 0) {
            throw new Outside();
        }
        String content = text.substring(at + 1, end);
        if (content.indexOf('\\') >= 0) {
            throw new Outside();
        }
        at = end + 1;
        return new Literal(quote == '\'' && content.length() == 1 ? (Object) content.charAt(0) : content);
    }

    /** A decimal integer of at most nine digits without suffix (OGNL reads a leading 0 as octal). */
    private Expression integer() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        String digits = text.substring(start, at);
        char next = peek();
        if (digits.length() > 9 || (digits.length() > 1 && digits.charAt(0) == '0') || next == '.' || isNamePart(next)) {
            throw new Outside();
        }
        return new Literal(Integer.valueOf(digits));
    }

    /** A name of ASCII letters, digits, _ and $ that is not one of OGNL's keywords. */
    private String name() {
        skipSpace();
        int start = at;
        if (at < text.length() && isNamePart(text.charAt(at)) && !(text.charAt(at) >= '0' && text.charAt(at) <= '9')) {
            at++;
            while (at < text.length() && isNamePart(text.charAt(at))) {
                at++;
            }
        }
        String name = text.substring(start, at);
        if (name.isEmpty() || KEYWORDS.contains(name)) {
            throw new Outside();
        }
        return name;
    }

    private static boolean isNamePart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }

    /** The longest of {@code symbols} at this point, consumed; null if none is (a longer operator of OGNL's is refused). */
    private String operator(Set<String> symbols) {
        skipSpace();
        for (String symbol : List.of("<<", ">>", "===")) {
            if (text.startsWith(symbol, at)) {
                throw new Outside();
            }
        }
        String found = null;
        for (String symbol : symbols) {
            if (text.startsWith(symbol, at) && (found == null || symbol.length() > found.length())) {
                found = symbol;
            }
        }
        if (found != null) {
            at += found.length();
        }
        return found;
    }

    private boolean consume(String symbol) {
        skipSpace();
        if (text.startsWith(symbol, at)) {
            at += symbol.length();
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!consume(symbol)) {
            throw new Outside();
        }
    }

    private char peek() {
        return peek(0);
    }

    private char peek(int ahead) {
        return at + ahead < text.length() ? text.charAt(at + ahead) : '\0';
    }

    /** OGNL's white space. */
    private void skipSpace() {
        while (at < text.length() && " \t\f\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }
}
