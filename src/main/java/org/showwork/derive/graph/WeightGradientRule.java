package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** ∂J/∂wⱼ = Σ (ŷᵢ − yᵢ)·xᵢⱼ / m, plus λ·wⱼ/m under an L2 penalty (for each class's row in a softmax model). */
public final class WeightGradientRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.GRAD_W;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        List<QuantityId> in = new ArrayList<>();
        in.add(summed(id));
        if (shape.penalised()) {
            in.addAll(shape.weights(id.classIndex(), id.feature()));
        }
        return in;
    }

    private static QuantityId summed(QuantityId id) {
        return new QuantityId(id.iteration(), QuantityKind.SUM_ERROR_X, 0, id.feature(), id.classIndex());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Quantity total = in.quantity(summed(id));
        if (total == null) {
            return null;
        }
        if (total.infinite()) {
            return Outcome.INFINITE;
        }
        Num gradient = gradient(in, id.classIndex(), id.feature(), total.value(), in.m());
        return gradient == null ? null : Outcome.of(gradient);
    }

    /**
     * The sum divided by {@code divisor} (m, unless a mistake divides by something else), plus the
     * penalty's share λ·wⱼ/m, which stays over m whatever the sum is divided by.
     */
    public static Num gradient(Inputs in, int j, Num total, Num divisor) {
        return gradient(in, 0, j, total, divisor);
    }

    /** The same for weight j of class k (0: the binary model). */
    public static Num gradient(Inputs in, int k, int j, Num total, Num divisor) {
        Arithmetic a = in.arithmetic();
        Num average = a.divide(total, divisor);
        if (in.lambda().signum() == 0) {
            return average;
        }
        Num w = in.weight(k, j);
        return w == null ? null : a.add(average, a.divide(a.multiply(in.lambda(), w), in.m()));
    }

    @Override
    public Expr formula(Notation notation) {
        int d = notation.features();
        String j = notation.weightIndex("j");
        String i = notation.perClass("i");
        Expr count = notation.count();
        Expr x = sym(Symbol.X, d == 1 ? "i" : "i,j");
        Expr average = times(over(num(1), count),
                sum("i", num(1), count, times(minus(sym(Symbol.Y_HAT, i), sym(Symbol.Y, i)), x)));
        if (notation.penalised()) {
            average = plus(average, times(over(sym(Symbol.LAMBDA), count), sym(Symbol.W, j)));
        }
        return eq(partial(sym(Symbol.COST), sym(Symbol.W, j)), average);
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        Expr average = over(s.quantity(summed(id)), num(s.m()));
        if (s.lambda().signum() != 0) {
            average = plus(average, over(times(num(s.lambda()), s.weight(id.classIndex(), id.feature())), num(s.m())));
        }
        return eq(symbol(id, s.features()), average);
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return partial(sym(Symbol.COST), sym(Symbol.W, Subscripts.weight(id.classIndex(), id.feature(), features)));
    }
}
