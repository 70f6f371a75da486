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

/**
 * The cost J = Σ Lᵢ / m, plus (λ·Σ wⱼ²)/(2m) under an L2 penalty (the bias is not penalised; in a
 * softmax model the squares run over every class's weights).
 */
public final class CostRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.COST;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        List<QuantityId> in = new ArrayList<>();
        in.add(sumLoss(id));
        if (shape.penalised()) {
            in.addAll(shape.weights(0));
        }
        return in;
    }

    private static QuantityId sumLoss(QuantityId id) {
        return QuantityId.of(id.iteration(), QuantityKind.SUM_LOSS);
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Quantity total = in.quantity(sumLoss(id));
        if (total == null) {
            return null;
        }
        return total.infinite() ? Outcome.INFINITE : cost(in, total.value(), in.m());
    }

    /** The sum divided by {@code divisor} (m, unless a mistake divides by something else), plus the penalty over 2m. */
    public static Outcome cost(Inputs in, Num total, Num divisor) {
        Arithmetic a = in.arithmetic();
        Num average = a.divide(total, divisor);
        int d = in.features();
        if (in.lambda().signum() == 0 || d == 0) {
            return Outcome.of(average);
        }
        Num squares = null;
        for (int k = in.classes() == 0 ? 0 : 1; k <= in.classes(); k++) {
            for (int j = 1; j <= d; j++) {
                Num w = in.weight(k, j);
                if (w == null) {
                    return null;
                }
                squares = squares == null ? a.multiply(w, w) : a.add(squares, a.multiply(w, w));
            }
        }
        Num penalty = a.divide(a.multiply(in.lambda(), squares), a.multiply(a.integer(2), in.m()));
        return Outcome.of(a.add(average, penalty));
    }

    @Override
    public Expr formula(Notation notation) {
        Expr count = notation.count();
        Expr average = times(over(num(1), count), sum("i", num(1), count, sym(Symbol.LOSS, "i")));
        int d = notation.features();
        if (!notation.penalised() || d == 0) {
            return eq(sym(Symbol.COST), average);
        }
        Expr squares = d == 1 ? pow(sym(Symbol.W, notation.weightIndex("")), num(2))
                : sum("j", num(1), num(d), pow(sym(Symbol.W, notation.weightIndex("j")), num(2)));
        if (notation.classes() > 0) {
            squares = sum("k", num(1), sym(Symbol.K), squares);
        }
        return eq(sym(Symbol.COST), plus(average, times(over(sym(Symbol.LAMBDA), times(num(2), count)), squares)));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        Expr average = over(s.quantity(sumLoss(id)), num(s.m()));
        int d = s.features();
        if (s.lambda().signum() == 0 || d == 0) {
            return eq(sym(Symbol.COST), average);
        }
        List<Expr> squares = new ArrayList<>();
        for (int k = s.classes() == 0 ? 0 : 1; k <= s.classes(); k++) {
            for (int j = 1; j <= d; j++) {
                squares.add(pow(s.weight(k, j), num(2)));
            }
        }
        return eq(sym(Symbol.COST), plus(average, over(times(num(s.lambda()), plus(squares)),
                times(num(2), num(s.m())))));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sym(Symbol.COST);
    }
}
