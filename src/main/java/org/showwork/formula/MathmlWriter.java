package org.showwork.formula;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;

/**
 * Presentation MathML (the MathML Core subset browsers render natively, and openhtmltopdf's
 * MathML support reads): the same trees as {@link LatexWriter}, for HTML and PDF handouts that
 * need no script and no network, and that screen readers can read.
 */
public final class MathmlWriter extends InfixWriter {

    /** A formula as a complete {@code <math>} element, displayed on its own line or inline. */
    public String math(Expr e, boolean display) {
        return "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"" + (display ? " display=\"block\"" : "") + ">"
                + write(e) + "</math>";
    }

    @Override protected String number(BigDecimal value) {
        String plain = value.toPlainString();
        // a negative number is one token, so that no renderer spaces its sign like a subtraction
        return "<mn>" + (plain.startsWith("-") ? "−" + plain.substring(1) : plain) + "</mn>";
    }

    @Override protected String symbol(Symbol symbol, String sub) {
        String base = switch (symbol) {
            case Y_HAT -> "<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>";
            case INFINITY -> "<mi mathvariant=\"normal\">∞</mi>";
            case DIRECTION -> "<mi mathvariant=\"normal\">Δ</mi>";
            default -> "<mi>" + escape(symbol.plain()) + "</mi>";
        };
        if (sub.isEmpty()) {
            return base;
        }
        return "<msub>" + base + "<mrow>" + subscript(sub) + "</mrow></msub>";
    }

    /** "i", "4", "i,j" or "i,1": letters as identifiers, digits as numbers, commas as separators. */
    private static String subscript(String sub) {
        StringBuilder s = new StringBuilder();
        for (String part : sub.split(",")) {
            if (s.length() > 0) {
                s.append("<mo separator=\"true\">,</mo>");
            }
            s.append(part.chars().allMatch(Character::isDigit) ? "<mn>" + part + "</mn>" : "<mi>" + escape(part) + "</mi>");
        }
        return s.toString();
    }

    @Override protected String operator(String op) {
        return switch (op) {
            case " " -> "<mo>&#x2062;</mo>"; // invisible times, so that w x reads as a product
            case "·" -> "<mo>·</mo>";
            case ":=" -> "<mo>≔</mo>";
            case "≤" -> "<mo>≤</mo>";
            case "≥" -> "<mo>≥</mo>";
            default -> "<mo>" + escape(op) + "</mo>";
        };
    }

    @Override protected String prefixMinus() {
        return "<mo form=\"prefix\">−</mo>";
    }

    @Override protected String row(List<String> parts) {
        return "<mrow>" + String.join("", parts) + "</mrow>";
    }

    @Override protected String parens(String inner) {
        return fence("(", inner, ")");
    }

    @Override protected String brackets(String inner) {
        return fence("[", inner, "]");
    }

    /** Fences grow only around something tall (a fraction, a sum with limits); around ŷ they would tower. */
    private static String fence(String open, String inner, String close) {
        boolean tall = inner.contains("<mfrac>") || inner.contains("<munderover>");
        String stretch = tall ? "" : " stretchy=\"false\"";
        return "<mrow><mo" + stretch + ">" + open + "</mo>" + inner + "<mo" + stretch + ">" + close + "</mo></mrow>";
    }

    @Override protected String fraction(String numerator, String denominator, boolean simple) {
        return "<mfrac>" + numerator + denominator + "</mfrac>";
    }

    @Override protected String power(String base, String exponent) {
        return "<msup>" + base + exponent + "</msup>";
    }

    @Override protected String call(Function function, String argument) {
        String name = "<mi>" + escape(function.plain()) + "</mi>";
        return "<mrow>" + name + "<mo>&#x2061;</mo>" + fence("(", argument, ")") + "</mrow>";
    }

    @Override protected String summation(String index, String from, String to, String body) {
        return "<mrow><munderover><mo>∑</mo><mrow><mi>" + escape(index) + "</mi><mo>=</mo>" + from + "</mrow>" + to
                + "</munderover>" + body + "</mrow>";
    }

    @Override protected String partial(String of, String with) {
        return "<mfrac><mrow><mo>∂</mo>" + of + "</mrow><mrow><mo>∂</mo>" + with + "</mrow></mfrac>";
    }

    @Override protected boolean fractionIsAtom() {
        return true;
    }

    @Override protected boolean juxtaposeSymbols() {
        return true;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
