package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The probability ŷᵢ = σ(zᵢ). */
public final class ProbabilityRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.P;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return List.of(score(id));
    }

    private static QuantityId score(QuantityId id) {
        return QuantityId.ofSample(id.iteration(), QuantityKind.Z, id.sample());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Num z = in.value(score(id));
        return z == null ? null : Outcome.of(in.arithmetic().sigmoid(z));
    }

    @Override
    public Expr formula(Notation notation) {
        return eq(sym(Symbol.Y_HAT, "i"), call(Function.SIGMA, sym(Symbol.Z, "i")));
    }

    /** The sigmoid written out: 1/(1 + e^(−zᵢ)). */
    public static Expr sigmoid() {
        return over(num(1), plus(num(1), pow(sym(Symbol.E), neg(sym(Symbol.Z, "i")))));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        return call(Function.SIGMA, s.quantity(score(id)));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sym(Symbol.Y_HAT, String.valueOf(id.sample()));
    }
}
