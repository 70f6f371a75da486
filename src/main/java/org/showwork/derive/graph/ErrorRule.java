package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The error ŷᵢ − yᵢ: by how much, and which way, a prediction misses its label. In a softmax model
 * each class has one, ŷᵢₖ − yᵢₖ, against the one-hot label yᵢₖ = [yᵢ = k].
 */
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
        return id.withKind(QuantityKind.P);
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Num p = in.value(probability(id));
        return p == null ? null : Outcome.of(in.arithmetic().subtract(p, in.arithmetic().integer(target(id, in.label(id.sample())))));
    }

    /** The label the probability is held against: yᵢ, or in a softmax model the one-hot yᵢₖ (labels are 0 … K − 1). */
    public static int target(QuantityId id, int label) {
        return id.classIndex() == 0 ? label : label == id.classIndex() - 1 ? 1 : 0;
    }

    @Override
    public Expr formula(Notation notation) {
        String i = notation.perClass("i");
        return minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        return minus(s.quantity(probability(id)), num(target(id, s.label(id.sample()))));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        String i = Subscripts.sample(id);
        return minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i));
    }
}
