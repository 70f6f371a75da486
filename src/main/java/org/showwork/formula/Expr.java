package org.showwork.formula;

import java.math.BigDecimal;
import java.util.List;

/**
 * A formula as a tree, written out by {@link LatexWriter}, {@link UnicodeWriter} (plain text such
 * as "2.197·1 − 6.593") and the MathML writer. The same tree with numbers in place of symbols is
 * the substitution a worked example shows, so the formula and its numbers can never disagree in
 * shape.
 */
public sealed interface Expr {

    /** A symbol with an optional subscript: {@code w} with {@code j}, {@code ŷ} with {@code i}. */
    record Sym(Symbol symbol, String sub) implements Expr {
        public Sym {
            sub = sub == null ? "" : sub;
        }
    }

    /** A number as it is shown (its scale is the number of places written). */
    record Lit(BigDecimal value) implements Expr {}

    /** Terms added; a term that is negative is written with a minus instead of "+ (−…)". */
    record Sum(List<Expr> terms) implements Expr {
        public Sum {
            terms = List.copyOf(terms);
        }
    }

    record Difference(Expr left, Expr right) implements Expr {}

    record Negation(Expr operand) implements Expr {}

    record Product(List<Expr> factors) implements Expr {
        public Product {
            factors = List.copyOf(factors);
        }
    }

    record Fraction(Expr numerator, Expr denominator) implements Expr {}

    /** A named function applied to an argument: σ(z), ln(ŷ), exp. */
    record Call(Function function, Expr argument) implements Expr {}

    record Power(Expr base, Expr exponent) implements Expr {}

    /** Σ over {@code index} from {@code from} to {@code to} of {@code body}. */
    record Summation(String index, Expr from, Expr to, Expr body) implements Expr {}

    /** ∂{@code of}/∂{@code with}. */
    record Partial(Expr of, Expr with) implements Expr {}

    /** Square brackets, as in the loss −[y ln ŷ + (1 − y) ln(1 − ŷ)]. */
    record Brackets(Expr inner) implements Expr {}

    /** A chain such as {@code a = b = c} or {@code w := w − α·g}; {@code relations} has one fewer entry than {@code sides}. */
    record Chain(List<Expr> sides, List<Relation> relations) implements Expr {
        public Chain {
            sides = List.copyOf(sides);
            relations = List.copyOf(relations);
            if (relations.size() != sides.size() - 1) {
                throw new IllegalArgumentException("a chain of n sides has n − 1 relations");
            }
        }
    }

    /**
     * The symbols of logistic regression, each with its plain (Unicode) and LaTeX spelling; the
     * MathML writer builds on the plain one. The fit adds C (the inverse penalty strength), s (a
     * sample weight), y′ = 2y − 1, the objective F, its gradient g and Hessian H, Newton's
     * direction Δ and step size t, and θ = (w, b).
     */
    enum Symbol {
        W("w", "w"), B("b", "b"), X("x", "x"), Y("y", "y"), Y_HAT("ŷ", "\\hat{y}"), Z("z", "z"), LOSS("L", "L"),
        COST("J", "J"), N("n", "n"), ALPHA("α", "\\alpha"), E("e", "e"), I("i", "i"), J("j", "j"),
        INFINITY("∞", "\\infty"), C("C", "C"), SAMPLE_WEIGHT("s", "s"), Y_SIGNED("y′", "y'"), OBJECTIVE("F", "F"),
        GRADIENT("g", "g"), HESSIAN("H", "H"), DIRECTION("Δ", "\\Delta"), STEP("t", "t"), THETA("θ", "\\theta"),
        LAMBDA("λ", "\\lambda"), M("m", "m"), K("K", "K");

        private final String plain;
        private final String latex;

        Symbol(String plain, String latex) {
            this.plain = plain;
            this.latex = latex;
        }

        public String plain() {
            return plain;
        }

        public String latex() {
            return latex;
        }
    }

    /** Named functions; {@code OBJECTIVE} is the fit's F(θ). */
    enum Function {
        SIGMA("σ", "\\sigma"), LN("ln", "\\ln"), EXP("exp", "\\exp"), OBJECTIVE("F", "F");

        private final String plain;
        private final String latex;

        Function(String plain, String latex) {
            this.plain = plain;
            this.latex = latex;
        }

        public String plain() {
            return plain;
        }

        public String latex() {
            return latex;
        }
    }

    enum Relation { EQUALS, ASSIGN, APPROX, IFF, LEQ, GEQ }
}
