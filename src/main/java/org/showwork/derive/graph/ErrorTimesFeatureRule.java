package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The error times a feature, (ŷᵢ − yᵢ)·xᵢⱼ: the sample's share of that weight's gradient (of class
 * k's weight in a softmax model, from the error of class k).
 */
public final class ErrorTimesFeatureRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.ERROR_X;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return List.of(error(id));
    }

    private static QuantityId error(QuantityId id) {
        return new QuantityId(id.iteration(), QuantityKind.ERROR, id.sample(), 0, id.classIndex());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Num error = in.value(error(id));
        Num x = id.feature() >= 1 && id.feature() <= in.features() ? in.feature(id.sample(), id.feature()) : null;
        return error == null || x == null ? null : Outcome.of(in.arithmetic().multiply(error, x));
    }

    @Override
    public Expr formula(Notation notation) {
        int d = notation.features();
        String i = notation.perClass("i");
        return times(minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i)), sym(Symbol.X, d == 1 ? "i" : "i,j"));
    }

    /** The column header for feature j: (ŷᵢ − yᵢ)·xᵢⱼ with j written out. */
    public static Expr column(int d, int j) {
        return column(d, j, 0);
    }

    /** The column header for class k (0: the binary model) and feature j: (ŷᵢₖ − yᵢₖ)·xᵢⱼ. */
    public static Expr column(int d, int j, int k) {
        String i = Subscripts.withClass("i", k);
        return times(minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i)), sym(Symbol.X, d == 1 ? "i" : "i," + j));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        return times(s.quantity(error(id)), s.feature(id.sample(), id.feature()));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        String sample = String.valueOf(id.sample());
        String i = Subscripts.sample(id);
        return times(minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i)),
                sym(Symbol.X, features == 1 ? sample : sample + "," + id.feature()));
    }
}
