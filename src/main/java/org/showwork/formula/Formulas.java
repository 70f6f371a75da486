package org.showwork.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;

/** Short constructors, so that formulas read almost as they are written on a board. */
public final class Formulas {
    private Formulas() {}

    public static Expr sym(Symbol symbol) {
        return new Expr.Sym(symbol, "");
    }

    public static Expr sym(Symbol symbol, String sub) {
        return new Expr.Sym(symbol, sub);
    }

    public static Expr num(BigDecimal value) {
        return new Expr.Lit(value);
    }

    public static Expr num(long value) {
        return new Expr.Lit(BigDecimal.valueOf(value));
    }

    public static Expr plus(Expr... terms) {
        return new Expr.Sum(Arrays.asList(terms));
    }

    public static Expr plus(List<Expr> terms) {
        return terms.size() == 1 ? terms.get(0) : new Expr.Sum(terms);
    }

    public static Expr minus(Expr left, Expr right) {
        return new Expr.Difference(left, right);
    }

    public static Expr neg(Expr operand) {
        return new Expr.Negation(operand);
    }

    public static Expr times(Expr... factors) {
        return new Expr.Product(Arrays.asList(factors));
    }

    public static Expr over(Expr numerator, Expr denominator) {
        return new Expr.Fraction(numerator, denominator);
    }

    public static Expr call(Function function, Expr argument) {
        return new Expr.Call(function, argument);
    }

    public static Expr pow(Expr base, Expr exponent) {
        return new Expr.Power(base, exponent);
    }

    public static Expr sum(String index, Expr from, Expr to, Expr body) {
        return new Expr.Summation(index, from, to, body);
    }

    public static Expr partial(Expr of, Expr with) {
        return new Expr.Partial(of, with);
    }

    public static Expr brackets(Expr inner) {
        return new Expr.Brackets(inner);
    }

    public static Expr eq(Expr... sides) {
        return chain(Relation.EQUALS, sides);
    }

    public static Expr assign(Expr target, Expr value) {
        return new Expr.Chain(List.of(target, value), List.of(Relation.ASSIGN));
    }

    public static Expr chain(Relation relation, Expr... sides) {
        List<Relation> relations = new ArrayList<>();
        for (int k = 1; k < sides.length; k++) {
            relations.add(relation);
        }
        return new Expr.Chain(Arrays.asList(sides), relations);
    }

    /** Joins chains and sides: {@code a := b}, then {@code = c}. */
    public static Expr then(Expr chain, Relation relation, Expr side) {
        List<Expr> sides = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        if (chain instanceof Expr.Chain c) {
            sides.addAll(c.sides());
            relations.addAll(c.relations());
        } else {
            sides.add(chain);
        }
        sides.add(side);
        relations.add(relation);
        return new Expr.Chain(sides, relations);
    }
}
