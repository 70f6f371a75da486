package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The error ŷᵢ − yᵢ: by how much, and which way, a prediction misses its label. */
public final class ErrorRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.ERROR;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return List.of(probability(id));
    }

    private static QuantityId probability(QuantityId id) {
        return QuantityId.ofSample(id.iteration(), QuantityKind.P, id.sample());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Num p = in.value(probability(id));
        return p == null ? null : Outcome.of(in.arithmetic().subtract(p, in.arithmetic().integer(in.label(id.sample()))));
    }

    @Override
    public Expr formula(Notation notation) {
        return minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i"));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        return minus(s.quantity(probability(id)), num(s.label(id.sample())));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        String i = String.valueOf(id.sample());
        return minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i));
    }
}
