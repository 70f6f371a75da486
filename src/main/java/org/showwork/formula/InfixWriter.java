package org.showwork.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;

/**
 * Writes a formula tree in one notation. The decisions every notation shares live here: where
 * parentheses are needed, and that a negative term is written "a − 0.3·x" rather than
 * "a + (−0.3)·x". Subclasses only say how a number, a symbol, an operator or a fraction is spelt.
 */
public abstract class InfixWriter {

    private static final int CHAIN = 0;
    private static final int SUM = 1;
    private static final int SIGNED = 2;
    private static final int PRODUCT = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    public final String write(Expr e) {
        return write(e, CHAIN);
    }

    protected abstract String number(BigDecimal value);

    protected abstract String symbol(Symbol symbol, String sub);

    /** An infix operator among {@code + − · = := ≈ ⟺}, with the spacing the notation wants. */
    protected abstract String operator(String op);

    /** A prefix minus. */
    protected abstract String prefixMinus();

    /** Juxtaposes the parts (a MathML row, plain concatenation elsewhere). */
    protected abstract String row(List<String> parts);

    protected abstract String parens(String inner);

    protected abstract String brackets(String inner);

    protected abstract String fraction(String numerator, String denominator, boolean simple);

    protected abstract String power(String base, String exponent);

    protected abstract String call(Function function, String argument);

    protected abstract String summation(String index, String from, String to, String body);

    protected abstract String partial(String of, String with);

    /** Whether a fraction in this notation is a self-contained block (LaTeX, MathML) or a slash (plain text). */
    protected abstract boolean fractionIsAtom();

    /** Whether two symbolic factors are written side by side (w x) rather than with a dot. */
    protected abstract boolean juxtaposeSymbols();

    private String write(Expr e, int context) {
        String body = body(e);
        return precedence(e) < context ? parens(body) : body;
    }

    private int precedence(Expr e) {
        if (e instanceof Expr.Chain) {
            return CHAIN;
        }
        if (e instanceof Expr.Sum || e instanceof Expr.Difference) {
            return SUM;
        }
        if (e instanceof Expr.Negation || e instanceof Expr.Lit lit && lit.value().signum() < 0) {
            return SIGNED;
        }
        if (e instanceof Expr.Product || e instanceof Expr.Summation) {
            return leadingNegative(e) ? SIGNED : PRODUCT;
        }
        if (e instanceof Expr.Fraction) {
            return fractionIsAtom() ? ATOM : PRODUCT;
        }
        if (e instanceof Expr.Power) {
            return POWER;
        }
        return ATOM;
    }

    private String body(Expr e) {
        if (e instanceof Expr.Lit lit) {
            return number(lit.value());
        }
        if (e instanceof Expr.Sym sym) {
            return symbol(sym.symbol(), sym.sub());
        }
        if (e instanceof Expr.Call c) {
            return call(c.function(), write(c.argument(), CHAIN));
        }
        if (e instanceof Expr.Summation s) {
            return summation(s.index(), write(s.from(), CHAIN), write(s.to(), CHAIN), write(s.body(), PRODUCT));
        }
        if (e instanceof Expr.Partial p) {
            return partial(write(p.of(), ATOM), write(p.with(), ATOM));
        }
        if (e instanceof Expr.Brackets b) {
            return brackets(write(b.inner(), CHAIN));
        }
        if (e instanceof Expr.Chain c) {
            return writeChain(c);
        }
        return operation(e);
    }

    /** An arithmetic operation: the nodes whose operands may need parentheses by precedence. */
    private String operation(Expr e) {
        if (e instanceof Expr.Sum sum) {
            return writeSum(sum);
        }
        if (e instanceof Expr.Difference diff) {
            return row(List.of(write(diff.left(), SUM), operator("−"), write(diff.right(), PRODUCT)));
        }
        if (e instanceof Expr.Negation neg) {
            return row(List.of(prefixMinus(), write(neg.operand(), PRODUCT)));
        }
        if (e instanceof Expr.Product product) {
            return writeProduct(product);
        }
        if (e instanceof Expr.Fraction f) {
            return writeFraction(f);
        }
        if (e instanceof Expr.Power p) {
            return power(write(p.base(), ATOM), write(p.exponent(), CHAIN));
        }
        throw new IllegalArgumentException("unknown formula node " + e);
    }

