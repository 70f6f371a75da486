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
 * The score zᵢ = w·xᵢ + b: the products added in feature order, then the bias, as it is written
 * out. In a softmax model each class k has its own row of weights and bias: z_{ik} = w_k·xᵢ + b_k.
 */
public final class ScoreRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.Z;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return shape.parameters(id.classIndex(), 0);
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        int d = in.features();
        if (d == 0) {
            return null;
        }
        List<Num> w = new ArrayList<>(d);
        List<Num> x = new ArrayList<>(d);
        for (int j = 1; j <= d; j++) {
            w.add(in.weight(id.classIndex(), j));
            x.add(in.feature(id.sample(), j));
        }
        Num b = in.bias(id.classIndex());
        Num z = score(in.arithmetic(), w, x, b);
        return z == null ? null : Outcome.of(z);
    }

    /**
     * w·x + b in this arithmetic: the products added in feature order, then the bias, as it is
     * written out (the fast path on doubles keeps this order too). Null when a number is unknown.
     */
    public static Num score(Arithmetic a, List<Num> weights, List<Num> features, Num bias) {
        if (bias == null || weights.isEmpty()) {
            return null;
        }
        Num dot = null;
        for (int j = 0; j < weights.size(); j++) {
            Num w = weights.get(j);
            Num x = features.get(j);
            if (w == null || x == null) {
                return null;
            }
            dot = dot == null ? a.multiply(w, x) : a.add(dot, a.multiply(w, x));
        }
        return a.add(dot, bias);
    }

    /** zᵢ = w xᵢ + b for one feature, the terms written out for up to three, a sum over j beyond. */
    @Override
    public Expr formula(Notation notation) {
        int d = notation.features();
        Expr lhs = sym(Symbol.Z, notation.perClass("i"));
        Expr b = sym(Symbol.B, notation.perClass(""));
        if (d == 1) {
            return eq(lhs, plus(times(sym(Symbol.W, notation.weightIndex("")), sym(Symbol.X, "i")), b));
        }
        if (d <= 3) {
            List<Expr> terms = new ArrayList<>();
            for (int j = 1; j <= d; j++) {
                terms.add(times(sym(Symbol.W, notation.weightIndex(String.valueOf(j))), sym(Symbol.X, "i," + j)));
            }
            terms.add(b);
            return eq(lhs, plus(terms));
        }
        return eq(lhs, plus(sum("j", num(1), num(d), times(sym(Symbol.W, notation.weightIndex("j")),
                sym(Symbol.X, "i,j"))), b));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        List<Expr> terms = new ArrayList<>();
        for (int j = 1; j <= s.features(); j++) {
            terms.add(times(s.weight(id.classIndex(), j), s.feature(id.sample(), j)));
        }
        terms.add(s.bias(id.classIndex()));
        return plus(terms);
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sym(Symbol.Z, Subscripts.sample(id));
    }
}
