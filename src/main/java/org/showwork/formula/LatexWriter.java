package org.showwork.formula;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;

/** LaTeX math (for Markdown's {@code $$…$$} and for LaTeX documents), e.g. {@code \hat{y}_{i} = \sigma(z_{i})}. */
public final class LatexWriter extends InfixWriter {

    @Override protected String number(BigDecimal value) {
        return value.toPlainString();
    }

    @Override protected String symbol(Symbol symbol, String sub) {
        String base = symbol.latex();
        return sub.isEmpty() ? base : base + "_{" + sub + "}";
    }

    @Override protected String operator(String op) {
        return switch (op) {
            case "−" -> " - ";
            case "·" -> " \\cdot ";
            case "≈" -> " \\approx ";
            case "⟺" -> " \\iff ";
            case "≤" -> " \\le ";
            case "≥" -> " \\ge ";
            case " " -> " ";
            default -> " " + op + " ";
        };
    }

    @Override protected String prefixMinus() {
        return "-";
    }

    @Override protected String row(List<String> parts) {
        return String.join("", parts);
    }

    @Override protected String parens(String inner) {
        return tall(inner) ? "\\left(" + inner + "\\right)" : "(" + inner + ")";
    }

    @Override protected String brackets(String inner) {
        return tall(inner) ? "\\left[" + inner + "\\right]" : "[" + inner + "]";
    }

    /** Only fractions and sums with limits need growing fences; \\left( elsewhere adds stray space. */
    private static boolean tall(String inner) {
        return inner.contains("\\frac") || inner.contains("\\sum");
    }

    @Override protected String fraction(String numerator, String denominator, boolean simple) {
        return "\\frac{" + numerator + "}{" + denominator + "}";
    }

    @Override protected String power(String base, String exponent) {
        return base + "^{" + exponent + "}";
    }

    @Override protected String call(Function function, String argument) {
        String name = function.latex();
        return name + parens(argument);
    }

    @Override protected String summation(String index, String from, String to, String body) {
        return "\\sum_{" + index + "=" + from + "}^{" + to + "} " + body;
    }

    @Override protected String partial(String of, String with) {
        return "\\frac{\\partial " + of + "}{\\partial " + with + "}";
    }

    @Override protected boolean fractionIsAtom() {
        return true;
    }

    @Override protected boolean juxtaposeSymbols() {
        return true;
    }
}