    /** The terms joined by + or, for a term that starts with a minus, by − and the term without it. */
    private String writeSum(Expr.Sum sum) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < sum.terms().size(); k++) {
            Expr term = sum.terms().get(k);
            if (k == 0) {
                parts.add(write(term, SUM));
            } else if (leadingNegative(term)) {
                parts.add(operator("−"));
                parts.add(write(withoutLeadingMinus(term), SIGNED));
            } else {
                parts.add(operator("+"));
                parts.add(write(term, SIGNED));
            }
        }
        return row(parts);
    }

    /** The factors joined by a dot, or side by side where two symbols meet and the notation allows it. */
    private String writeProduct(Expr.Product product) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < product.factors().size(); k++) {
            Expr factor = product.factors().get(k);
            if (k > 0) {
                Expr before = product.factors().get(k - 1);
                boolean symbolic = !(before instanceof Expr.Lit) && !(factor instanceof Expr.Lit);
                parts.add(symbolic && juxtaposeSymbols() ? operator(" ") : operator("·"));
            }
            // a sum sign as the last factor reaches to the end anyway: 1/n Σ Lᵢ needs no parentheses
            boolean lastSummation = k == product.factors().size() - 1 && factor instanceof Expr.Summation;
            parts.add(write(factor, k == 0 ? SIGNED : lastSummation ? PRODUCT : POWER));
        }
        return row(parts);
    }

    private String writeFraction(Expr.Fraction f) {
        // a fraction drawn as a block holds its parts apart; a slash binds as tightly as a power
        int inner = fractionIsAtom() ? CHAIN : POWER;
        boolean simple = f.numerator() instanceof Expr.Lit && f.denominator() instanceof Expr.Lit;
        return fraction(write(f.numerator(), inner), write(f.denominator(), inner), simple);
    }

    /** The sides joined by their relations (=, ≈, ≤, ⟺ …). */
    private String writeChain(Expr.Chain c) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < c.sides().size(); k++) {
            if (k > 0) {
                parts.add(operator(relation(c.relations().get(k - 1))));
            }
            // "a = b ⟺ c = d" needs no parentheses: ⟺ binds last
            boolean equivalence = c.relations().contains(Relation.IFF);
            parts.add(write(c.sides().get(k), equivalence ? CHAIN : SUM));
        }
        return row(parts);
    }

    private static String relation(Relation r) {
        return switch (r) {
            case EQUALS -> "=";
            case ASSIGN -> ":=";
            case APPROX -> "≈";
            case IFF -> "⟺";
            case LEQ -> "≤";
            case GEQ -> "≥";
        };
    }

    /** Whether the term starts with a minus sign when written: a negative number, a negation, or a product of such. */
    static boolean leadingNegative(Expr e) {
        if (e instanceof Expr.Lit lit) {
            return lit.value().signum() < 0;
        }
        if (e instanceof Expr.Negation) {
            return true;
        }
        if (e instanceof Expr.Product p) {
            return leadingNegative(p.factors().get(0));
        }
        return false;
    }

    /** The same term without its leading minus, so that "+ (−a)" can be written "− a". */
    static Expr withoutLeadingMinus(Expr e) {
        if (e instanceof Expr.Lit lit) {
            return new Expr.Lit(lit.value().negate());
        }
        if (e instanceof Expr.Negation n) {
            return n.operand();
        }
        if (e instanceof Expr.Product p) {
            List<Expr> factors = new ArrayList<>(p.factors());
            factors.set(0, withoutLeadingMinus(factors.get(0)));
            return new Expr.Product(factors);
        }
        throw new IllegalArgumentException("no leading minus in " + e);
    }
}
