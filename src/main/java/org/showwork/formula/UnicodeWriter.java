package org.showwork.formula;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;

/**
 * Plain Unicode text, readable in any editor or terminal: "2.197·1 − 6.593 = −4.396",
 * "σ(2.195) = 0.900", "∂J/∂w". Used for substitutions in Markdown tables and for inline symbols.
 */
public final class UnicodeWriter extends InfixWriter {

    private static final String SUBSCRIPT_FROM = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUBSCRIPT_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private static final String SUPERSCRIPT_FROM = "0123456789+-=()n";
    private static final String SUPERSCRIPT_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";

    /** The character a Unicode subscript stands for (ₖ → k), or 0 when it is none. */
    public static char unsubscript(char c) {
        int k = SUBSCRIPT_TO.indexOf(c);
        return k < 0 ? 0 : SUBSCRIPT_FROM.charAt(k);
    }

    /** The character a Unicode superscript stands for (⁶ → 6), or 0 when it is none. */
    public static char unsuperscript(char c) {
        int k = SUPERSCRIPT_TO.indexOf(c);
        return k < 0 ? 0 : SUPERSCRIPT_FROM.charAt(k);
    }

    /** Writes a number with a true minus sign. */
    public static String formatNumber(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.startsWith("-") ? "−" + plain.substring(1) : plain;
    }

    @Override protected String number(BigDecimal value) {
        return formatNumber(value);
    }

    @Override protected String symbol(Symbol symbol, String sub) {
        String base = symbol.plain();
        return sub.isEmpty() ? base : base + script(sub.replace(",", ""), SUBSCRIPT_FROM, SUBSCRIPT_TO, "_");
    }

    /** The text in sub- or superscript characters, or with {@code fallback} ("_", "^") where Unicode has none. */
    private static String script(String text, String from, String to, String fallback) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            int k = from.indexOf(c);
            if (k < 0) {
                return fallback + (text.length() == 1 ? text : "(" + text + ")");
            }
            s.append(to.charAt(k));
        }
        return s.toString();
    }

    @Override protected String operator(String op) {
        return op.equals("·") ? "·" : " " + op + " ";
    }

    @Override protected String prefixMinus() {
        return "−";
    }

    @Override protected String row(List<String> parts) {
        return String.join("", parts);
    }

    @Override protected String parens(String inner) {
        return "(" + inner + ")";
    }

    @Override protected String brackets(String inner) {
        return "[" + inner + "]";
    }

    @Override protected String fraction(String numerator, String denominator, boolean simple) {
        return numerator + "/" + denominator;
    }

    @Override protected String power(String base, String exponent) {
        String raised = script(exponent.replace("−", "-"), SUPERSCRIPT_FROM, SUPERSCRIPT_TO, "^");
        return base + (raised.startsWith("^") ? "^(" + exponent + ")" : raised);
    }

    @Override protected String call(Function function, String argument) {
        String name = function.plain();
        return name + "(" + argument + ")";
    }

    @Override protected String summation(String index, String from, String to, String body) {
        return "Σ" + script(index + "=" + from, SUBSCRIPT_FROM, SUBSCRIPT_TO, "_")
                + script(to, SUPERSCRIPT_FROM, SUPERSCRIPT_TO, "^") + " " + body;
    }

    @Override protected String partial(String of, String with) {
        return "∂" + of + "/∂" + with;
    }

    @Override protected boolean fractionIsAtom() {
        return false;
    }

    @Override protected boolean juxtaposeSymbols() {
        return false;
    }
}
