package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** ∂J/∂b = Σ (ŷᵢ − yᵢ) / m (for each class's bias b_k in a softmax model): the bias is not penalised. */
public final class BiasGradientRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.GRAD_B;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return List.of(summed(id));
    }

    private static QuantityId summed(QuantityId id) {
        return new QuantityId(id.iteration(), QuantityKind.SUM_ERROR, 0, 0, id.classIndex());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Quantity total = in.quantity(summed(id));
        if (total == null) {
            return null;
        }
        return total.infinite() ? Outcome.INFINITE : Outcome.of(in.arithmetic().divide(total.value(), in.m()));
    }

    @Override
    public Expr formula(Notation notation) {
        Expr count = notation.count();
        String i = notation.perClass("i");
        return eq(partial(sym(Symbol.COST), sym(Symbol.B, notation.perClass(""))), times(over(num(1), count),
                sum("i", num(1), count, minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i)))));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        return eq(symbol(id, s.features()), over(s.quantity(summed(id)), num(s.m())));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return partial(sym(Symbol.COST), sym(Symbol.B, Subscripts.bias(id.classIndex())));
    }
}
