package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The probability of class k, ŷᵢₖ = e^{zᵢₖ} / Σ_c e^{z_{i,c}}: the softmax of the sample's K scores.
 * It is evaluated with the largest score m subtracted first, e^{zᵢₖ − m} / Σ_c e^{z_{i,c} − m}, which is
 * the same number (the factor e^{−m} cancels) but never overflows: every exponent is at most 0.
 */
public final class SoftmaxRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.P;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return scores(id, shape.classes());
    }

    /** The K scores of the id's sample, class by class. */
    static List<QuantityId> scores(QuantityId id, int classes) {
        List<QuantityId> scores = new ArrayList<>(classes);
        for (int c = 1; c <= classes; c++) {
            scores.add(new QuantityId(id.iteration(), QuantityKind.Z, id.sample(), 0, c));
        }
        return scores;
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        List<Num> z = new ArrayList<>(in.classes());
        for (QuantityId score : scores(id, in.classes())) {
            Num value = in.value(score);
            if (value == null) {
                return null;
            }
            z.add(value);
        }
        return z.isEmpty() ? null : Outcome.of(probability(in.arithmetic(), z, id.classIndex()));
    }

    /** ŷ of class k (1-based) from the scores, the largest subtracted first. */
    public static Num probability(Arithmetic a, List<Num> z, int k) {
        Num largest = largest(z);
        Num total = null;
        Num own = null;
        for (int c = 1; c <= z.size(); c++) {
            Num e = a.exp(a.subtract(z.get(c - 1), largest));
            total = total == null ? e : a.add(total, e);
            own = c == k ? e : own;
        }
        return a.divide(own, total);
    }

    /** The largest of the scores: subtracting it keeps every exponent at most 0. */
    public static Num largest(List<Num> z) {
        Num largest = z.get(0);
        for (Num value : z) {
            largest = value.toBigDecimal().compareTo(largest.toBigDecimal()) > 0 ? value : largest;
        }
        return largest;
    }

    @Override
    public Expr formula(Notation notation) {
        return eq(sym(Symbol.Y_HAT, "i,k"), over(pow(sym(Symbol.E), sym(Symbol.Z, "i,k")),
                sum("c", num(1), sym(Symbol.K), pow(sym(Symbol.E), sym(Symbol.Z, "i,c")))));
    }

    /** e^{z_k} over the sum of every e^{z_c}, the scores written out. */
    @Override
    public Expr computation(QuantityId id, Substitution s) {
        List<Expr> terms = new ArrayList<>();
        for (QuantityId score : scores(id, s.classes())) {
            terms.add(pow(sym(Symbol.E), s.quantity(score)));
        }
        return over(pow(sym(Symbol.E), s.quantity(id.withKind(QuantityKind.Z))), plus(terms));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sym(Symbol.Y_HAT, Subscripts.sample(id));
    }
}
