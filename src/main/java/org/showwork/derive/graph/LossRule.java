package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The cross-entropy loss Lᵢ = −[yᵢ ln ŷᵢ + (1 − yᵢ) ln(1 − ŷᵢ)], natural log. Exact arithmetic
 * computes it from z when ŷ is σ(z) rather than a written-down value, which stays accurate where ŷ
 * is near 0 or 1; a probability rounded to 0 or 1 against its label makes it infinite.
 */
public final class LossRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.LOSS;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return List.of(probability(id));
    }

    private static QuantityId probability(QuantityId id) {
        return QuantityId.ofSample(id.iteration(), QuantityKind.P, id.sample());
    }

    private static QuantityId score(QuantityId id) {
        return QuantityId.ofSample(id.iteration(), QuantityKind.Z, id.sample());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        return natural(id, in, true);
    }

    /**
     * The loss in natural logarithms; with {@code fromScore} false always from ŷ as written. Null
     * when ŷ is missing or is not a probability at all.
     */
    public static Outcome natural(QuantityId id, Inputs in, boolean fromScore) {
        Quantity p = in.quantity(probability(id));
        Quantity z = in.quantity(score(id));
        if (p == null || p.infinite() || belowZero(p.value()) || compareToOne(p.value()) > 0) {
            return null;
        }
        Arithmetic a = in.arithmetic();
        int y = in.label(id.sample());
        boolean fromZ = fromScore && z != null && z.finite() && !p.given();
        if (roundedToCertainty(p.value(), fromZ, a) && contradicts(p.value(), y)) {
            return Outcome.INFINITE;
        }
        return Outcome.of(fromZ ? a.logLossFromZ(y, z.value(), p.value()) : a.logLoss(y, p.value()));
    }

    /**
     * Whether ŷ is exactly 0 or 1 as a written-down (or hand-rounded) probability. A double σ(z) of
     * exactly 0 or 1 is not: the loss from z is finite and accurate.
     */
    public static boolean roundedToCertainty(Num p, boolean fromScore, Arithmetic arithmetic) {
        boolean certain = p.signum() == 0 || compareToOne(p) == 0;
        return certain && !(fromScore && !arithmetic.roundsEachStep());
    }

    /** Whether a certain ŷ (0 or 1) is the opposite of label y, so that the loss is infinite. */
    public static boolean contradicts(Num p, int y) {
        return (p.signum() == 0) == (y == 1);
    }

    /** Whether the loss of sample {@code id} would be computed from its score (exact, ŷ not written down). */
    public static boolean fromScore(QuantityId id, Inputs in) {
        Quantity p = in.quantity(probability(id));
        Quantity z = in.quantity(score(id));
        return p != null && !p.given() && z != null && z.finite();
    }

    private static boolean belowZero(Num p) {
        return p.signum() < 0;
    }

    private static int compareToOne(Num p) {
        return p instanceof Num.Binary b ? Double.compare(b.value(), 1.0) : p.toBigDecimal().compareTo(BigDecimal.ONE);
    }

    @Override
    public Expr formula(Notation notation) {
        Expr y = sym(Symbol.Y, "i");
        Expr p = sym(Symbol.Y_HAT, "i");
        return eq(sym(Symbol.LOSS, "i"), neg(brackets(plus(times(y, call(Function.LN, p)),
                times(minus(num(1), y), call(Function.LN, minus(num(1), p)))))));
    }

    /** −ln ŷ for label 1; −ln(1 − ŷ) for label 0, then the difference worked out when ŷ is a number. */
    @Override
    public Expr computation(QuantityId id, Substitution s) {
        Expr p = s.quantity(probability(id));
        if (s.label(id.sample()) == 1) {
            return neg(call(Function.LN, p));
        }
        if (p instanceof Expr.Lit lit) {
            return eq(neg(call(Function.LN, minus(num(1), p))), neg(call(Function.LN,
                    num(BigDecimal.ONE.subtract(lit.value())))));
        }
        return neg(call(Function.LN, minus(num(1), p)));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sym(Symbol.LOSS, String.valueOf(id.sample()));
    }
}
